import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/client.js';
import { createDemoApp, loginAs, type Client } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const P = '/api/parks/S437012';
const CITY = '祁东县城市站';
const HEADER = 'station,date,so2,no2,co,o3_8h,pm10,pm25,aqi';

/**
 * Published daily values of the county's station (HJ 633-2012 in 2023, no O3 1-hour column: AQI of the six
 * indicators given). Hand calculation:
 * - 2023-01-01: PM2.5 52 → IAQI 50 + (52 − 35)·50/40 = 71.25 → 72; PM10 70 → 50 + (70 − 50)·50/100 = 60 → AQI 72, 良.
 * - 2023-01-02: PM2.5 120 → 150 + (120 − 115)·50/35 = 157.1 → 158 → 中度污染; 24-hour limit 75: (120 − 75)/75 = 0.600.
 * 2023: 优良天数 1 of 2 → 50.0 %.
 */
const DAILY_2023 = [HEADER, `${CITY},2023-01-01,8,30,0.8,60,70,52,72`, `${CITY},2023-01-02,10,40,1.2,50,140,120,158`].join('\n');

/** The city station's evaluation in a response body. */
const cityOf = (e: { points: { name: string }[] }) =>
  e.points.find((p) => p.name === CITY) as unknown as { pointId: number; source: string | null; previous: { aqi: unknown; compliance: { factors: { pollutant: string; maxExceedance: unknown }[] } } };

