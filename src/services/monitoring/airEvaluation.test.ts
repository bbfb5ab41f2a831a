import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, storeKinds } from '../../../test/helpers/testStore.js';
import type { Store } from '../../store/client.js';
import { insertReadings, type NewReading } from '../../store/queries/monitoring.js';
import { setStationDataLabel } from '../../store/queries/airSeries.js';
import { systemContext, type ServiceContext } from '../context.js';
import { createPark } from '../parks/parkProfile.js';
import { airEvaluationOfYear } from './airEvaluation.js';
import { createPoint } from './points.js';
import { createStation } from './stations.js';

const PARK = 'S500101';

/** Hour `h` (0–23) of a local day as the HJ 212 data time of the hour starting then (UTC+8). */
const at = (day: string, h: number) => new Date(`${day}T${String(h).padStart(2, '0')}:00:00+08:00`);
type Hour = { so2: number; no2: number; co: number; o3: number; pm10: number; pm25: number };
const CLEAN: Hour = { so2: 10, no2: 40, co: 1.0, o3: 100, pm10: 60, pm25: 30 };
const CODES: Record<keyof Hour, string> = { so2: 'a21026', no2: 'a21004', co: 'a21005', o3: 'a05024', pm10: 'a34002', pm25: 'a34004' };
const reading = (parkId: number, stationId: number, t: Date, v: Hour, valid = true): NewReading => ({
  parkId,
  stationId,
  cn: '2061',
  dataTime: t,
  factors: Object.fromEntries(Object.entries(CODES).map(([p, code]) => [code, { avg: String(v[p as keyof Hour]), flag: valid ? 'N' : 'D', valid, marks: [] }])),
});

/**
 * A station with hourly records (CN 2061), GB 3095-2012 二级 (24-hour limits SO2 150, NO2 80, CO 4, PM10 150, PM2.5 75;
 * O3 daily maximum 8-hour 160). Hand calculation:
 * - 2024-03-01: 24 clean hours (PM2.5 30, PM10 60 …) and one more record at 05:00 flagged D with PM2.5 999, which
 *   is not valid and changes nothing → compliant; AQI: IAQI PM10 60 = 50 + (60 − 50)·50/100 = 55, the highest → 良.
 * - 2024-03-02: PM2.5 100 for 12 hours and 90 for 12 → 95 > 75, (95 − 75)/75 = 0.2666… → 0.267; PM10 180 and 160 →
 *   170 > 150, (170 − 150)/150 = 0.1333… → 0.133. One exceedance day on two factors. AQI: PM2.5 95 →
 *   100 + (95 − 75)·50/40 = 125 → 轻度污染.
 * - 2024-03-03: 10 hours only (< 20 for a 24-hour mean, < 14 O3 windows): no valid factor, not a monitoring day.
 * - 2023-03-01: 24 clean hours with PM2.5 40: the previous year, compliant.
 * Year 2024: 2 monitoring days, 1 compliant, 1 exceeding → 50.0 %; PM2.5 exceedance days 1, largest 0.267;
 * PM10 1, 0.133; 优良天数 1 of 2 valid AQI days → 50.0 %. Year 2023: 1 of 1 → 100.0 %.
 */
