import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { dailyAqi, type DailyAqiInput } from './dailyAqi.js';

const V12 = { version: '2012' } as const;
const V26 = { version: '2026' } as const;
const day = (pm25: number, pm10: number, so2: number, no2: number, co: number, o3_8h: number, o3_1h: number): DailyAqiInput => ({
  pm25,
  pm10,
  so2,
  no2,
  co,
  o3_8h,
  o3_1h,
});
const iaqis = (r: ReturnType<typeof dailyAqi>) => Object.fromEntries(r.subIndices.map((s) => [s.indicator, s.iaqi]));

// standards.md §1.9, full daily AQI D1–D5.
describe('dailyAqi — vectors D1–D5', () => {
  it('D1: 2012 → 110, O3 (8h), 轻度污染; 2026 → 119, PM2.5', () => {
    const d = day(80, 120, 10, 45, 1.2, 170, 210);
    const a = dailyAqi(d, V12);
    expect(iaqis(a)).toEqual({ pm25_24h: 107, pm10_24h: 85, so2_24h: 10, no2_24h: 57, co_24h: 30, o3_8h: 110, o3_1h: 105 });
    expect(a.aqi).toBe(110);
    expect(a.primaryPollutants).toEqual(['o3_8h']);
    expect(a.category?.name).toBe('轻度污染');
    expect(a.category?.hex).toBe('#FF7E00');
    const b = dailyAqi(d, V26);
    expect(iaqis(b)).toEqual({ pm25_24h: 119, pm10_24h: 100, so2_24h: 10, no2_24h: 57, co_24h: 30, o3_8h: 110 });
    expect(b.aqi).toBe(119);
    expect(b.primaryPollutants).toEqual(['pm25_24h']);
    expect(b.category?.name).toBe('轻度污染');
  });

  it('D2: 45, no primary pollutant (AQI ≤ 50), 优, both versions', () => {
    const d = day(30, 45, 8, 30, 0.6, 90, 120);
    const a = dailyAqi(d, V12);
    expect(iaqis(a)).toEqual({ pm25_24h: 43, pm10_24h: 45, so2_24h: 8, no2_24h: 38, co_24h: 15, o3_8h: 45, o3_1h: 38 });
    expect([a.aqi, a.primaryPollutants, a.category?.name]).toEqual([45, [], '优']);
    const b = dailyAqi(d, V26);
    expect([b.aqi, b.primaryPollutants, b.category?.name]).toEqual([45, [], '优']);
  });

  it('D3: 2012 → 85, PM10, 良; 2026 → 100, PM2.5 and PM10 tie, 良', () => {
    const d = day(60, 120, 20, 50, 0.8, 110, 150);
    const a = dailyAqi(d, V12);
    expect(iaqis(a)).toEqual({ pm25_24h: 82, pm10_24h: 85, so2_24h: 20, no2_24h: 63, co_24h: 20, o3_8h: 59, o3_1h: 47 });
    expect([a.aqi, a.primaryPollutants, a.category?.name]).toEqual([85, ['pm10_24h'], '良']);
    const b = dailyAqi(d, V26);
    expect(b.aqi).toBe(100);
    expect(b.primaryPollutants.sort()).toEqual(['pm10_24h', 'pm25_24h']);
    expect(b.category?.name).toBe('良');
  });

  it('D4: 310, PM2.5, 严重污染 #7E0023, both versions', () => {
    const d = day(260, 380, 30, 70, 2.2, 60, 90);
    const a = dailyAqi(d, V12);
    expect(iaqis(a)).toEqual({ pm25_24h: 310, pm10_24h: 243, so2_24h: 30, no2_24h: 88, co_24h: 55, o3_8h: 30, o3_1h: 29 });
    expect([a.aqi, a.primaryPollutants, a.category?.name, a.category?.hex]).toEqual([310, ['pm25_24h'], '严重污染', '#7E0023']);
    const b = dailyAqi(d, V26);
    expect([b.aqi, b.primaryPollutants, b.category?.name]).toEqual([310, ['pm25_24h'], '严重污染']);
  });

  it('D5: O3 8h 850 — 2012 uses O3 1h (350, 严重污染); 2026 counts 300 (重度污染 #99004C)', () => {
    const d = day(40, 60, 10, 30, 0.9, 850, 900);
    const a = dailyAqi(d, V12);
    const o3 = a.subIndices.find((s) => s.indicator === 'o3_8h');
    expect(o3?.iaqi).toBeNull();
    expect(o3?.note).toContain('按1小时');
    expect([a.aqi, a.primaryPollutants, a.category?.name]).toEqual([350, ['o3_1h'], '严重污染']);
    const b = dailyAqi(d, V26);
    expect(b.subIndices.find((s) => s.indicator === 'o3_8h')?.iaqi).toBe(300);
    expect([b.aqi, b.primaryPollutants, b.category?.name, b.category?.hex]).toEqual([300, ['o3_8h'], '重度污染', '#99004C']);
  });
});

