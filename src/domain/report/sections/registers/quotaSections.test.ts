import { describe, expect, it } from 'vitest';
import { generatedText } from '../../figures.js';
import type { ParagraphBlock } from '../../reportModel.js';
import { seed000QuotaInput } from '../../../../../test/fixtures/seed000Quotas.js';
import { buildQuotaSections } from './quotaSections.js';

const textsOf = (build: ReturnType<typeof buildQuotaSections>, key: string) =>
  build.sections.find((s) => s.key === key)!.blocks.map((b) => generatedText(b as ParagraphBlock));

describe('buildQuotaSections', () => {
  const build = buildQuotaSections({ year: 2024, quotas: seed000QuotaInput(), texts: {} });

  it('writes seed 000\'s quota paragraph at the end of 一 (line 526), the verdict computed', () => {
    expect(textsOf(build, '1')).toEqual([
      '园区主要污染物总量控制指标：化学需氧量300t/a，氨氮40t/a，二氧化硫500t/a，氮氧化物750t/a。' +
        '2024年实际排放总量情况（污染物总量：化学需氧量90.59t/a，氨氮1.37t/a，二氧化硫16.35t/a，氮氧化物13.02t/a），园区2024年污染物排放量在总量控制范围以内。',
    ]);
  });

  it('writes the water and air totals of 二（三） and 二（四）', () => {
    expect(textsOf(build, '2.3')).toEqual(['园区年度水污染物总排放量：化学需氧量90.59t/a，氨氮1.37t/a。']);
    expect(textsOf(build, '2.4')).toEqual(['大气污染物总排放量：二氧化硫16.35t/a，氮氧化物13.02t/a。']);
  });

  it('writes part 一 of 二（八） with seed 000\'s changes (lines 1405–1414) computed from the totals', () => {
    expect(textsOf(build, '2.8')).toEqual([
      '一、园区2023年至2024年主要污染物总排放量情况',
      '现将2024年度园区工业废水、废气中的主要污染物排放指标削减情况作如下说明：',
      '1.工业废水主要污染物排放指标方面：',
      '2023年度园区工业废水中主要污染物总排放量：化学需氧量96.33t/a，氨氮1.44t/a。',
      '2024年度园区工业废水中主要污染物总排放量：化学需氧量90.59t/a，氨氮1.37t/a。',
      // (90.59−96.33)/96.33 = −5.958…%, (1.37−1.44)/1.44 = −4.861…%
      '相较于2023年，2024年工业废水中的化学需氧量排放量下降5.96%、氨氮排放量下降4.86%。',
      '2.工业废气主要污染物排放指标方面：',
      '2023年度园区工业废气中的主要污染物总排放量：氮氧化物13.88t/a，二氧化硫17.62t/a。',
      '2024年度园区工业废气中的主要污染物总排放量：氮氧化物13.02t/a，二氧化硫16.35t/a。',
      // (13.02−13.88)/13.88 = −6.195…%, (16.35−17.62)/17.62 = −7.207…%
      '相较于2023年，2024年度工业废气中氮氧化物排放量下降6.20%、二氧化硫排放量下降7.21%。',
    ]);
  });

  it('gives the figures others rely on, with provenance and the comparison with last year', () => {
    expect(Object.keys(build.figures).filter((k) => !k.endsWith('.change')).sort()).toEqual([
      'emission.2023.COD', 'emission.2023.NH3-N', 'emission.2023.NOx', 'emission.2023.SO2',
      'emission.2024.COD', 'emission.2024.NH3-N', 'emission.2024.NOx', 'emission.2024.SO2',
      'quota.COD', 'quota.NH3-N', 'quota.NOx', 'quota.SO2',
    ]);
    expect(build.figures['quota.COD']).toMatchObject({ value: '300', unit: 't/a', provenance: { kind: 'entered', source: '总量控制指标（湘环评函[2014]89号）' } });
    expect(build.figures['emission.2024.COD']).toMatchObject({ value: '90.59', comparison: { previous: '96.33', current: '90.59', better: 'lower', previousYear: 2023 } });
    expect(build.figures['emission.2023.COD']?.comparison).toBeUndefined();
    expect(build.figures['emission.2024.COD.change']).toMatchObject({ value: '5.96', unit: '%', comparison: { better: 'lower' }, provenance: { kind: 'rule', rule: 'emission.yoy' } });
  });

  it('names the pollutants over their quota, by how much, when a total exceeds it', () => {
    const over = buildQuotaSections({ year: 2024, quotas: seed000QuotaInput({ 2024: { COD: '312.5', 'NH3-N': '1.37' } }), texts: {} });
    expect(textsOf(over, '1')[0]).toBe(
      '园区主要污染物总量控制指标：化学需氧量300t/a，氨氮40t/a，二氧化硫500t/a，氮氧化物750t/a。' +
        '2024年实际排放总量情况（污染物总量：化学需氧量312.5t/a，氨氮1.37t/a），园区2024年超出总量控制指标的污染物：化学需氧量排放量312.5t/a，超出指标300t/a共12.5t/a。',
    );
    // No 2023 totals: 二（八） prints this year's totals only.
    expect(textsOf(over, '2.8')).toHaveLength(4);
  });

  it('prints the edited text of a paragraph by its key, and nothing without quotas or totals', () => {
    const edited = buildQuotaSections({ year: 2024, quotas: seed000QuotaInput(), texts: { '2.3.emissions': { text: '改写', by: '专员', at: null } } });
    expect((edited.sections.find((s) => s.key === '2.3')!.blocks[0] as ParagraphBlock).edited?.text).toBe('改写');
    expect(buildQuotaSections({ year: 2024, quotas: { approval: null, quotas: [], years: [] }, texts: {} }).sections).toEqual([]);
  });
});
