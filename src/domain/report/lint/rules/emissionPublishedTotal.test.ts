import { describe, expect, it } from 'vitest';
import { seed000QuotaInput } from '../../../../../test/fixtures/seed000Quotas.js';
import { documentOf } from '../../../../../test/helpers/reportDocument.js';
import type { ReportDocument } from '../../reportModel.js';
import type { QuotaReportInput } from '../../sections/registers/quotaInput.js';
import { buildQuotaSections } from '../../sections/registers/quotaSections.js';
import { emissionPublishedTotal } from './emissionPublishedTotal.js';

/** Seed 000's published 2024 totals with two enterprises' rows beside them (a split constructed for the test). */
function withEnterprises(cod: [string, string], so2: string): QuotaReportInput {
  const input = seed000QuotaInput();
  const y = input.years.find((x) => x.year === 2024)!;
  const row = (enterprise: string, key: 'COD' | 'SO2', name: string, tonnesPerYear: string, id: number) => ({
    enterprise, pollutant: { code: key }, key, name, tonnesPerYear, by: null, at: null, record: { entity: 'emissionRecord' as const, id, label: `${enterprise} ${name}` },
  });
  y.rows.push(row('甲', 'COD', '化学需氧量', cod[0], 101), row('乙', 'COD', '化学需氧量', cod[1], 102), row('甲', 'SO2', '二氧化硫', so2, 103));
  return input;
}
function report(input: QuotaReportInput): ReportDocument {
  const build = buildQuotaSections({ year: 2024, quotas: input, texts: {} });
  return { ...documentOf('测试', [], build.sections), figures: build.figures };
}
const check = (doc: ReportDocument) => emissionPublishedTotal.check({ report: doc, enterprises: [] });

describe('emission.publishedTotal', () => {
  it('is silent where only a published total exists, or the enterprises add up to it', () => {
    expect(check(report(seed000QuotaInput()))).toEqual([]);
    // 60.59 + 30 = 90.59 and 16.35 = 16.35
    expect(check(report(withEnterprises(['60.59', '30'], '16.35')))).toEqual([]);
  });

  it('finds a published total that differs from its enterprises\' sum, where the sum is printed', () => {
    // COD: 60 + 30 = 90 against published 90.59; SO2 10 against 16.35
    const findings = check(report(withEnterprises(['60', '30'], '10')));
    expect(findings.map((f) => f.message)).toEqual([
      '2024年化学需氧量排放总量（园区公布）为90.59t/a，各企业排放量之和为90t/a，相差0.59t/a',
      '2024年二氧化硫排放总量（园区公布）为16.35t/a，各企业排放量之和为10t/a，相差6.35t/a',
    ]);
    expect(findings[0]!.where).toMatchObject({ sectionKey: '1', blockKey: '1.quota' });
    // the published row (ids: quotas 1–4, 2023 rows 5–8, 2024 rows 9–12) and the two enterprises' rows
    expect(findings[0]!.links.map((l) => l.id)).toEqual([9, 101, 102]);
  });
});