describe('dailyAqi — rules', () => {
  it('2026 edge: PM2.5 60 and PM10 120 → both 100, AQI 100, primary [PM2.5, PM10]', () => {
    const r = dailyAqi({ pm25: 60, pm10: 120, so2: 5, no2: 10, co: 0.3, o3_8h: 50 }, V26);
    expect(r.aqi).toBe(100);
    expect(r.primaryPollutants).toEqual(['pm10_24h', 'pm25_24h']);
  });

  it('publishes the rounded concentrations (GB/T 8170): CO 2.25 → 2.2, PM2.5 74.5 → 74', () => {
    const r = dailyAqi({ pm25: 74.5, pm10: 40, so2: 5, no2: 10, co: 2.25, o3_8h: 50 }, V26);
    expect(r.subIndices.find((s) => s.field === 'co')).toMatchObject({ concentration: '2.2', iaqi: 55 });
    expect(r.subIndices.find((s) => s.field === 'pm25')).toMatchObject({ concentration: '74', iaqi: 113 });
  });

  it('lists non-attainment pollutants (IAQI > 100) under 2012 only', () => {
    const d = day(80, 120, 10, 45, 1.2, 170, 210);
    expect(dailyAqi(d, V12).nonAttainmentPollutants).toEqual(['pm25_24h', 'o3_8h', 'o3_1h']);
    expect(dailyAqi(d, V26).nonAttainmentPollutants).toBeNull();
  });

  it('names the HJ 633-2026 表2 sensitive groups of pollutants above IAQI 100 (2026 only)', () => {
    const d = day(80, 120, 10, 45, 1.2, 170, 210);
    expect(dailyAqi(d, V26).sensitiveGroups).toEqual([
      { pollutant: 'pm25', groups: '患有心血管系统疾病或呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人' },
      { pollutant: 'o3', groups: '患有呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人' },
    ]);
    expect(dailyAqi(d, V12).sensitiveGroups).toBeNull();
  });

  it('selects the edition by the date of the data', () => {
    const d = day(80, 120, 10, 45, 1.2, 170, 210);
    expect(dailyAqi(d, { date: '2026-02-28' }).standard).toContain('HJ 633-2012');
    expect(dailyAqi(d, { date: '2026-03-01' }).standard).toContain('HJ 633-2026');
  });

  it('ignores O3 1-hour under 2026, where it is not part of the daily AQI', () => {
    const r = dailyAqi(day(30, 45, 8, 30, 0.6, 90, 900), V26);
    expect(r.aqi).toBe(45);
    expect(r.subIndices.map((s) => s.indicator)).not.toContain('o3_1h');
  });
});

describe('dailyAqi — NA (null) and HJ 633-2026 §5.3.1', () => {
  it('2026: a missing pollutant with AQI of the rest ≤ 100 → AQI and category NA, sub-indices published', () => {
    const r = dailyAqi({ pm25: 30, pm10: 45, so2: null, no2: 30, co: 0.6, o3_8h: 90 }, V26);
    expect(r.aqi).toBeNull();
    expect(r.aqiOfAvailable).toBe(45);
    expect(r.category).toBeNull();
    expect(r.missing).toEqual(['so2']);
    expect(r.subIndices.find((s) => s.field === 'so2')).toMatchObject({ concentration: null, iaqi: null });
  });

  it('2026: a missing pollutant with AQI of the rest > 100 → published', () => {
    const r = dailyAqi({ pm25: 80, pm10: null, so2: 10, no2: 45, co: 1.2, o3_8h: 170 }, V26);
    expect(r.aqi).toBe(119);
    expect(r.category?.name).toBe('轻度污染');
    expect(r.primaryPollutants).toEqual(['pm25_24h']);
  });

  it('2012: a missing pollutant → no AQI [INTERPRETATION]', () => {
    const r = dailyAqi(day(80, 120, 10, 45, 1.2, 170, 210), V12);
    expect(r.aqi).toBe(110);
    const m = dailyAqi({ ...day(80, 120, 10, 45, 1.2, 170, 210), o3_1h: null }, V12);
    expect(m.aqi).toBeNull();
    expect(m.aqiOfAvailable).toBe(110);
  });
});

describe('dailyAqi — bad input', () => {
  const good = day(30, 45, 8, 30, 0.6, 90, 120);

  it('a left-out pollutant throws, naming it', () => {
    const { so2: _, ...rest } = good;
    expect(() => dailyAqi(rest as DailyAqiInput, V26)).toThrow(StandardInputError);
    expect(() => dailyAqi(rest as DailyAqiInput, V26)).toThrow('so2 的值"（缺少）"无效');
  });

  it('2012 needs O3 1-hour', () => {
    const { o3_1h: _, ...rest } = good;
    expect(() => dailyAqi(rest, V12)).toThrow('o3_1h 的值"（缺少）"无效');
    expect(dailyAqi(rest, V26).aqi).toBe(45);
  });

  it('NaN, negative and unknown fields throw, naming field and value', () => {
    expect(() => dailyAqi({ ...good, pm25: Number.NaN }, V26)).toThrow('pm25 的值"NaN"无效');
    expect(() => dailyAqi({ ...good, co: -0.1 }, V26)).toThrow('co 的值"-0.1"无效');
    expect(() => dailyAqi({ ...good, 'pm2.5': 3 } as DailyAqiInput, V26)).toThrow('pm2.5 的值"3"无效，应为以下字段之一');
  });
});
