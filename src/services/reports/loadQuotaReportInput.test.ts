import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/helpers/testStore.js';
import { printedText } from '../../domain/report/figures.js';
import type { ParagraphBlock, ReportDocument } from '../../domain/report/reportModel.js';
import { QUOTA_PARAGRAPH_KEYS } from '../../domain/report/sections/registers/quotaSections.js';
import type { Store } from '../../store/client.js';
import { systemContext, type ServiceContext } from '../context.js';
import { seedDemoPark } from '../demo/seedDemoPark.js';
import { setReportText } from './reportTexts.js';
import { buildAndLintAnnualReport } from './lintAnnualReport.js';

const PARK = 'S437012';
const paragraph = (report: ReportDocument, section: string, key: string) =>
  report.sections.find((s) => s.key === section)!.blocks.find((b) => b.key === key) as ParagraphBlock;
const QUOTA_RULES = ['quota.withinText', 'emission.yoy', 'emission.publishedTotal'];

describe('the demo park\'s annual report with its total pollutant control', () => {
  let store: Store;
  let ctx: ServiceContext;
  beforeAll(async () => {
    store = await createTestStore('pglite');
    ctx = systemContext(store.db, 'test');
    await seedDemoPark(ctx, { simulatedYear: false });
  });
  afterAll(async () => store?.close());

  it('prints seed 000\'s quota paragraph last in 一, the totals in 二（三）（四）, and the changes of 二（八） from the stored data', async () => {
    const { report, lint } = await buildAndLintAnnualReport(ctx, PARK, 2024);
    expect(report.sections.find((s) => s.key === '1')!.blocks.at(-1)!.key).toBe(QUOTA_PARAGRAPH_KEYS.quota);
    expect(printedText(paragraph(report, '1', QUOTA_PARAGRAPH_KEYS.quota))).toBe(
      '园区主要污染物总量控制指标：化学需氧量300t/a，氨氮40t/a，二氧化硫500t/a，氮氧化物750t/a。' +
        '2024年实际排放总量情况（污染物总量：化学需氧量90.59t/a，氨氮1.37t/a，二氧化硫16.35t/a，氮氧化物13.02t/a），园区2024年污染物排放量在总量控制范围以内。',
    );
    expect(printedText(paragraph(report, '2.3', QUOTA_PARAGRAPH_KEYS.water))).toBe('园区年度水污染物总排放量：化学需氧量90.59t/a，氨氮1.37t/a。');
    expect(printedText(paragraph(report, '2.4', QUOTA_PARAGRAPH_KEYS.air))).toBe('大气污染物总排放量：二氧化硫16.35t/a，氮氧化物13.02t/a。');
    // Seed 000 lines 1410 and 1414: −5.96 %, −4.86 %, −6.20 %, −7.21 %, recomputed from the stored totals.
    expect(printedText(paragraph(report, '2.8', QUOTA_PARAGRAPH_KEYS.waterChange))).toBe('相较于2023年，2024年工业废水中的化学需氧量排放量下降5.96%、氨氮排放量下降4.86%。');
    expect(printedText(paragraph(report, '2.8', QUOTA_PARAGRAPH_KEYS.airChange))).toBe('相较于2023年，2024年度工业废气中氮氧化物排放量下降6.20%、二氧化硫排放量下降7.21%。');
    expect(['COD', 'NH3-N', 'NOx', 'SO2'].map((k) => report.figures[`emission.2024.${k}.change`]!.value)).toEqual(['5.96', '4.86', '6.2', '7.21']);
    expect(report.figures['emission.2024.COD']!.provenance).toMatchObject({ kind: 'entered', records: [{ entity: 'emissionRecord', label: '2024年园区公布总量 化学需氧量' }] });
    expect(lint.findings.filter((f) => QUOTA_RULES.includes(f.rule))).toEqual([]);
    // No other rule finds anything in these paragraphs either (units, years, comparison words, numbers).
    const mine = new Set<string>(Object.values(QUOTA_PARAGRAPH_KEYS));
    expect(lint.findings.filter((f) => f.where.blockKey !== undefined && mine.has(f.where.blockKey))).toEqual([]);
  });

  it('lints edited text that says within quota wrongly or miscomputes a change', async () => {
    await setReportText(ctx, PARK, 2024, QUOTA_PARAGRAPH_KEYS.waterChange, { text: '相较于2023年，2024年化学需氧量排放量上升5.96%、氨氮排放量下降4.68%。' });
    await setReportText(ctx, PARK, 2024, QUOTA_PARAGRAPH_KEYS.quota, { text: '园区2024年化学需氧量排放量超出总量控制指标。' });
    const { lint } = await buildAndLintAnnualReport(ctx, PARK, 2024);
    expect(lint.findings.filter((f) => QUOTA_RULES.includes(f.rule)).map((f) => [f.rule, f.where.blockKey])).toEqual([
      ['quota.withinText', '1.quota'],
      ['emission.yoy', '2.8.emissions.water.change'],
      ['emission.yoy', '2.8.emissions.water.change'],
    ]);
  });
});
