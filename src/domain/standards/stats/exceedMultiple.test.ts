import { describe, expect, it } from 'vitest';
import { roundGbt8170 } from '../rounding/roundGbt8170.js';
import { StandardInputError } from '../StandardInputError.js';
import { exceedMultiple } from './exceedMultiple.js';

// standards.md §3.4 worked examples, §4.4 W2/W3, §6.3 S1.
describe('exceedMultiple', () => {
  it('PM2.5 185 vs 75 → 1.4667 (4 dp); 185.1 vs 75 → 1.468', () => {
    expect(exceedMultiple(185, 75)?.toDecimalPlaces(4).toString()).toBe('1.4667');
    expect(roundGbt8170(exceedMultiple(185, 75) as never, 0.001)).toBe('1.467');
    expect(exceedMultiple(185.1, 75)?.toString()).toBe('1.468');
  });

  it('is exact: (0.15 − 0.05) / 0.05 = 2.00', () => {
    expect((0.15 - 0.05) / 0.05).toBe(1.9999999999999998);
    expect(roundGbt8170(exceedMultiple(0.15, 0.05) as never, 0.01)).toBe('2.00');
  });

  it('NH3-N 2.5 vs 1.0 → 1.50; As 119 vs 60 → 0.98', () => {
    expect(roundGbt8170(exceedMultiple(2.5, 1.0) as never, 0.01)).toBe('1.50');
    expect(roundGbt8170(exceedMultiple(119, 60) as never, 0.01)).toBe('0.98');
  });

  it('is null when the value does not exceed the limit', () => {
    expect(exceedMultiple(75, 75)).toBeNull();
    expect(exceedMultiple(0, 75)).toBeNull();
  });

  it('refuses NaN, negative values and a zero limit', () => {
    expect(() => exceedMultiple(Number.NaN, 1)).toThrow('value 的值"NaN"无效');
    expect(() => exceedMultiple(-1, 1)).toThrow(StandardInputError);
    expect(() => exceedMultiple(1, 0)).toThrow('limit 的值"0"无效，应为正数');
  });
});
