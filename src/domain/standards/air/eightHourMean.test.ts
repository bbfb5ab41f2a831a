import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { eightHourMean } from './eightHourMean.js';

// standards.md §2.6 validity vectors.
describe('eightHourMean — GB 3095 表4: at least 6 of 8 hours', () => {
  it('[80,82,85,NA,90,95,NA,100] (6 valid) → valid, mean 88.67', () => {
    const r = eightHourMean([80, 82, 85, null, 90, 95, null, 100]);
    expect(r.validHours).toBe(6);
    expect(r.valid).toBe(true);
    expect(r.exact?.toDecimalPlaces(2).toString()).toBe('88.67');
    expect(r.value).toBe('89');
  });

  it('5 valid hours → invalid', () => {
    expect(eightHourMean([80, 82, 85, null, 90, null, null, 100])).toMatchObject({ validHours: 5, valid: false, value: null });
  });

  it('refuses a window that is not 8 hours, and bad values', () => {
    expect(() => eightHourMean([1, 2, 3])).toThrow('hourly 的值"3"无效');
    expect(() => eightHourMean([1, 2, 3, 4, 5, 6, 7, Number.NaN])).toThrow(StandardInputError);
  });
});
