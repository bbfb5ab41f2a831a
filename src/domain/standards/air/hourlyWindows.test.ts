import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { max1hOfDay, mda8Kept, mda8OfDay, meanOfHours, readDailyMeans, readDailyO3, readHours } from './hourlyWindows.js';

/** Deterministic PRNG (mulberry32) so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A day of hourly values with 0–3 decimals, ~10 % missing, many exact halves. */
function randomDay(next: () => number): (number | null)[] {
  return Array.from({ length: 24 }, () => {
    if (next() < 0.1) return null;
    const decimals = Math.floor(next() * 4);
    const v = Math.floor(next() * 400 * 10 ** decimals) / 10 ** decimals;
    return next() < 0.2 ? Math.floor(v) + 0.5 : v;
  });
}

/** decimal.js reference: mean of the valid values, rounded half-even to `decimals`. */
function refMean(values: (number | null)[], decimals: number): Decimal | null {
  const valid = values.filter((v): v is number => v !== null).map((v) => new Decimal(v));
  if (valid.length === 0) return null;
  return valid.reduce((a, b) => a.plus(b)).div(valid.length).toDecimalPlaces(decimals, Decimal.ROUND_HALF_EVEN);
}

const scaledDay = (values: (number | null)[]) => {
  const out = new Float64Array(24);
  readHours(values, 0, 24, out, (i) => `h${i}`);
  return out;
};

describe('hourlyWindows — the scaled-integer engine equals decimal.js on 2 000 random days', () => {
  it('daily means (0 and 1 decimals), MDA8 and daily max 1-hour', () => {
    const next = random(20260301);
    for (let n = 0; n < 2000; n++) {
      const day = randomDay(next);
      const hours = scaledDay(day);
      for (const decimals of [0, 1]) {
        const m = meanOfHours(hours, 0, 24, 1, decimals);
        const ref = refMean(day, decimals);
        expect(m.rounded === null ? null : new Decimal(m.rounded).div(10 ** decimals).toString(), JSON.stringify(day)).toBe(ref?.toString() ?? null);
      }
      const windows = Array.from({ length: 17 }, (_, k) => day.slice(k, k + 8)).filter((w) => w.filter((v) => v !== null).length >= 6);
      const exactMeans = windows.map((w) => {
        const valid = w.filter((v): v is number => v !== null).map((v) => new Decimal(v));
        return valid.reduce((a, b) => a.plus(b)).div(valid.length);
      });
      const refMax = exactMeans.length ? Decimal.max(...exactMeans).toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN).toNumber() : null;
      const mda8 = mda8OfDay(hours, -1); // a limit below every value: valid whenever a window is
      expect(mda8.validWindows).toBe(windows.length);
      expect(mda8.rounded, JSON.stringify(day)).toBe(refMax);
      const valid = day.filter((v): v is number => v !== null);
      const max1h = max1hOfDay(hours, 0, 1);
      expect(max1h.rounded).toBe(valid.length ? new Decimal(Math.max(...valid)).toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN).toNumber() : null);
    }
  });
});

describe('readDailyMeans, readDailyO3 — a series at once, as the per-day functions give it day by day', () => {
  it('300 random days in one series', () => {
    const next = random(20261207);
    const days = 300;
    const series = Array.from({ length: days }, () => randomDay(next)).flat();
    const hours = new Float64Array(series.length);
    readHours(series, 0, series.length, hours, (i) => `h${i}`);
    const o3 = { max8h: new Float64Array(days), validWindows: new Uint8Array(days), max1h: new Float64Array(days), validHours: new Uint8Array(days) };
    readDailyO3(series, days, o3, (i) => `h${i}`);
    const orNull = (x: number) => (Number.isNaN(x) ? null : x);
    for (const decimals of [0, 1]) {
      const means = { rounded: new Float64Array(days), validHours: new Uint8Array(days) };
      readDailyMeans(series, days, 20, decimals, means, (i) => `h${i}`);
      for (let d = 0; d < days; d++) {
        const m = meanOfHours(hours, d * 24, d * 24 + 24, 20, decimals);
        expect([orNull(means.rounded[d]), means.validHours[d]]).toEqual([m.rounded, m.validHours]);
      }
    }
    for (let d = 0; d < days; d++) {
      for (const limit of [-1, 160, 1000]) {
        const m = mda8OfDay(hours, limit, d * 24);
        const kept = mda8Kept(o3.validWindows[d], o3.max8h[d], limit);
        expect([kept ? o3.max8h[d] : null, o3.validWindows[d]]).toEqual([m.rounded, m.validWindows]);
      }
      const h1 = max1hOfDay(hours, 0, 20, d * 24);
      expect([orNull(o3.max1h[d]), o3.validHours[d]]).toEqual([h1.rounded, h1.validHours]);
    }
  });

  it('name a bad value by its index in the series', () => {
    const series = Array(48).fill(1) as unknown[];
    series[30] = -1;
    const out = { rounded: new Float64Array(2), validHours: new Uint8Array(2) };
    expect(() => readDailyMeans(series as never, 2, 20, 0, out, (i) => `pm25[${i}]`)).toThrow('pm25[30] 的值"-1"无效');
    const o3 = { max8h: new Float64Array(2), validWindows: new Uint8Array(2), max1h: new Float64Array(2), validHours: new Uint8Array(2) };
    expect(() => readDailyO3(series as never, 2, o3, (i) => `o3[${i}]`)).toThrow('o3[30] 的值"-1"无效');
  });
});

describe('readHours — bad values name their field', () => {
  it.each([Number.NaN, -0.5, Number.POSITIVE_INFINITY, 1e6, 0.1234567, undefined, '12'])('refuses %s', (v) => {
    const values = Array(24).fill(1) as unknown[];
    values[7] = v;
    expect(() => readHours(values as never, 0, 24, new Float64Array(24), (i) => `pm25[${i}]`)).toThrow(StandardInputError);
    expect(() => readHours(values as never, 0, 24, new Float64Array(24), (i) => `pm25[${i}]`)).toThrow('pm25[7] 的值');
  });
});
