import { describe, expect, it } from 'vitest';
import { roundGbt8170 } from '../rounding/roundGbt8170.js';
import { StandardInputError } from '../StandardInputError.js';
import { percentile } from './percentile.js';

const PM25 = [12, 85, 40, 33, 76, 150, 28, 64, 91, 55];
const CO = [0.6, 0.8, 1.1, 0.9, 1.4, 2.3, 0.7, 1.0, 1.2, 0.5, 1.8, 0.9];
const ONE_TO_365 = Array.from({ length: 365 }, (_, i) => i + 1);

// standards.md §3.2 vectors.
describe('percentile — HJ 663 附录A', () => {
  it.each([
    [[3, 4, 8, 2, 5, 4], 90, '6.5'],
    [ONE_TO_365, 90, '328.6'],
    [ONE_TO_365, 95, '346.8'],
    [ONE_TO_365, 98, '357.72'],
    [PM25, 95, '123.45'],
    [PM25, 98, '139.38'],
    [PM25, 90, '96.9'],
    [PM25, 50, '59.5'],
    [CO, 95, '2.025'],
    [[42], 95, '42'],
    [[40, 80], 95, '78'],
  ])('%#: p%s of the set → %s', (values, p, expected) => {
    expect(percentile(values as number[], p as number).toString()).toBe(expected);
  });

  it('is exact where floating point is not (98th of 1..365 is 357.72, not 357.71999999999997)', () => {
    const k = 1 + (365 - 1) * 0.98;
    expect(357 + (358 - 357) * (k - 357)).not.toBe(357.72);
    expect(percentile(ONE_TO_365, 98).toNumber()).toBe(357.72);
  });

  it('reports by GB/T 8170: PM2.5 123.45 → 123; CO 2.025 → 2.0', () => {
    expect(roundGbt8170(percentile(PM25, 95))).toBe('123');
    expect(roundGbt8170(percentile(CO, 95), 0.1)).toBe('2.0');
  });

  it('p 0 and 100 give the minimum and the maximum', () => {
    expect(percentile(PM25, 0).toNumber()).toBe(12);
    expect(percentile(PM25, 100).toNumber()).toBe(150);
  });
});

describe('percentile — bad input', () => {
  it('refuses an empty list, NaN, negative values and p outside 0–100, naming the field', () => {
    expect(() => percentile([], 95)).toThrow(StandardInputError);
    expect(() => percentile([1, Number.NaN], 95)).toThrow('values[1] 的值"NaN"无效');
    expect(() => percentile([1, -2], 95)).toThrow('values[1] 的值"-2"无效');
    expect(() => percentile([1], 101)).toThrow('p 的值"101"无效');
  });
});
