import { describe, expect, it } from 'vitest';
import type { AqiPollutant } from '../aqi/types.js';
import { airDaysSummary } from './airDaysSummary.js';
import { dailyAirSeries } from './dailyAirSeries.js';

type Day = Partial<Record<AqiPollutant, (number | null)[]>>;
const flat = (v: number | null) => Array<number | null>(24).fill(v);
const hours = (parts: [number, number | null][]) => parts.flatMap(([n, v]) => Array<number | null>(n).fill(v));
const CLEAN: Record<AqiPollutant, number> = { so2: 10, no2: 30, co: 0.8, o3: 60, pm10: 50, pm25: 30 };
const POLLUTANTS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] as const;

/** Hourly series from per-day overrides, everything else CLEAN; HJ 633-2026 for the AQI. */
function rows(firstDay: string, days: Day[]) {
  const hourly = Object.fromEntries(POLLUTANTS.map((p) => [p, days.flatMap((d) => d[p] ?? flat(CLEAN[p]))])) as Record<AqiPollutant, (number | null)[]>;
  return dailyAirSeries({ firstDay, hourly }, { version: '2026' });
}

// 2024-02-28 … 2024-03-05, zone class 2, GB 3095-2012 limits (PM2.5 75, PM10 150, O3 8-hour 160).
const YEAR_2024: Day[] = [
  {}, // 02-28 clean
  { pm25: flat(100), pm10: flat(200) }, // 02-29 (leap day): exceeds on PM2.5 and PM10 at once
  { o3: hours([[20, 0], [4, 300]]) }, // 03-01: 300 in the last 4 hours → best window (ending 24:00) 150
  { o3: hours([[4, 300], [20, 0]]) }, // 03-02: 300 in the first 4 hours → best window (ending 08:00) 150; no window crosses midnight
  { o3: hours([[10, null], [14, 200]]) }, // 03-03: 9 valid windows (< 14) but 200 > 160 → valid because it exceeds
  { o3: hours([[10, null], [14, 100]]) }, // 03-04: 9 valid windows, 100 → O3 invalid: a partial day without exceedance
  Object.fromEntries(POLLUTANTS.map((p) => [p, flat(null)])), // 03-05: no data
];

describe('airDaysSummary — hourly data through dailyAirSeries, hand counts', () => {
  const years = airDaysSummary([...rows('2023-12-30', [{}, {}]), ...rows('2024-02-28', YEAR_2024)]);
  const y2024 = years[1];

  it('O3 8-hour windows: the daily maxima as HJ 663 defines them', () => {
    const o3 = rows('2024-02-28', YEAR_2024).map((r) => r.values.o3_8h);
    expect(o3).toEqual([60, 60, 150, 150, 200, null, null]);
  });

  it('monitoring days, compliance days and rate; a day exceeding on two factors counts once', () => {
    expect(years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(y2024.days).toBe(7);
    // judged: 02-28, 02-29, 03-01, 03-02, 03-03 (03-04 partial without exceedance, 03-05 empty); compliant: 02-28, 03-01, 03-02
    expect(y2024.compliance).toMatchObject({ calendarDays: 366, daysWithData: 7, partialDays: 1, monitoringDays: 5, compliantDays: 3, exceedingDays: 2, complianceRate: '60.0' });
  });

  it('per factor: exceedance days (the two-factor day once each) and the largest multiple to 0.001', () => {
    const f = Object.fromEntries(y2024.compliance.factors.map((x) => [x.pollutant, x]));
    expect(f.pm25).toMatchObject({ validDays: 6, exceedingDays: 1, maxExceedance: { date: '2024-02-29', value: '100', multiple: '0.333' } });
    expect(f.pm10).toMatchObject({ validDays: 6, exceedingDays: 1, maxExceedance: { date: '2024-02-29', value: '200', multiple: '0.333' } });
    // (200 − 160)/160 = 0.25
    expect(f.o3).toMatchObject({ validDays: 5, exceedingDays: 1, maxExceedance: { date: '2024-03-03', value: '200', limit: 160, multiple: '0.250' } });
    expect(f.so2.exceedingDays + f.no2.exceedingDays + f.co.exceedingDays).toBe(0);
  });

  it('good days and good-day rate from annualAirSummary (HJ 633-2026: NA days left out)', () => {
    // good: 02-28, 03-01, 03-02 (O3 150 → IAQI 92); not good: 02-29 (PM2.5 100), 03-03 (O3 200); NA: 03-04, 03-05
    expect(y2024.aqi).toMatchObject({ validDays: 5, goodDays: 3, goodDayShare: '60.0' });
  });

  it('annual means and percentiles from annualPollutantStats', () => {
    const pm25 = y2024.pollutants.find((p) => p.pollutant === 'pm25');
    // (5 × 30 + 100)/6 = 41.67 → 42
    expect(pm25).toMatchObject({ validDays: 6, mean: '42', percentile: { p: 95, value: '82' } });
  });

  it('the comparison with 2023: a rise, an unchanged figure (与上年持平), and no 改善', () => {
    const byName = Object.fromEntries(y2024.comparison.map((c) => [c.name, c]));
    // (42 − 30)/30 = 40 %
    expect(byName['PM2.5年均浓度'].clause).toBe('PM2.5年均浓度42μg/m³，较上年（30μg/m³）上升40.0%');
    expect(byName['PM2.5年均浓度'].assessment).toBe('worse');
    expect(byName['SO2年均浓度']).toMatchObject({ direction: 'unchanged', assessment: 'same', clause: 'SO2年均浓度10μg/m³，与上年持平' });
    // 2023: 2 of 2 good (100.0 %); 2024: 60.0 %
    expect(byName['优良天数比例'].clause).toBe('优良天数比例60.0%，较上年（100.0%）下降40.0个百分点');
    expect(y2024.comparison.some((c) => c.clause.includes('改善'))).toBe(false);
    expect(years[0].comparison[0].clause).toBe('PM2.5年均浓度30μg/m³，上年无可比数据');
  });
});
