import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { noisePeriod } from './noisePeriod.js';

describe('noisePeriod — GB 3096-2008 §3.4', () => {
  it('hour starting 22:00 → night, 05:00 → night, 06:00 → day, 21:00 → day', () => {
    expect([22, 5, 6, 21].map((h) => noisePeriod(h))).toEqual(['night', 'night', 'day', 'day']);
  });

  it('16 day hours and 8 night hours', () => {
    const periods = Array.from({ length: 24 }, (_, h) => noisePeriod(h));
    expect(periods.filter((p) => p === 'day')).toHaveLength(16);
  });

  it('takes a local government definition', () => {
    expect(noisePeriod(6, { dayStartHour: 7, dayEndHour: 23 })).toBe('night');
    expect(noisePeriod(22, { dayStartHour: 7, dayEndHour: 23 })).toBe('day');
  });

  it('refuses hours outside 0–23 and an inverted definition', () => {
    expect(() => noisePeriod(24)).toThrow('hour 的值"24"无效');
    expect(() => noisePeriod(Number.NaN)).toThrow(StandardInputError);
    expect(() => noisePeriod(3, { dayStartHour: 22, dayEndHour: 6 })).toThrow(StandardInputError);
  });
});
