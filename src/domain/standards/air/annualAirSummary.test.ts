import { describe, expect, it } from 'vitest';
import { addDays } from '../_lib/calendarDate.js';
import { dailyAqi } from '../aqi/dailyAqi.js';
import { annualAirSummary } from './annualAirSummary.js';
import type { DailyAirRow } from './dailyAirSeries.js';

/** A row with the given PM2.5 (everything else clean) and its 2026 daily AQI. */
function row(date: string, pm25: number | null): DailyAirRow {
  const values = { so2: 5, no2: 20, co: 0.5, pm10: 40, pm25, o3_8h: 80, o3_1h: 100 };
  return {
    date,
    validHours: { so2: 24, no2: 24, co: 24, o3: 24, pm10: 24, pm25: pm25 === null ? 0 : 24 },
    o3ValidWindows: 17,
    values,
    aqi: dailyAqi(values, { date }),
  };
}

describe('annualAirSummary', () => {
  it('2027: 329 good days of 365 valid → 优良天数比例 90.1 %, days per category and primary pollutant', () => {
    const rows = Array.from({ length: 365 }, (_, i) => row(addDays('2027-01-01', i), i < 329 ? 30 : 80));
    const [y] = annualAirSummary(rows);
    expect(y.year).toBe(2027);
    expect(y.aqi).toMatchObject({ validDays: 365, goodDays: 329, goodDayShare: '90.1' });
    expect(y.aqi.categoryDays).toMatchObject({ 优: 329, 轻度污染: 36 });
    expect(y.aqi.primaryPollutantDays).toEqual({ pm25_24h: 36 });
    expect(y.aqi.max).toEqual({ date: '2027-11-26', aqi: 119 });
    const pm25 = y.pollutants.find((p) => p.pollutant === 'pm25');
    expect(pm25).toMatchObject({ validDays: 365, valid: true, percentile: { p: 95, value: '80' }, attains: false });
    expect(y.pollutants.map((p) => p.pollutant)).toEqual(['so2', 'no2', 'co', 'o3', 'pm10', 'pm25']);
  });

  it('splits rows by calendar year and leaves NA days out of the good-day share', () => {
    const rows = [row('2027-12-31', 30), row('2028-01-01', null), row('2028-01-02', 30)];
    const years = annualAirSummary(rows);
    expect(years.map((y) => [y.year, y.days, y.aqi.validDays, y.aqi.goodDayShare])).toEqual([
      [2027, 1, 1, '100.0'],
      [2028, 2, 1, '100.0'],
    ]);
  });

  it('refuses a repeated day', () => {
    expect(() => annualAirSummary([row('2027-01-01', 30), row('2027-01-01', 30)])).toThrow('应为每日只出现一次的日期');
  });
});
