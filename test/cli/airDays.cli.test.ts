import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { std } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'parkeco-air-days-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// Station A: one day of 2023, four of 2024 (GB 3095-2012 class 2: PM2.5 75, PM10 150, O3 8-hour 160); station B: one clean day.
const DAILY = file(
  'daily.csv',
  [
    'station,date,so2,no2,co,o3_8h,pm10,pm25',
    'A,2023-12-31,8,30,0.8,100,60,38',
    'A,2024-01-01,8,30,0.8,100,160,80', // PM10 and PM2.5 both exceed: one 超标天
    'A,2024-01-02,8,30,0.8,100,60,35',
    'A,2024-01-03,8,30,,100,60,35', // CO missing, nothing exceeds: not judged (partial-day rule)
    'A,2024-01-04,8,30,0.8,170,60,35', // O3 exceeds
    'B,2024-01-01,5,20,0.5,80,40,20',
  ].join('\n'),
);

describe('parkeco std air-days — daily data', () => {
  it('the table: monitoring and compliance days, per-factor exceedances, good days, the comparison with last year', async () => {
    const r = await std('air-days', DAILY);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('站点：A（日数据，二类区）');
    // 2024: judged 01-01, 01-02, 01-04; compliant 01-02 → 1/3 = 33.3 %
    expect(r.stdout).toContain('有效监测天数 3，达标天数 1，超标天数 2，达标率 33.3%');
    // (170 − 160)/160 = 0.0625 → 0.062; (160 − 150)/150 and (80 − 75)/75 = 0.0666… → 0.067
    expect(r.stdout).toMatch(/O3\s+µg\/m³\s+4\s+1\s+0\.062\s+170（2024-01-04，限值160）/);
    expect(r.stdout).toMatch(/PM10\s+µg\/m³\s+4\s+1\s+0\.067\s+160（2024-01-01，限值150）\s+85/);
    expect(r.stdout).toMatch(/PM2\.5\s+µg\/m³\s+4\s+1\s+0\.067\s+80（2024-01-01，限值75）\s+46/);
    // good days: 01-02 only (01-01 AQI 107, 01-04 AQI 110, 01-03 NA)
    expect(r.stdout).toContain('AQI 有效天数 3，优良天数 1，优良天数比例 33.3%');
    // (80 + 35 + 35 + 35)/4 = 46.25 → 46; (46 − 38)/38 = 21.05 %
    expect(r.stdout).toContain('PM2.5年均浓度46μg/m³，较上年（38μg/m³）上升21.1%（变差）');
    expect(r.stdout).toContain('SO2年均浓度8μg/m³，与上年持平');
    expect(r.stdout).not.toContain('改善');
    expect(r.stdout).toContain('站点：B（日数据，二类区）');
  });

  it('JSON: the same figures per station and year', async () => {
    const json = JSON.parse((await std('air-days', DAILY, '--json')).stdout);
    expect([json.input, json.zoneClass, json.partialDayRule]).toEqual(['daily', 2, 'exceedingCounts']);
    const [a, b] = json.stations;
    expect(a.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024]);
    const y = a.years[1];
    expect(y.compliance).toMatchObject({ calendarDays: 366, daysWithData: 4, partialDays: 1, monitoringDays: 3, compliantDays: 1, complianceRate: '33.3' });
    const pm25 = y.compliance.factors.find((f: { pollutant: string }) => f.pollutant === 'pm25');
    expect(pm25).toMatchObject({ validDays: 4, exceedingDays: 1, maxExceedance: { date: '2024-01-01', value: '80', limit: 75, multiple: '0.067' } });
    expect(y.aqi).toMatchObject({ validDays: 3, goodDays: 1, goodDayShare: '33.3' });
    expect(y.comparison[0]).toMatchObject({ name: 'PM2.5年均浓度', previous: '38', current: '46', direction: 'up', assessment: 'worse', amount: '21.1' });
    expect(b.years[0].compliance).toMatchObject({ monitoringDays: 1, compliantDays: 1, complianceRate: '100.0' });
  });

  it('zone class 1 judges against the class-1 limits (PM2.5 35, PM10 50, O3 100)', async () => {
    const json = JSON.parse((await std('air-days', DAILY, '--zone-class', '1', '--json')).stdout);
    // every day of A in 2024 has PM10 ≥ 60 > 50 → 0 compliant; the CO-missing day counts because PM10 exceeds
    expect(json.stations[0].years[1].compliance).toMatchObject({ monitoringDays: 4, compliantDays: 0, complianceRate: '0.0' });
  });

  it('a bad file: exit code 1, the message names row, column and value; nothing is printed', async () => {
    const bad = await std('air-days', file('bad.csv', 'station,date,so2,no2,co,o3_8h,pm10,pm25\nA,2024-01-01,8,30,0.8,100,60,35\nA,2024-01-02,8,30,0.8,100,60,3x\n'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('错误：第3行 pm25 的值"3x"无效');
    expect(bad.stdout).toBe('');
    const repeated = await std('air-days', file('repeat.csv', 'station,date,so2,no2,co,o3_8h,pm10,pm25\nA,2024-01-01,8,30,0.8,100,60,35\nA,2024-01-01,8,30,0.8,100,60,35\n'));
    expect(repeated.stderr).toContain('第3行 date 的值"A 2024-01-01"无效，应为每个站点每日一行（与第2行重复）');
    const header = await std('air-days', file('header.csv', 'station,day,pm25\nA,2024-01-01,35\n'));
    expect(header.code).toBe(1);
    expect(header.stderr).toContain('第1行 表头 的值"station,day,pm25"无效');
    expect((await std('air-days', DAILY, '--zone-class', '3')).stderr).toContain('--zone-class 的值"3"无效');
  });
});

describe('parkeco std air-days — hourly data', () => {
  // Two days of end-labelled hours: 2024-03-01 clean, 2024-03-02 PM2.5 90 every hour.
  const lines = ['station,time,so2,no2,co,o3,pm10,pm25'];
  for (const [day, pm25] of [['2024-03-01', 30], ['2024-03-02', 90]] as const) {
    for (let h = 1; h <= 24; h++) lines.push(`园区站,${h === 24 ? `${day} 24:00` : `${day} ${String(h).padStart(2, '0')}:00`},10,30,0.8,60,50,${pm25}`);
  }
  const HOURLY = file('hourly.csv', lines.join('\n'));

  it('hourly rows become daily values first; the header tells which', async () => {
    const json = JSON.parse((await std('air-days', HOURLY, '--json')).stdout);
    expect(json.input).toBe('hourly');
    const y = json.stations[0].years[0];
    // (90 − 75)/75 = 0.2
    expect(y.compliance).toMatchObject({ monitoringDays: 2, compliantDays: 1, exceedingDays: 1, complianceRate: '50.0' });
    expect(y.compliance.factors.find((f: { pollutant: string }) => f.pollutant === 'pm25').maxExceedance).toEqual({ date: '2024-03-02', value: '90', limit: 75, multiple: '0.200' });
    // PM2.5 90 → IAQI 100 + ⌈50 × 15/40⌉ = 119 (HJ 633-2012)
    expect(y.aqi).toMatchObject({ validDays: 2, goodDays: 1, goodDayShare: '50.0', max: { date: '2024-03-02', aqi: 119 } });
    const text = (await std('air-days', HOURLY)).stdout;
    expect(text).toContain('站点：园区站（小时数据，二类区）');
    expect(text).toContain('有效监测天数 2，达标天数 1，超标天数 1，达标率 50.0%');
  });

  it('a bad hourly cell is refused the same way', async () => {
    const bad = await std('air-days', file('hourly-bad.csv', `${lines.slice(0, 3).join('\n')}\n园区站,2024-03-01 03:00,10,30,0.8,-60,50,30\n`));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('第4行 o3 的值"-60"无效');
  });
});
