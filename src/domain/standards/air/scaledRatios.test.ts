import { describe, expect, it } from 'vitest';
import { formatScaled } from '../_lib/integer.js';
import { roundGbt8170 } from '../rounding/roundGbt8170.js';
import { complianceRate } from '../stats/complianceRate.js';
import { exceedMultiple } from '../stats/exceedMultiple.js';
import { printedMultiple } from '../stats/printedMultiple.js';
import { scaledMultiple } from './scaledMultiple.js';
import { scaledRate } from './scaledRate.js';

describe('scaledRate and scaledMultiple equal the decimal.js helpers', () => {
  it('every rate A/N for N ≤ 400', () => {
    for (let n = 0; n <= 400; n++) {
      for (let a = 0; a <= n; a++) {
        const rate = complianceRate(a, n);
        expect(scaledRate(a, n)).toBe(rate === null ? null : roundGbt8170(rate, 0.1));
      }
    }
  });

  it('every multiple for C up to 5 × S, limits of GB 3095 (µg/m³ integers, CO 4 mg/m³ at 0.1), 2 and 3 decimals', () => {
    for (const [limit, decimals] of [[35, 0], [60, 0], [75, 0], [150, 0], [160, 0], [4, 1], [10, 1]] as const) {
      const s = limit * 10 ** decimals;
      for (let c = 0; c <= 5 * s; c++) {
        const text = formatScaled(c, decimals);
        expect(scaledMultiple(c, limit, decimals, 2)).toBe(printedMultiple(text, limit));
        const m = exceedMultiple(text, limit);
        expect(scaledMultiple(c, limit, decimals, 3)).toBe(m === null ? null : roundGbt8170(m, 0.001));
      }
    }
  });

  it('a limit finer than the value scale goes the decimal way', () => {
    expect(scaledMultiple(3, 0.0025, 0, 2)).toBe(printedMultiple(3, 0.0025));
    expect(scaledMultiple(3, 0.0025, 0, 3)).toBe('1199.000');
    expect(scaledMultiple(2, 0.0025, 0, 3)).toBe('799.000');
  });
});
