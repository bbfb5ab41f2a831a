import { describe, expect, it } from 'vitest';
import { figureOf, paragraphOf, reportOf } from '../../../../../test/helpers/reportDocument.js';
import type { Figure } from '../../reportModel.js';
import { comparisonWords } from './comparisonWords.js';

/** COD emissions 96.33 → 90.59 t/a (seed 000): lower is better. */
const cod = figureOf('cod', '化学需氧量排放量', '90.59', 't/a', {
  cues: { terms: ['化学需氧量'] },
  comparison: { previous: '96.33', current: '90.59', better: 'lower', previousYear: 2023 },
});
/** PM2.5 unchanged at 35 µg/m³. */
const pm = figureOf('pm', 'PM2.5年均浓度', '35', 'μg/m³', {
  cues: { terms: ['PM2.5'] },
  comparison: { previous: '35', current: '35', better: 'lower', previousYear: 2023 },
});
/** Enterprises 48 → 50: neither better nor worse. */
const count = figureOf('n', '入园企业', '50', '家', { comparison: { previous: '48', current: '50', better: null } });

const check = (content: (string | Figure)[], edited?: string) =>
  comparisonWords.check({ report: reportOf([paragraphOf('p', content, edited, ['cod', 'pm', 'n'])], [cod, pm, count]), enterprises: [] });

describe('comparison.words', () => {
  it('is silent when the words say what the numbers did', () => {
    expect(check(['化学需氧量排放量', cod, '，较上年下降，有所改善。'])).toEqual([]);
    expect(check(['PM2.5年均浓度', pm, '，与上年持平。'])).toEqual([]);
    expect(check(['入园企业', count, '，较上年增加。'])).toEqual([]);
  });

  it('finds 上升 beside a figure that fell', () => {
    const [f] = check(['化学需氧量排放量', cod, '，较上年上升。']);
    expect(f!.message).toBe('“化学需氧量排放量90.59t/a，较上年上升”说“上升”，但化学需氧量排放量由2023年的96.33变为90.59t/a，是下降、改善');
  });

  it('finds 明显改善 beside a figure that is unchanged', () => {
    const [f] = check(['PM2.5年均浓度', pm, '，明显改善。']);
    expect(f!.message).toContain('说“明显改善”，但PM2.5年均浓度由2023年的35变为35μg/m³，是持平');
  });

  it('reads 均有改善 as speaking of every compared figure of its sentence', () => {
    const found = check(['化学需氧量排放量', cod, '，PM2.5年均浓度', pm, '，各项指标均有改善。']);
    expect(found.map((f) => f.message.slice(-3))).toEqual(['是持平']);
  });

  it('leaves the figures a 除…外 names out of 均有改善', () => {
    // Seed 000 三（一）: 各项数据除PM2.5、PM10外与2023年相比均有明显改善 — the unchanged PM2.5 here is excepted.
    expect(check(['化学需氧量排放量', cod, '，PM2.5年均浓度', pm, '，各项数据除PM2.5外均有明显改善。'])).toEqual([]);
    expect(check(['化学需氧量排放量', cod, '，PM2.5年均浓度', pm, '，各项数据除化学需氧量外均有明显改善。'])).toHaveLength(1);
    // 均有明显改善 speaks of every figure of its sentence, the first one too.
    expect(check(['PM2.5年均浓度', pm, '，化学需氧量排放量', cod, '，各项数据均有明显改善。']).map((f) => f.message.slice(-3))).toEqual(['是持平']);
  });

  it('leaves negated words and figures without a better direction alone', () => {
    expect(check(['PM2.5年均浓度', pm, '，未下降。'])).toEqual([]);
    expect(check(['入园企业', count, '，有所改善。'])).toEqual([]);
  });

  it('checks written text by the figures its numbers stand for', () => {
    const [f] = check(['化学需氧量排放量', cod], '2024年化学需氧量排放量90.59t/a，同比增长。');
    expect(f!.message).toContain('说“增长”');
    expect(f!.links[0]).toMatchObject({ entity: 'reportText', id: 'p' });
  });
});
