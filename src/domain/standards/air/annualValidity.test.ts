import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { annualValidity } from './annualValidity.js';

// standards.md §2.6 validity vectors.
describe('annualValidity — GB 3095 表4: the year and every month', () => {
  it('330 valid PM2.5 days but only 26 in March → invalid (month rule)', () => {
    const r = annualValidity([29, 27, 26, 28, 28, 27, 28, 28, 27, 28, 27, 27], { year: 2023, pollutant: 'pm25' });
    expect(r.validDays).toBe(330);
    expect(r.valid).toBe(false);
    expect(r.failures).toEqual(['3月有效日数26 < 27']);
  });

  it('323 valid days with every month passing (Feb 25, ten months 27, one month 28) → invalid (year rule)', () => {
    const months = [27, 25, 27, 27, 27, 27, 27, 27, 27, 27, 27, 28];
    const r = annualValidity(months, { year: 2023, pollutant: 'pm25' });
    expect(r.validDays).toBe(323);
    expect(r.failures).toEqual(['全年有效日数323 < 324']);
  });

  it('February with 25 valid days, other months ≥ 27, total ≥ 324 → valid', () => {
    const r = annualValidity([27, 25, 27, 27, 27, 27, 28, 27, 27, 27, 27, 28], { year: 2024, pollutant: 'so2' });
    expect(r).toEqual({ validDays: 324, valid: true, failures: [] });
  });

  it('TSP: 60 a year, 5 a month', () => {
    expect(annualValidity([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], { year: 2024, pollutant: 'tsp' }).valid).toBe(true);
    expect(annualValidity([4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6], { year: 2024, pollutant: 'tsp' }).failures).toEqual(['1月有效日数4 < 5']);
  });

  it('refuses impossible counts, naming the month', () => {
    expect(() => annualValidity([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], { year: 2023, pollutant: 'pm25' })).toThrow(
      'validDaysByMonth[1] 的值"29"无效，应为0～28 的整数',
    );
    expect(() => annualValidity([31], { year: 2023, pollutant: 'pm25' })).toThrow(StandardInputError);
    expect(() => annualValidity(Array(12).fill(1), { year: 2023, pollutant: 'xx' as never })).toThrow('pollutant 的值"xx"无效');
  });
});