describe.each(await storeKinds())('airEvaluationOfYear on %s', (kind) => {
  let store: Store;
  let ctx: ServiceContext;

  beforeAll(async () => {
    store = await createTestStore(kind);
    ctx = systemContext(store.db, 'test');
    const park = await createPark(ctx, { code: PARK, name: '重庆万州测试园区', level: '市级', divisionCode: '500101' });
    const station = await createStation(ctx, PARK, { mn: 'TEST0000000000000000AIR1', name: '测试空气站', systemCode: '22', password: '123456' });
    await createPoint(ctx, PARK, { name: '园区站', kind: 'air_station', role: 'inside', longitude: '112.2', latitude: '26.5', stationId: station.id, standardCode: 'GB3095', standardClass: '二级', items: [] });
    await createPoint(ctx, PARK, { name: '无数据站', kind: 'micro_station', role: 'upwind', longitude: '112.3', latitude: '26.6', standardCode: 'GB3095', standardClass: '二级', items: [] });
    await createPoint(ctx, PARK, { name: '地表水断面', kind: 'surface_water', longitude: '112.3', latitude: '26.6', standardCode: 'GB3838', standardClass: 'Ⅲ类', items: [] });
    const rows: NewReading[] = [];
    for (let h = 0; h < 24; h++) {
      rows.push(reading(park.id, station.id, at('2024-03-01', h), CLEAN));
      rows.push(reading(park.id, station.id, at('2024-03-02', h), { ...CLEAN, pm25: h < 12 ? 100 : 90, pm10: h < 12 ? 180 : 160 }));
      if (h < 10) rows.push(reading(park.id, station.id, at('2024-03-03', h), CLEAN));
      rows.push(reading(park.id, station.id, at('2023-03-01', h), { ...CLEAN, pm25: 40 }));
    }
    // The flagged record goes in on its own: the same station and time as a clean hour would be a duplicate.
    await insertReadings(store.db, rows, false);
    await insertReadings(store.db, [{ ...reading(park.id, station.id, at('2024-03-01', 5), { ...CLEAN, pm25: 999 }, false), cn: '2061', dataTime: new Date(at('2024-03-01', 5).getTime() + 1000) }], false);
    await setStationDataLabel(store.db, park.id, station.id, '模拟数据');
  });
  afterAll(async () => store?.close());

  it('computes the days, rates and exceedance multiples of hand calculation from stored hourly records', async () => {
    const e = await airEvaluationOfYear(ctx, PARK, 2024);
    expect(e.points.map((p) => p.name)).toEqual(['园区站', '无数据站']);
    const p = e.points[0];
    expect(p).toMatchObject({ kind: 'air_station', source: 'HJ 212 小时数据', simulated: true, dataLabel: '模拟数据', zoneClass: 2 });
    expect(p.current!.days).toBe(3);
    const c = p.current!.compliance;
    expect([c.monitoringDays, c.compliantDays, c.exceedingDays, c.complianceRate]).toEqual([2, 1, 1, '50.0']);
    const pm25 = c.factors.find((f) => f.pollutant === 'pm25')!;
    const pm10 = c.factors.find((f) => f.pollutant === 'pm10')!;
    expect([pm25.exceedingDays, pm25.maxExceedance]).toEqual([1, { date: '2024-03-02', value: '95', limit: 75, multiple: '0.267' }]);
    expect([pm10.exceedingDays, pm10.maxExceedance?.multiple]).toEqual([1, '0.133']);
    expect(c.factors.find((f) => f.pollutant === 'so2')?.exceedingDays).toBe(0);
    expect([p.current!.aqi.goodDays, p.current!.aqi.goodDayShare]).toEqual([1, '50.0']);
    expect(p.daily.map((d) => [d.date, d.values.pm25, d.aqi, d.category])).toEqual([
      ['2024-03-01', 30, 55, '良'],
      ['2024-03-02', 95, 125, '轻度污染'],
      ['2024-03-03', null, null, null],
    ]);
    expect(p.previous!.compliance).toMatchObject({ year: 2023, monitoringDays: 1, compliantDays: 1, complianceRate: '100.0' });
  });

  it('answers a point without data with no figures, and the limits for the charts', async () => {
    const e = await airEvaluationOfYear(ctx, PARK, 2024);
    expect(e.points[1]).toMatchObject({ source: null, simulated: false, current: null, previous: null, daily: [] });
    expect(e.limits.find((l) => l.field === 'pm25' && l.zoneClass === 2)?.value).toBe(75);
    expect(e.limits.find((l) => l.field === 'o3_8h' && l.zoneClass === 1)?.value).toBe(100);
  });

  it('refuses a bad year', async () => {
    await expect(airEvaluationOfYear(ctx, PARK, 20245)).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
