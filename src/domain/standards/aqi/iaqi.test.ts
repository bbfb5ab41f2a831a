import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { iaqi } from './iaqi.js';
import { IAQI_BREAKPOINTS, IAQI_LEVELS } from './iaqiBreakpoints.js';
import type { AqiVersion, BreakpointColumn } from './types.js';

const V12 = { version: '2012' } as const;
const V26 = { version: '2026' } as const;

// standards.md §1.9, single IAQI values: [column, C, IAQI 2012, IAQI 2026].
const SINGLE: [BreakpointColumn, number, number | null, number][] = [
  ['pm25_24h', 35, 50, 50],
  ['pm25_24h', 36, 52, 52],
  ['pm25_24h', 75, 100, 114],
  ['pm25_24h', 76, 102, 115],
  ['pm25_24h', 80, 107, 119],
  ['pm25_24h', 160, 210, 210],
  ['pm10_24h', 100, 75, 86],
  ['pm10_24h', 150, 100, 112],
  ['so2_24h', 200, 108, 108],
  ['no2_24h', 100, 110, 110],
  ['no2_1h', 350, 115, 115],
  ['co_24h', 1.5, 38, 38],
  ['co_24h', 2.2, 55, 55],
  ['co_1h', 12.3, 105, 105],
  ['o3_8h', 101, 51, 51],
  ['o3_8h', 170, 110, 110],
  ['o3_1h', 250, 125, 125],
  ['so2_1h', 700, 167, 167],
  ['so2_1h', 801, null, 200], // 2012: not computed from the 1-hour column (use 24 h)
  ['o3_8h', 850, null, 300], // 2012: not computed from the 8-hour column (use 1 h)
];

describe('iaqi — standards.md §1.9 single values', () => {
  it.each(SINGLE)('%s %s → 2012 %s, 2026 %s', (column, c, i2012, i2026) => {
    expect(iaqi(column, c, V12)).toBe(i2012);
    expect(iaqi(column, c, V26)).toBe(i2026);
  });

  it('CO 2.2 mg/m³ is 55, where floating point gives 56', () => {
    expect(Math.ceil(((100 - 50) / (4 - 2)) * (2.2 - 2) + 50)).toBe(56);
    expect(iaqi('co_24h', 2.2, { date: '2024-06-01' })).toBe(55);
  });
});

// standards.md §1.9, concentration-rounding pipeline: raw daily mean → GB/T 8170 → IAQI.
describe('iaqi — rounds the concentration by GB/T 8170 first', () => {
  it.each([
    ['pm25_24h', 75.5, 102, 115],
    ['pm25_24h', 74.5, 99, 113],
    ['pm25_24h', 60.5, 82, 100],
    ['pm25_24h', 35.5, 52, 52],
    ['pm25_24h', 36.5, 52, 52],
    ['co_24h', 2.25, 55, 55],
    ['co_24h', 2.35, 60, 60],
    ['co_24h', 4.05, 100, 100],
  ] as const)('%s raw %s → 2012 %s, 2026 %s', (column, c, i2012, i2026) => {
    expect(iaqi(column, c, V12)).toBe(i2012);
    expect(iaqi(column, c, V26)).toBe(i2026);
  });

  it('accepts decimal strings', () => {
    expect(iaqi('co_24h', '2.25', V26)).toBe(55);
  });
});

describe('iaqi — edges', () => {
  it('is 0 at zero concentration', () => {
    expect(iaqi('pm25_24h', 0, V26)).toBe(0);
  });

  it('caps at 500 above the top breakpoint [INTERPRETATION]: PM2.5 800 → 500', () => {
    expect(iaqi('pm25_24h', 800, V26)).toBe(500);
    expect(iaqi('co_1h', 151, V12)).toBe(500);
  });

  it('is NA (null) for a null concentration', () => {
    expect(iaqi('pm25_24h', null, V26)).toBeNull();
  });

  it('evaluates PM 1-hour means on the daily-mean column in 2026 and has no PM 1-hour sub-index in 2012', () => {
    expect(iaqi('pm25_1h', 75, V26)).toBe(114);
    expect(() => iaqi('pm25_1h', 75, V12)).toThrow(StandardInputError);
  });

  it('selects the edition by date: 2026-02-28 → 2012, 2026-03-01 → 2026', () => {
    expect(iaqi('pm25_24h', 75, { date: '2026-02-28' })).toBe(100);
    expect(iaqi('pm25_24h', 75, { date: '2026-03-01' })).toBe(114);
    expect(iaqi('pm25_24h', 75, { date: new Date('2026-02-28T16:00:00Z') })).toBe(114); // 2026-03-01 00:00 in Shanghai
  });
});

