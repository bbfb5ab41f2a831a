import { HUNAN_2024_SCHEME, HUNAN_2024_SCHEME_ID } from '../../domain/credit/builtInSchemes.js';
import type { ServiceContext } from '../context.js';
import type { HonourInputBody } from '../credit/creditSchemas.js';
import { createCreditEvaluation, setCreditItemScores, submitCreditEvaluation } from '../credit/evaluations.js';
import { createHonour } from '../credit/honours.js';

/**
 * Seed 000 二（八）2）园区创新与示范情况: 祁东高新技术产业开发区获得2024年度全省绿色制造体系示范单位名称. A provincial
 * recognition (全省), so it meets item 19's 省部级及以上表彰. The issuer is UNCONFIRMED (湖南省工业和信息化厅 runs the
 * province's green-manufacturing list, but the report does not say so), as are the date and the notice: left empty.
 */
export const DEMO_HONOUR: HonourInputBody = {
  year: 2024,
  title: '2024年度全省绿色制造体系示范单位',
  level: 'provincial',
  issuer: null,
  awardedOn: null,
  document: null,
};

/** The year of seed 000's self-evaluation and when the park filed it with its report (UNCONFIRMED: the report is undated; its year's end is used). */
export const DEMO_CREDIT_YEAR = 2024;
const FILED_AT = new Date('2024-12-31T02:00:00Z');

/**
 * Loads the demo park's honour and seed 000's 2024 credit self-evaluation as the park entered it (二（九）园区信用评价):
 * scheme hunan-2024, every one of the 23 items scored 0 (总分：10分 等级 诚信园区), submitted with the report. Items 12
 * (monitoring network connected, +1) and 19 (provincial recognition, +2) then differ from the platform's proposals:
 * the park's own text says it runs the stations and won the award.
 */
export async function seedDemoCredit(ctx: ServiceContext, parkCode: string): Promise<void> {
  await createHonour(ctx, parkCode, DEMO_HONOUR);
  await createCreditEvaluation(ctx, parkCode, DEMO_CREDIT_YEAR, { schemeId: HUNAN_2024_SCHEME_ID });
  await setCreditItemScores(
    ctx,
    parkCode,
    DEMO_CREDIT_YEAR,
    HUNAN_2024_SCHEME.items.map((item) => ({ number: item.number, body: { score: 0 } })),
  );
  await submitCreditEvaluation(ctx, parkCode, DEMO_CREDIT_YEAR, FILED_AT);
}
