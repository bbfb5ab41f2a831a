import { describe, expect, it } from 'vitest';
import { seed000QuotaInput } from '../../../../../test/fixtures/seed000Quotas.js';
import { documentOf } from '../../../../../test/helpers/reportDocument.js';
import type { ReportDocument } from '../../reportModel.js';
import { buildQuotaSections } from '../../sections/registers/quotaSections.js';
import { emissionYoy } from './emissionYoy.js';

function report(edits: Record<string, string> = {}): ReportDocument {
  const texts = Object.fromEntries(Object.entries(edits).map(([k, text]) => [k, { text, by: '专员', at: null }]));
  const build = buildQuotaSections({ year: 2024, quotas: seed000QuotaInput(), texts });
  return { ...documentOf('测试', [], build.sections), figures: build.figures };
}
const check = (doc: ReportDocument) => emissionYoy.check({ report: doc, enterprises: [] });

describe('emission.yoy', () => {
  it('is silent on the generated 二（八） and on seed 000\'s own sentences, which recompute', () => {
    expect(check(report())).toEqual([]);
    expect(check(report({ '2.8.emissions.air.change': '相较于2023年，2024年度工业废气中氮氧化物下降了6.20%、二氧化硫下降了7.21%。' }))).toEqual([]);
  });

  it('finds a percentage that does not recompute, at the precision written', () => {
    // (90.59 − 96.33)/96.33 = −5.958…% → 5.96, and 6% to whole percent
    const [f, ...rest] = check(report({ '2.8.emissions.water.change': '相较于2023年，2024年化学需氧量排放量下降5.69%、氨氮排放量下降5%。' }));
    expect(f!.message).toBe('编写的文字“化学需氧量排放量下降5.69%”写作5.69%，但按2023年化学需氧量排放总量96.33t/a、2024年化学需氧量排放总量90.59t/a计算为下降5.96%');
    expect(f!.where).toMatchObject({ sectionKey: '2.8', blockKey: '2.8.emissions.water.change' });
    // (1.37 − 1.44)/1.44 = −4.86…% → 5 to whole percent: right
    expect(rest).toEqual([]);
  });

  it('finds a direction word that is the wrong way', () => {
    const [f] = check(report({ '2.8.emissions.water.change': '相较于2023年，2024年氨氮排放量增加4.86%。' }));
    expect(f!.message).toBe('编写的文字“氨氮排放量增加4.86%”说“增加”，但2023年氨氮排放总量1.44t/a、2024年氨氮排放总量1.37t/a，是下降');
  });
});
