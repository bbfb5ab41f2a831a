import { describe, expect, it } from 'vitest';
import type { DailyCsvField, PublishedAirSeries } from './parseDailyCsv.js';
import { publishedAirRows } from './publishedAirRows.js';

const D1: Record<DailyCsvField, number | null> = { so2: 10, no2: 45, co: 1.2, o3_8h: 170, pm10: 120, pm25: 80, o3_1h: null };
const series = (days: [string, Partial<Record<DailyCsvField, number | null>>][], hasO3Max1h = false): PublishedAirSeries => ({
  station: 'A',
  hasO3Max1h,
  days: days.map(([date, v], i) => ({ date, row: i + 2, values: { ...D1, ...v } })),
});

// standards.md §1.9 D1: PM2.5 80, PM10 120, SO2 10, NO2 45, CO 1.2, O3-8h 170 (O3-1h 210) → 2012: 110 (O3 8-hour), 2026: 119 (PM2.5).
describe('publishedAirRows', () => {
  it('HJ 633-2012 without an O3 1-hour column: the AQI of the six given indicators (UNCONFIRMED rule), flagged', () => {
    const [r] = publishedAirRows(series([['2024-07-01', {}]]));
    expect([r.aqi.aqi, r.aqi.primaryPollutants, r.aqi.category?.name, r.aqiWithoutO3Max1h]).toEqual([110, ['o3_8h'], '轻度污染', true]);
  });

  it('HJ 633-2012 with the O3 1-hour column: all seven; a missing O3 1-hour there is NA', () => {
    const [a, b] = publishedAirRows(series([['2024-07-01', { o3_1h: 210 }], ['2024-07-02', {}]], true));
    expect([a.aqi.aqi, a.aqiWithoutO3Max1h]).toEqual([110, false]);
    expect(b.aqi.aqi).toBeNull();
  });

  it('HJ 633-2026 from 2026-03-01 (six indicators): 119, PM2.5; a day missing PM10 with the rest ≤ 100 is NA', () => {
    const [a, b] = publishedAirRows(series([['2026-03-01', {}], ['2026-03-02', { pm10: null, pm25: 30, o3_8h: 100 }]]));
    expect([a.aqi.aqi, a.aqi.primaryPollutants, a.aqiWithoutO3Max1h]).toEqual([119, ['pm25_24h'], false]);
    expect(b.aqi.aqi).toBeNull();
  });

  it('a day missing another indicator under HJ 633-2012 stays NA', () => {
    expect(publishedAirRows(series([['2024-07-01', { so2: null }]]))[0].aqi.aqi).toBeNull();
  });
});