describe.each(await storeKinds())('air evaluation through the HTTP API on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let officer: Client;
  let reviewer: Client;

  const importCsv = (client: Client, csv: string, query: string) =>
    client.inject({ method: 'POST', url: `${P}/air-series/import?${query}`, headers: { 'content-type': 'text/csv' }, payload: Buffer.from(csv) });
  const storedDays = async () =>
    ((await store.db.execute(sql`SELECT day::text AS day, pm25, aqi, source, data_label FROM air_series_days ORDER BY day`)) as unknown as { rows: Record<string, unknown>[] }).rows;

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind, undefined, { simulatedYear: true }));
    officer = await loginAs(app, 'officer');
    reviewer = await loginAs(app, 'hunan');
    // The demo park with its two simulated years of hourly air data takes 15 s to load on an idle machine.
  }, 300_000);
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it("evaluates the demo's micro-stations from their simulated hourly year, labelled 模拟数据", async () => {
    const res = await reviewer.get(`${P}/air-evaluation?year=2024`);
    expect(res.statusCode).toBe(200);
    const e = res.json();
    const micro = e.points.filter((p: { kind: string }) => p.kind === 'micro_station');
    expect(micro.map((p: { name: string }) => p.name)).toEqual(['张家岭路', '美皇制衣', '成章学校']);
    for (const p of micro) {
      expect(p).toMatchObject({ source: 'HJ 212 小时数据', simulated: true, dataLabel: '模拟数据', zoneClass: 2 });
      // The days are those of 2024, a leap year; each evaluated day has a date of the year.
      expect(p.current.compliance.calendarDays).toBe(366);
      expect(p.previous.compliance.calendarDays).toBe(365);
      expect(p.daily.every((d: { date: string }) => d.date.startsWith('2024-'))).toBe(true);
      // The rate is the share of compliant monitoring days, printed to 0.1 %.
      const c = p.current.compliance;
      expect(c.complianceRate).toBe(((c.compliantDays / c.monitoringDays) * 100).toFixed(1));
      expect(c.compliantDays + c.exceedingDays).toBe(c.monitoringDays);
    }
    expect(cityOf(e)).toMatchObject({ source: null, simulated: false, current: null, previous: null });
    expect(e.aqiCategories.map((c: { name: string; hex: string }) => [c.name, c.hex]).slice(0, 2)).toEqual([
      ['优', '#00E400'],
      ['良', '#FFFF00'],
    ]);
  });

  it('answers the regional figures of seed 000 三(一) as entered, with the comparison', async () => {
    const r = (await reviewer.get(`${P}/regional-air?year=2024`)).json();
    expect(r.point.name).toBe(CITY);
    const value = (y: { figures: { key: string; value: string | null; origin: string | null }[] }, key: string) => y.figures.find((f) => f.key === key);
    expect(['goodDays', 'goodRate', 'mean.pm25', 'mean.pm10', 'mean.o3', 'mean.no2', 'mean.so2', 'mean.co'].map((k) => value(r.current, k)?.value)).toEqual([
      '330', '90.2', '57', '98', '22', '20', '12', '0.748',
    ]);
    expect(value(r.current, 'mean.pm25')).toMatchObject({ origin: 'entered', source: expect.stringContaining('祁东县2024年空气质量通报') });
    expect(value(r.previous, 'goodDays')).toMatchObject({ value: null, origin: null });
    expect(value(r.previous, 'mean.co')?.value).toBe('1.831');
    const clause = (name: string) => r.comparison.find((c: { name: string }) => c.name === name)?.clause;
    // (57 − 45)/45 = 26.67 % → 26.7 %; SO2 12 and 12: unchanged, never "improved".
    expect(clause('PM2.5年均浓度')).toBe('PM2.5年均浓度57μg/m³，较上年（45μg/m³）上升26.7%');
    expect(clause('SO2年均浓度')).toBe('SO2年均浓度12μg/m³，与上年持平');
  });

  it('imports a published daily series for the city station; computed figures fill what was not entered', async () => {
    const res = await importCsv(officer, DAILY_2023, `point=${encodeURIComponent(CITY)}&file=qidong2023.csv&year=2023`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ point: CITY, station: CITY, origin: 'daily', days: 2, replaced: 0, firstDate: '2023-01-01', lastDate: '2023-01-02', dataLabel: null });
    expect(await storedDays()).toEqual([
      { day: '2023-01-01', pm25: '52', aqi: 72, source: 'qidong2023.csv', data_label: null },
      { day: '2023-01-02', pm25: '120', aqi: 158, source: 'qidong2023.csv', data_label: null },
    ]);
    const city = cityOf((await officer.get(`${P}/air-evaluation?year=2024`)).json());
    expect(city.source).toBe('导入的日均值');
    expect(city.previous.aqi).toMatchObject({ validDays: 2, goodDays: 1, goodDayShare: '50.0' });
    expect(city.previous.compliance.factors.find((f) => f.pollutant === 'pm25')?.maxExceedance).toEqual({ date: '2023-01-02', value: '120', limit: 75, multiple: '0.600' });
    const r = (await officer.get(`${P}/regional-air?year=2024`)).json();
    expect(r.previous.figures.find((f: { key: string }) => f.key === 'goodDays')).toMatchObject({ value: '1', origin: 'computed', source: '导入的日均值' });
    expect(r.previous.figures.find((f: { key: string }) => f.key === 'mean.pm25')).toMatchObject({ value: '45', origin: 'entered' });
  });

  it('refuses a bad file whole, naming file, row, column and value', async () => {
    const before = await storedDays();
    const bad = async (csv: string, query = `point=${encodeURIComponent(CITY)}&file=bad.csv`) => {
      const res = await importCsv(officer, csv, query);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('IMPORT_INVALID');
      return res.json().error.issues[0];
    };
    // A published PM2.5 daily value is an integer.
    expect(await bad([HEADER, `${CITY},2023-03-01,8,30,0.8,60,70,52,`, `${CITY},2023-03-02,8,30,0.8,60,70,12.5,`].join('\n'))).toMatchObject({ file: 'bad.csv', row: 3, column: 'pm25', value: '12.5' });
    // CO has at most one decimal.
    expect(await bad([HEADER, `${CITY},2023-03-01,8,30,0.85,60,70,52,`].join('\n'))).toMatchObject({ row: 2, column: 'co', value: '0.85' });
    expect(await bad([HEADER, `${CITY},2023-03-01,8,30,0.8,60,70,52,abc`].join('\n'))).toMatchObject({ row: 2, column: 'aqi', value: 'abc' });
    expect(await bad([HEADER, `${CITY},2023-02-30,8,30,0.8,60,70,52,`].join('\n'))).toMatchObject({ row: 2, column: 'date', value: '2023-02-30' });
    expect(await bad([HEADER, `${CITY},2023-03-01,8,30,0.8,60,70,52,`, `衡阳市站,2023-03-01,8,30,0.8,60,70,52,`].join('\n'))).toMatchObject({ row: 3, column: 'station', value: '衡阳市站' });
    expect(await bad([HEADER, `${CITY},2024-03-01,8,30,0.8,60,70,52,`].join('\n'), `point=${encodeURIComponent(CITY)}&file=bad.csv&year=2023`)).toMatchObject({ row: 2, column: 'date', value: '2024-03-01' });
    // Hourly: a bad hour is named by its row.
    expect(await bad(['station,time,so2,no2,co,o3,pm10,pm25', `${CITY},2023-03-01 01:00,5,20,0.6,40,50,x`].join('\n'))).toMatchObject({ row: 2, column: 'pm25', value: 'x' });
    expect(await storedDays()).toEqual(before);
    // A micro-station linked to its HJ 212 station takes no import.
    const linked = await importCsv(officer, DAILY_2023, `point=${encodeURIComponent('张家岭路')}&file=x.csv`);
    expect([linked.statusCode, linked.json().error.issues[0].field]).toEqual([400, 'point']);
    expect((await importCsv(reviewer, DAILY_2023, `point=${encodeURIComponent(CITY)}&file=x.csv`)).statusCode).toBe(403);
  });

  it('enters, changes and deletes annual figures; a bad figure is refused by key and value', async () => {
    const cityId = cityOf((await officer.get(`${P}/air-evaluation?year=2024`)).json()).pointId;
    const put = (client: Client, payload: Record<string, unknown>) => client.inject({ method: 'PUT', url: `${P}/air-annual-figures`, payload });
    const bad = await put(officer, { pointId: cityId, year: 2023, source: '测试', figures: { goodRate: '120', 'mean.xx': '1' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((i: { field: string; value: string }) => [i.field, i.value])).toEqual([
      ['figures.goodRate', '120'],
      ['figures.mean.xx', 'mean.xx'],
    ]);
    expect((await put(reviewer, { pointId: cityId, year: 2023, source: '测试', figures: { goodDays: '300' } })).statusCode).toBe(403);
    const ok = await put(officer, { pointId: cityId, year: 2023, source: '祁东县2023年空气质量通报', figures: { goodDays: '300' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().find((f: { key: string }) => f.key === 'goodDays')).toMatchObject({ value: '300', enteredBy: 'officer', source: '祁东县2023年空气质量通报' });
    const listed = (await reviewer.get(`${P}/air-annual-figures?year=2024`)).json();
    expect(listed.filter((f: { year: number }) => f.year === 2023).map((f: { key: string }) => f.key)).toContain('goodDays');
    let r = (await officer.get(`${P}/regional-air?year=2024`)).json();
    expect(r.previous.figures.find((f: { key: string }) => f.key === 'goodDays')).toMatchObject({ value: '300', origin: 'entered' });
    const del = await officer.inject({ method: 'DELETE', url: `${P}/air-annual-figures/${cityId}/2023/goodDays` });
    expect(del.statusCode).toBe(204);
    r = (await officer.get(`${P}/regional-air?year=2024`)).json();
    expect(r.previous.figures.find((f: { key: string }) => f.key === 'goodDays')).toMatchObject({ value: '1', origin: 'computed' });
    expect((await officer.inject({ method: 'DELETE', url: `${P}/air-annual-figures/${cityId}/2023/goodDays` })).statusCode).toBe(404);
  });
});
