import { describe, expect, it } from 'vitest';
import { addDays } from '../_lib/calendarDate.js';
import { StandardInputError } from '../StandardInputError.js';
import { airComplianceDays, type AirDayValues } from './airComplianceDays.js';

type Values = AirDayValues['values'];
const CLEAN: Values = { so2: 8, no2: 30, co: 0.8, o3_8h: 100, pm10: 40, pm25: 30 };
const day = (date: string, values: Partial<Values> = {}): AirDayValues => ({ date, values: { ...CLEAN, ...values } });
const NONE: Values = { so2: null, no2: null, co: null, o3_8h: null, pm10: null, pm25: null };

// 2024 (a leap year), zone class 2, GB 3095-2012 24-hour limits: SO2 150, NO2 80, CO 4, PM10 150, PM2.5 75; O3 8-hour 160.
const YEAR_2024: AirDayValues[] = [
  day('2024-01-01', { pm25: 80, pm10: 160 }), // exceeds on two factors: one 超标天, one exceedance day each
  day('2024-02-29'), // the leap day
  day('2024-03-01', { pm25: null }), // partial, nothing exceeds
  day('2024-03-02', { pm25: null, o3_8h: 170 }), // partial, O3 exceeds
  { date: '2024-03-03', values: NONE }, // no valid factor
  day('2024-06-01', { pm25: 185 }), // (185 − 75)/75 = 1.4666… → 1.467
  day('2024-06-02', { pm25: 75.5 }), // published 76 (GB/T 8170 half-even) → exceeds
  day('2024-06-03', { pm25: 75.4 }), // published 75 → complies
  day('2024-12-31', { so2: 150, co: 4.0 }), // at the limits → complies
];

