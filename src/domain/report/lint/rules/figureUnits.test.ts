import { describe, expect, it } from 'vitest';
import { figureOf, paragraphOf, reportOf } from '../../../../../test/helpers/reportDocument.js';
import type { Figure } from '../../reportModel.js';
import { figureUnits } from './figureUnits.js';

const area = figureOf('area', '拓展范围', '5.99', 'km²', { cues: { terms: ['拓展范围'] } });
const check = (content: (string | Figure)[], edited?: string) =>
  figureUnits.check({ report: reportOf([paragraphOf('p', content, edited, ['area'])], [area]), enterprises: [] });

describe('figure.unit', () => {
  it('is silent when the unit is printed, by the figure or by the words after it', () => {
    expect(check(['拓展范围', area, '。'])).toEqual([]);
    expect(check(['拓展范围', { ...area, showUnit: false }, '平方公里。'])).toEqual([]);
    expect(check(['拓展范围', area], '拓展范围5.99km2（湘发改函[2015]397号）。')).toEqual([]);
  });

  it('finds a generated figure whose unit is printed nowhere', () => {
    const [f] = check(['拓展范围', { ...area, showUnit: false }, '。']);
    expect(f!.message).toBe('“拓展范围5.99”中的拓展范围5.99没有单位（应为km²）');
  });

  it('finds the seed\'s 拓展范围：5.99 in written text', () => {
    const [f] = check(['拓展范围', area], '拓展范围：5.99（湘发改函[2015]397号）。');
    expect(f).toMatchObject({ rule: 'figure.unit', severity: 'error', links: [{ entity: 'reportText', id: 'p' }] });
  });

  it('leaves bare numbers that name no figure alone', () => {
    expect(check(['拓展范围', area], '开展“5+2”检查。')).toEqual([]);
  });
});
