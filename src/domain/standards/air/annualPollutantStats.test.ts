import { describe, expect, it } from 'vitest';
import { addDays } from '../_lib/calendarDate.js';
import { roundGbt8170 } from '../rounding/roundGbt8170.js';
import { StandardInputError } from '../StandardInputError.js';
import { percentile } from '../stats/percentile.js';
import { annualPollutantStats, percentileOf } from './annualPollutantStats.js';

const days = (first: string, values: (number | null)[]) => values.map((value, i) => ({ date: addDays(first, i), value }));
const PM25 = [12, 85, 40, 33, 76, 150, 28, 64, 91, 55];
const CO = [0.6, 0.8, 1.1, 0.9, 1.4, 2.3, 0.7, 1.0, 1.2, 0.5, 1.8, 0.9];

describe('annualPollutantStats — standards.md §3.2/§3.4 vectors', () => {
  it('PM2.5 ten days: 95th 123.45 → 123, mean 63.4 → 63, max 150 (1.00×), 6 of 10 compliant; year invalid', () => {
    const r = annualPollutantStats('pm25', days('2024-01-01', PM25), { year: 2024 });
    expect(r.percentile).toEqual({ p: 95, value: '123' });
    expect(r.mean).toBe('63');
    expect(r.max).toEqual({ date: '2024-01-06', value: '150', exceedMultiple: '1.00' });
    expect([r.compliantDays, r.exceedingDays, r.complianceRate]).toEqual([6, 4, '60.0']);
    expect(r.limits).toEqual({ annual: 35, daily: 75, unit: 'µg/m³' });
    expect(r.meanExceedMultiple).toBe('0.80'); // (63 − 35)/35
    expect(r.percentileExceedMultiple).toBe('0.64'); // (123 − 75)/75
    expect(r.valid).toBe(false);
    expect(r.failures[0]).toBe('全年有效日数10 < 324');
    expect(r.attains).toBeNull();
  });

  it('CO 95th 2.025 → 2.0 mg/m³; CO has no annual mean', () => {
    const r = annualPollutantStats('co', days('2024-01-01', CO), { year: 2024 });
    expect(r.percentile).toEqual({ p: 95, value: '2.0' });
    expect(r.mean).toBeNull();
    expect(r.limits).toEqual({ annual: null, daily: 4, unit: 'mg/m³' });
  });

  it('O3 uses the 90th percentile and the 8-hour limit', () => {
    const r = annualPollutantStats('o3', days('2024-01-01', [3, 4, 8, 2, 5, 4]), { year: 2024 });
    expect(r.percentile).toEqual({ p: 90, value: '6' }); // 6.5 → 6 (half-even)
    expect(r.limits.daily).toBe(160);
  });
});

describe('annualPollutantStats — a full valid year', () => {
  const year = Array.from({ length: 366 }, (_, i) => 10 + ((i * 37) % 90));

  it('equals the decimal.js percentile and mean, and attains when both meet the limits', () => {
    const r = annualPollutantStats('pm25', days('2024-01-01', year), { year: 2024, zoneClass: 2 });
    expect(r.valid).toBe(true);
    expect(r.validDays).toBe(366);
    expect(r.percentile.value).toBe(roundGbt8170(percentile(year, 95)));
    expect(r.mean).toBe(roundGbt8170(year.reduce((a, b) => a + b) / 366)); // integer sum: the division is the only rounding
    expect(r.attains).toBe(false); // mean 54 > 35
    const clean = annualPollutantStats('pm25', days('2024-01-01', year.map((v) => Math.min(v, 30))), { year: 2024 });
    expect(clean.attains).toBe(true);
  });

  it('skips null days in the counts (and in each month)', () => {
    const withGaps = year.map((v, i) => (i < 5 ? null : v));
    const r = annualPollutantStats('pm25', days('2024-01-01', withGaps), { year: 2024 });
    expect(r.validDays).toBe(361);
    expect(r.validDaysByMonth[0]).toBe(26);
    expect(r.failures).toEqual(['1月有效日数26 < 27']);
  });
});

describe('annualPollutantStats — limits by date (2026)', () => {
  it('judges each day by the limit in force on it, the year by the limits of 31 December', () => {
    const r = annualPollutantStats('pm25', [
      { date: '2026-01-15', value: 70 },
      { date: '2026-03-15', value: 70 },
    ], { year: 2026 });
    expect([r.compliantDays, r.exceedingDays]).toEqual([1, 1]);
    expect(r.limits).toEqual({ annual: 30, daily: 60, unit: 'µg/m³' });
    expect(r.standard).toContain('GB 3095-2026');
  });
});

describe('percentileOf — selection on scaled integers equals decimal.js on the sorted values', () => {
  it('for every n ≤ 60, 365 and 366, and p in 90, 95, 98, values in any order, with repeats', () => {
    for (const n of [...Array.from({ length: 60 }, (_, i) => i + 1), 365, 366]) {
      for (const modulus of [503, 7]) {
        const unsorted = Array.from({ length: n }, (_, i) => (i * 7919) % modulus);
        const values = [...unsorted].sort((a, b) => a - b);
        for (const p of [90, 95, 98]) {
          expect(percentileOf(Float64Array.from(unsorted), n, p), `n=${n} p=${p}`).toBe(Number(roundGbt8170(percentile(values, p))));
        }
      }
    }
  });
});

describe('annualPollutantStats — bad input', () => {
  it('names the row and the value', () => {
    expect(() => annualPollutantStats('pm25', [{ date: '2023-12-31', value: 3 }], { year: 2024 })).toThrow('daily[0].date 的值"2023-12-31"无效');
    expect(() => annualPollutantStats('pm25', days('2024-01-01', [1, 2]).concat({ date: '2024-01-01', value: 3 }), { year: 2024 })).toThrow(
      'daily[2].date 的值"2024-01-01"无效，应为每日只出现一次的日期',
    );
    expect(() => annualPollutantStats('pm25', days('2024-01-01', [Number.NaN]), { year: 2024 })).toThrow('daily[0].value 的值"NaN"无效');
    expect(() => annualPollutantStats('tsp' as never, [], { year: 2024 })).toThrow(StandardInputError);
  });
});