const VERSIONS: AqiVersion[] = ['2012', '2026'];
const columns = (v: AqiVersion) => Object.entries(IAQI_BREAKPOINTS[v]) as [BreakpointColumn, readonly number[]][];

describe('iaqi — properties over the whole table, both versions', () => {
  it('equals the breakpoint index at every breakpoint', () => {
    for (const v of VERSIONS) {
      for (const [column, bp] of columns(v)) {
        bp.forEach((c, i) => expect(iaqi(column, c, { version: v }), `${v} ${column} ${c}`).toBe(IAQI_LEVELS[i]));
      }
    }
  });

  it('never decreases as the concentration rises (dense grid, steps of 0.25 or 0.025 mg/m³ for CO)', () => {
    for (const v of VERSIONS) {
      for (const [column, bp] of columns(v)) {
        const step = column.startsWith('co') ? 0.025 : 0.25;
        let last = -1;
        for (let k = 0; k * step <= bp[bp.length - 1] * 1.25; k++) {
          const value = iaqi(column, Number((k * step).toFixed(3)), { version: v });
          if (value === null) continue; // 2012 special rule above 800
          expect(value, `${v} ${column} ${k * step}`).toBeGreaterThanOrEqual(last);
          last = value;
        }
      }
    }
  });

  it('equals ⌈formula (1)⌉ evaluated in decimal.js for every integer (CO: every 0.1) concentration', () => {
    for (const v of VERSIONS) {
      for (const [column, bp] of columns(v)) {
        const scale = column.startsWith('co') ? 10 : 1;
        for (let k = 0; k <= bp[bp.length - 1] * scale; k++) {
          const c = new Decimal(k).div(scale);
          const i = bp.findIndex((b) => c.lte(b));
          const exact =
            i === 0
              ? new Decimal(0)
              : new Decimal(IAQI_LEVELS[i] - IAQI_LEVELS[i - 1]).div(bp[i] - bp[i - 1]).times(c.minus(bp[i - 1])).plus(IAQI_LEVELS[i - 1]);
          expect(iaqi(column, c.toNumber(), { version: v }), `${v} ${column} ${c}`).toBe(exact.ceil().toNumber());
        }
      }
    }
  });
});

describe('iaqi — bad input (StandardInputError naming field and value)', () => {
  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY, 'abc', undefined])('refuses %s', (c) => {
    expect(() => iaqi('pm25_24h', c as never, V26)).toThrow(StandardInputError);
  });

  it('says which field and which value, in Chinese', () => {
    expect(() => iaqi('pm25_24h', -1, V26)).toThrow('pm25_24h 的值"-1"无效，应为非负数（浓度），缺测用 null');
    expect(() => iaqi('pm25_24h', Number.NaN, V26)).toThrow('pm25_24h 的值"NaN"无效');
    expect(() => iaqi('pm2.5' as never, 1, V26)).toThrow('indicator 的值"pm2.5"无效');
    expect(() => iaqi('pm25_24h', 1, { version: '2020' as never })).toThrow('version 的值"2020"无效');
    expect(() => iaqi('pm25_24h', 1, { date: '2015-12-31' })).toThrow('date 的值"2015-12-31"无效');
    expect(() => iaqi('pm25_24h', 1, { date: '2024-02-30' })).toThrow('应为日期 YYYY-MM-DD');
  });
});