describe('airComplianceDays — hand counts on 2024 (366 days)', () => {
  it('default rule: a partial day counts only when a valid factor exceeds (UNCONFIRMED choice)', () => {
    const y = airComplianceDays(YEAR_2024, { year: 2024 });
    expect(y).toMatchObject({
      year: 2024,
      zoneClass: 2,
      partialDayRule: 'exceedingCounts',
      calendarDays: 366,
      daysWithData: 9,
      partialDays: 2,
      // 01-01, 02-29, 03-02, 06-01, 06-02, 06-03, 12-31
      monitoringDays: 7,
      // 02-29, 06-03, 12-31
      compliantDays: 3,
      exceedingDays: 4,
      // 3/7 = 42.857… %
      complianceRate: '42.9',
      standards: ['GB 3095-2012 环境空气质量标准（含2018年修改单）'],
    });
  });

  it('per factor: valid days, exceedance days and the largest multiple with its date', () => {
    const f = Object.fromEntries(airComplianceDays(YEAR_2024, { year: 2024 }).factors.map((x) => [x.pollutant, x]));
    expect(f.pm25).toMatchObject({ averaging: '24h', unit: 'µg/m³', validDays: 6, exceedingDays: 3 });
    expect(f.pm25.maxExceedance).toEqual({ date: '2024-06-01', value: '185', limit: 75, multiple: '1.467' });
    expect(f.pm10).toMatchObject({ validDays: 8, exceedingDays: 1, maxExceedance: { date: '2024-01-01', value: '160', limit: 150, multiple: '0.067' } });
    // (170 − 160)/160 = 0.0625 → 0.062 (GB/T 8170: an exact half goes to the even digit)
    expect(f.o3).toMatchObject({ averaging: '8h', validDays: 8, exceedingDays: 1, maxExceedance: { date: '2024-03-02', multiple: '0.062' } });
    expect(f.co).toMatchObject({ unit: 'mg/m³', validDays: 8, exceedingDays: 0, maxExceedance: null });
    expect(f.so2.maxExceedance).toBeNull();
  });

  it('the alternative rules for partial days, as data', () => {
    const excluded = airComplianceDays(YEAR_2024, { year: 2024, partialDay: 'excluded' });
    expect([excluded.monitoringDays, excluded.compliantDays, excluded.complianceRate]).toEqual([6, 3, '50.0']);
    const valid = airComplianceDays(YEAR_2024, { year: 2024, partialDay: 'validFactorsDecide' });
    expect([valid.monitoringDays, valid.compliantDays, valid.complianceRate]).toEqual([8, 4, '50.0']);
    // per-factor counts do not depend on the rule
    expect(excluded.factors.map((x) => x.exceedingDays)).toEqual(valid.factors.map((x) => x.exceedingDays));
  });

  it('a full leap year counts 366 monitoring days, a common year 365', () => {
    const leap = Array.from({ length: 366 }, (_, i) => day(addDays('2024-01-01', i)));
    expect(airComplianceDays(leap, { year: 2024 })).toMatchObject({ calendarDays: 366, monitoringDays: 366, compliantDays: 366, complianceRate: '100.0' });
    const common = Array.from({ length: 365 }, (_, i) => day(addDays('2023-01-01', i), { pm25: i < 73 ? 76 : 75 }));
    // 292/365 = 80 %
    expect(airComplianceDays(common, { year: 2023 })).toMatchObject({ calendarDays: 365, monitoringDays: 365, compliantDays: 292, complianceRate: '80.0' });
  });

  it('zone class 1 judges against the class-1 limits (PM2.5 35, O3 100)', () => {
    const y = airComplianceDays([day('2024-05-01', { pm25: 36 }), day('2024-05-02', { o3_8h: 101 }), day('2024-05-03', { pm25: 35, o3_8h: 100 })], { year: 2024, zoneClass: 1 });
    expect([y.monitoringDays, y.compliantDays]).toEqual([3, 1]);
    expect(y.factors.find((x) => x.pollutant === 'pm25')?.maxExceedance).toMatchObject({ limit: 35, multiple: '0.029' });
  });

  it('each day by the edition in force: 2026-03-01 brings the transition limit PM2.5 60; the largest multiple is by C/S, not by C', () => {
    const y = airComplianceDays(
      [day('2026-02-01', { pm25: 70 }), day('2026-02-02', { pm25: 110 }), day('2026-03-01', { pm25: 70 }), day('2026-03-02', { pm25: 90 })],
      { year: 2026 },
    );
    // 70 ≤ 75 complies before March; 110 → 0.467; 70 > 60; 90 → (90 − 60)/60 = 0.5
    expect([y.monitoringDays, y.compliantDays]).toEqual([4, 1]);
    expect(y.standards).toHaveLength(2);
    expect(y.factors.find((x) => x.pollutant === 'pm25')?.maxExceedance).toEqual({ date: '2026-03-02', value: '90', limit: 60, multiple: '0.500' });
  });

  it('CO is judged at one decimal: 4.04 is published 4.0 and complies, 4.05 is 4.0 too (half-even), 4.06 is 4.1', () => {
    const y = airComplianceDays([day('2024-01-01', { co: 4.04 }), day('2024-01-02', { co: 4.05 }), day('2024-01-03', { co: 4.06 })], { year: 2024 });
    expect(y.factors.find((x) => x.pollutant === 'co')).toMatchObject({ exceedingDays: 1, maxExceedance: { date: '2024-01-03', value: '4.1', limit: 4, multiple: '0.025' } });
  });

  it('ties for the largest multiple go to the earliest day', () => {
    const y = airComplianceDays([day('2024-08-02', { pm25: 90 }), day('2024-08-01', { pm25: 90 })], { year: 2024 });
    expect(y.factors.find((x) => x.pollutant === 'pm25')?.maxExceedance?.date).toBe('2024-08-01');
  });

  it('refuses a day outside the year, a repeated day, a bad date, a bad value and an unknown rule', () => {
    expect(() => airComplianceDays([day('2023-12-31')], { year: 2024 })).toThrow('rows[0].date 的值"2023-12-31"无效，应为2024年内的日期');
    expect(() => airComplianceDays([day('2024-01-01'), day('2024-01-01')], { year: 2024 })).toThrow('rows[1].date 的值"2024-01-01"无效，应为每日只出现一次的日期');
    expect(() => airComplianceDays([day('2023-02-29')], { year: 2023 })).toThrow('日期 YYYY-MM-DD');
    expect(() => airComplianceDays([day('2024-01-01', { no2: -1 })], { year: 2024 })).toThrow('rows[0].values.no2 的值"-1"无效');
    expect(() => airComplianceDays([], { year: 2024, partialDay: 'any' as never })).toThrow(StandardInputError);
    expect(() => airComplianceDays([], { year: 2024, zoneClass: 3 as never })).toThrow('zoneClass');
  });
});
