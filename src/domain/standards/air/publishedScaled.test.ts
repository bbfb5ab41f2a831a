import { describe, expect, it } from 'vitest';
import { roundedConcentration } from '../aqi/roundedConcentration.js';
import { publishedScaled } from './publishedScaled.js';

describe('publishedScaled', () => {
  it('agrees with roundedConcentration on published values, values needing rounding, text and null', () => {
    const cases: [unknown, number][] = [
      [0, 0], [35, 0], [999999, 0], [1.2, 1], [0.1, 1], [4, 1], [2.2, 1], [75.5, 0], [76.5, 0], [75.4, 0], [2.25, 1], [2.35, 1], [1.05, 1], ['35', 0], ['2.25', 1], [null, 0],
    ];
    for (const [v, d] of cases) expect(publishedScaled(v, d, 'daily', 0, '.value'), String(v)).toBe(roundedConcentration(v, 'x', d));
  });

  it('agrees on every value 0.0 … 100.0 in steps of 0.1 at one and no decimal', () => {
    for (let i = 0; i <= 1000; i++) {
      const v = i / 10;
      expect(publishedScaled(v, 1, 'd', i, '')).toBe(roundedConcentration(v, 'x', 1));
      expect(publishedScaled(v, 0, 'd', i, '')).toBe(roundedConcentration(v, 'x', 0));
    }
  });

  it('names the field with its index on bad input', () => {
    expect(() => publishedScaled(-1, 0, 'daily', 7, '.value')).toThrow('daily[7].value 的值"-1"无效');
    expect(() => publishedScaled(Number.NaN, 0, 'rows', 3, '.values.pm25')).toThrow('rows[3].values.pm25 的值"NaN"无效');
    expect(() => publishedScaled(undefined, 0, 'rows', 3, '.values.co')).toThrow('rows[3].values.co');
  });
});
