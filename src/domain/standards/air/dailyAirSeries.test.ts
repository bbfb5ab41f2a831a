import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { dailyAirSeries, type HourlySeries } from './dailyAirSeries.js';

const flat = (v: number | null) => Array(24).fill(v) as (number | null)[];
/** O3 hours whose maximum 8-hour mean is 170 (hours 12–19) and maximum hour 210. */
const O3_D1 = [...Array(12).fill(100), 210, 165, 165, 165, 165, 165, 165, 160, ...Array(4).fill(100)];

/** standards.md §1.9 D1 as hourly data: PM2.5 80, PM10 120, SO2 10, NO2 45, CO 1.2, O3 8h 170, O3 1h 210. */
const d1 = (firstDay: string): HourlySeries => ({
  firstDay,
  hourly: { so2: flat(10), no2: flat(45), co: flat(1.2), o3: O3_D1, pm10: flat(120), pm25: flat(80) },
});

describe('dailyAirSeries — daily values and AQI from hourly data', () => {
  it('D1 in 2024 → HJ 633-2012: 110, O3 (8h)', () => {
    const [row] = dailyAirSeries(d1('2024-07-01'));
    expect(row.date).toBe('2024-07-01');
    expect(row.values).toEqual({ so2: 10, no2: 45, co: 1.2, pm10: 120, pm25: 80, o3_8h: 170, o3_1h: 210 });
    expect(row.o3ValidWindows).toBe(17);
    expect(row.aqi.standard).toContain('HJ 633-2012');
    expect([row.aqi.aqi, row.aqi.primaryPollutants]).toEqual([110, ['o3_8h']]);
  });

  it('D1 from 2026-03-01 → HJ 633-2026: 119, PM2.5; an explicit version overrides the date', () => {
    const [row] = dailyAirSeries(d1('2026-03-01'));
    expect([row.aqi.aqi, row.aqi.primaryPollutants, row.aqi.category?.name]).toEqual([119, ['pm25_24h'], '轻度污染']);
    expect(dailyAirSeries(d1('2024-07-01'), { version: '2026' })[0].aqi.aqi).toBe(119);
  });

  it('switches edition inside a series: 2026-02-28 by 2012, 2026-03-01 by 2026', () => {
    const two = d1('2026-02-28');
    const h = two.hourly;
    const twice = (a: ArrayLike<number | null>) => [...Array.from(a), ...Array.from(a)];
    const rows = dailyAirSeries({ firstDay: two.firstDay, hourly: { so2: twice(h.so2), no2: twice(h.no2), co: twice(h.co), o3: twice(h.o3), pm10: twice(h.pm10), pm25: twice(h.pm25) } });
    expect(rows.map((r) => [r.date, r.aqi.aqi])).toEqual([
      ['2026-02-28', 110],
      ['2026-03-01', 119],
    ]);
  });

  it('19 PM2.5 hours → PM2.5 invalid (NA) and, under 2012, no AQI; 20 hours → valid', () => {
    const s = d1('2024-07-01');
    const pm25 = [...flat(80)];
    pm25.fill(null, 19);
    const [row] = dailyAirSeries({ ...s, hourly: { ...s.hourly, pm25 } });
    expect(row.validHours.pm25).toBe(19);
    expect(row.values.pm25).toBeNull();
    expect(row.aqi.missing).toEqual(['pm25']);
    expect(row.aqi.aqi).toBeNull();
    pm25[19] = 80;
    expect(dailyAirSeries({ ...s, hourly: { ...s.hourly, pm25 } })[0].values.pm25).toBe(80);
  });

  it('rounds each daily mean once by GB/T 8170 (PM2.5 hours averaging 74.5 → 74; CO 2.25 → 2.2)', () => {
    const s = d1('2024-07-01');
    const half = (a: number, b: number) => [...Array(12).fill(a), ...Array(12).fill(b)];
    const [row] = dailyAirSeries({ ...s, hourly: { ...s.hourly, pm25: half(74, 75), co: half(2.2, 2.3) } });
    expect([row.values.pm25, row.values.co]).toEqual([74, 2.2]);
  });

  it('O3 with fewer than 14 valid 8-hour windows counts only when above the limit of the zone class', () => {
    const s = d1('2024-07-01');
    const o3 = [...Array(12).fill(null), ...Array(12).fill(150)];
    expect(dailyAirSeries({ ...s, hourly: { ...s.hourly, o3 } })[0].values.o3_8h).toBeNull();
    expect(dailyAirSeries({ ...s, hourly: { ...s.hourly, o3 } }, { zoneClass: 1 })[0].values.o3_8h).toBe(150);
  });
});

describe('dailyAirSeries — bad input', () => {
  it('names pollutant, day and hour of a bad value', () => {
    const s = d1('2024-07-01');
    const pm25 = [...flat(80), ...flat(80)];
    pm25[30] = Number.NaN;
    const both = (a: ArrayLike<number | null>) => [...Array.from(a), ...Array.from(a)];
    const hourly = { so2: both(s.hourly.so2), no2: both(s.hourly.no2), co: both(s.hourly.co), o3: both(s.hourly.o3), pm10: both(s.hourly.pm10), pm25 };
    expect(() => dailyAirSeries({ firstDay: '2024-07-01', hourly })).toThrow('pm25（2024-07-02 06时） 的值"NaN"无效');
  });

  it('refuses unequal arrays, partial days, a missing pollutant and a bad first day', () => {
    const s = d1('2024-07-01');
    expect(() => dailyAirSeries({ ...s, hourly: { ...s.hourly, co: flat(1).slice(1) } })).toThrow('co 的值"23"无效');
    const { so2: _, ...rest } = s.hourly;
    expect(() => dailyAirSeries({ ...s, hourly: rest as never })).toThrow('so2 的值"（缺少）"无效');
    expect(() => dailyAirSeries({ ...s, firstDay: '2024-13-01' })).toThrow(StandardInputError);
  });
});
