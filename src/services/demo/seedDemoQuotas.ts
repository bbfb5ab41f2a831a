import type { ServiceContext } from '../context.js';
import { createEmission } from '../registers/emissions.js';
import { replaceQuotas } from '../registers/quotas.js';
import type { EmissionInputBody, QuotasInputBody } from '../registers/quotaSchemas.js';

/**
 * Seed 000's total pollutant control: the quotas of the plan-EIA approval (表1 第9项 and the quota paragraph of 一:
 * 化学需氧量300t/a，氨氮40t/a，二氧化硫500t/a，氮氧化物750t/a, 湘环评函[2014]89号, 2014年8月).
 */
export const DEMO_QUOTAS: QuotasInputBody = {
  approval: { documentNumber: '湘环评函[2014]89号', title: '祁东经济开发区环境影响报告书审查意见', issued: '2014-08' },
  quotas: [
    { pollutant: { code: 'COD' }, tonnesPerYear: '300' },
    { pollutant: { code: 'NH3-N' }, tonnesPerYear: '40' },
    { pollutant: { code: 'SO2' }, tonnesPerYear: '500' },
    { pollutant: { code: 'NOx' }, tonnesPerYear: '750' },
  ],
};

/**
 * The park totals seed 000 publishes in 二（八）一 (and, for 2024, in the quota paragraph of 一). The seed gives no
 * per-enterprise split, so these are the park's published totals (no enterprise).
 */
export const DEMO_EMISSION_TOTALS: Readonly<Record<number, Readonly<Record<'COD' | 'NH3-N' | 'SO2' | 'NOx', string>>>> = {
  2023: { COD: '96.33', 'NH3-N': '1.44', NOx: '13.88', SO2: '17.62' },
  2024: { COD: '90.59', 'NH3-N': '1.37', NOx: '13.02', SO2: '16.35' },
};

/** Loads the demo park's quotas and its 2023 and 2024 published emission totals, each change audited. */
export async function seedDemoQuotas(ctx: ServiceContext, parkCode: string): Promise<void> {
  await replaceQuotas(ctx, parkCode, DEMO_QUOTAS);
  for (const [year, totals] of Object.entries(DEMO_EMISSION_TOTALS)) {
    for (const code of ['COD', 'NH3-N', 'SO2', 'NOx'] as const) {
      const row: EmissionInputBody = { year: Number(year), enterpriseId: null, pollutant: { code }, tonnesPerYear: totals[code] };
      await createEmission(ctx, parkCode, row);
    }
  }
}
