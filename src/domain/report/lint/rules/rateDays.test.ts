import { describe, expect, it } from 'vitest';
import { figureOf, paragraphOf, reportOf } from '../../../../../test/helpers/reportDocument.js';
import type { Figure, TableBlock } from '../../reportModel.js';
import { rateDays } from './rateDays.js';

const days = (good: string, valid: string) => [
  figureOf('good', '优良天数', good, '天', { cues: { terms: ['优良天数'] } }),
  figureOf('valid', '有效监测天数', valid, '天', { cues: { terms: ['有效监测天数'] } }),
];
/** 优良率 as entered (0.902), the quotient of the two day counts. */
const rate = figureOf('rate', '优良率', '0.902', '%', {
  format: { percent: true, decimals: 1 },
  cues: { terms: ['优良率'] },
  ratio: { numerator: 'good', denominator: 'valid' },
});
const content = (r: Figure = rate) => ['累计空气质量优良天数', days('330', '366')[0]!, '，优良率', r, '。'];
const check = (counts: Figure[], edited?: string, blocks = [paragraphOf('p', content(), edited, ['good', 'valid', 'rate'])]) =>
  rateDays.check({ report: reportOf(blocks, [...counts, rate]), enterprises: [] });

describe('rate.days', () => {
  it('is silent when the rate follows from its counts at its printed precision', () => {
    // 330 / 366 = 0.90163… → 90.2%.
    expect(check(days('330', '366'))).toEqual([]);
    expect(check(days('330', '366'), '优良天数330天，优良率90.2%。')).toEqual([]);
  });

  it('finds a rate that does not follow from its day counts', () => {
    // 330 / 365 = 0.90410… → 90.4%, not the 90.2% entered.
    const [f, ...rest] = check(days('330', '365'));
    expect(rest).toEqual([]);
    expect(f!.message).toBe('段落“优良率90.2%”中优良率为90.2%，但优良天数330天、有效监测天数365天，比率应为90.4%');
  });

  it('reads the counts written text gives', () => {
    const [f] = check(days('330', '366'), '优良天数320天，有效监测天数366天，优良率90.2%。');
    // 320 / 366 = 0.87431… → 87.4%.
    expect(f!.message).toContain('优良天数320天、有效监测天数366天，比率应为87.4%');
    expect(f!.links[0]).toMatchObject({ entity: 'reportText', id: 'p' });
  });

  it('checks rates printed in table cells', () => {
    const stationRate = (text: string): TableBlock => ({
      kind: 'table',
      key: 't',
      caption: '表6 点位布设情况表',
      header: ['监测点位', '达标率'],
      columnWidths: [1, 1],
      rows: [{ cells: [{ text: '张家岭路' }, { text, figure: { ...rate, id: 'station', value: '0.9613', format: { percent: true, decimals: 2 } } }] }],
    });
    // 352 / 366 = 0.961748… → 96.17%.
    const counts = [{ ...days('352', '366')[0]! }, days('352', '366')[1]!];
    expect(rateDays.check({ report: reportOf([stationRate('96.17%')], [...counts, { ...rate, id: 'station' }]), enterprises: [] })).toEqual([]);
    const [f] = rateDays.check({ report: reportOf([stationRate('96.13%')], counts), enterprises: [] });
    expect(f!.message).toBe('表6第1行中优良率为96.13%，但优良天数352天、有效监测天数366天，比率应为96.17%');
    expect(f!.where.row).toBe(1);
  });

  it('leaves written text that gives a rate without its counts to edited.figure', () => {
    expect(check(days('330', '366'), '优良率95.0%。')).toEqual([]);
  });

  it('leaves rates without counts alone', () => {
    const bare = { ...rate, ratio: undefined };
    expect(check([], undefined, [paragraphOf('p', content(bare))])).toEqual([]);
  });
});
