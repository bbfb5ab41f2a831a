import { roundHalfEvenDiv } from '../_lib/integer.js';
import { MAX_SCALED_VALUE, SCALE, toScaled } from '../_lib/scaled.js';
import { StandardInputError } from '../StandardInputError.js';
import { CONCENTRATION_DECIMALS } from './concentrationDecimals.js';
import { GB3095_VALIDITY } from './gb3095Validity.js';
import { HJ663_RULES } from './hj663Rules.js';

/**
 * Exact computations on hourly data in scaled integers (see `_lib/scaled.ts`): the engine behind
 * {@link dailyMean}, {@link eightHourMean}, {@link o3DailyMax8h} and the hourly series. Verified against a
 * decimal.js reference in `hourlyWindows.test.ts`.
 */

/** Hourly means as given: null = missing or invalid hour. */
export type HourlyValues = ArrayLike<number | null>;

/**
 * Reads `count` hours from `values[start]` into `out` as scaled integers, NaN for a missing hour.
 * Throws {@link StandardInputError} (field from `fieldOf(index)`) for anything but null or a finite,
 * non-negative number with at most six decimals below 1 000 000.
 */
export function readHours(values: HourlyValues, start: number, count: number, out: Float64Array, fieldOf: (i: number) => string): void {
  for (let h = 0; h < count; h++) out[h] = scaledHour(values, start + h, fieldOf);
}

/**
 * `values[i]` as a scaled integer, NaN when null; throws as {@link readHours} says. The series readers test the
 * common case (null or a whole number) in their loops first and call this for the rest: a call per hour costs most
 * while the loop still runs unoptimized, which is the first stations of a batch.
 */
function scaledHour(values: HourlyValues, i: number, fieldOf: (i: number) => string): number {
  const v = values[i];
  if (v === null) return Number.NaN;
  // Whole numbers (most hourly values) scale exactly without rounding; the rest through toScaled.
  if (typeof v === 'number' && (v | 0) === v && v >= 0 && v < MAX_SCALED_VALUE) return v * SCALE;
  const s = typeof v === 'number' && v >= 0 ? toScaled(v) : null;
  if (s === null) throw new StandardInputError(fieldOf(i), v, '非负数，最多6位小数且小于1000000；缺测用 null');
  return s;
}

/** A mean of `n` scaled values summing to `sum`, GB/T 8170-rounded × 10^decimals; null below `minHours` (or without any). */
function roundedMean(sum: number, n: number, minHours: number, decimals: number): number | null {
  return n >= minHours && n > 0 ? roundHalfEvenDiv(sum * 10 ** decimals, n * SCALE) : null;
}

/**
 * Daily means of a whole series, read straight from `values` (24 hours a day, validated as {@link readHours}) without
 * an object per day: `rounded[d]` as {@link meanOfHours} rounds it (NaN when invalid), `validHours[d]` its hours.
 */
export function readDailyMeans(
  values: HourlyValues,
  days: number,
  minHours: number,
  decimals: number,
  out: { rounded: Float64Array; validHours: Uint8Array },
  fieldOf: (i: number) => string,
): void {
  for (let d = 0, i = 0; d < days; d++) {
    let sum = 0;
    let n = 0;
    for (const end = i + 24; i < end; i++) {
      const h = values[i];
      if (h === null) continue;
      sum += typeof h === 'number' && (h | 0) === h && h >= 0 && h < MAX_SCALED_VALUE ? h * SCALE : scaledHour(values, i, fieldOf);
      n++;
    }
    out.rounded[d] = roundedMean(sum, n, minHours, decimals) ?? Number.NaN;
    out.validHours[d] = n;
  }
}

/** A mean of scaled hours: valid hours, their scaled sum, and the GB/T 8170-rounded mean × 10^decimals (null if too few). */
export interface ScaledMean {
  validHours: number;
  sum: number;
  rounded: number | null;
}

/** Mean of `hours[from..to)` if at least `minHours` are valid. */
export function meanOfHours(hours: Float64Array, from: number, to: number, minHours: number, decimals: number): ScaledMean {
  let sum = 0;
  let validHours = 0;
  for (let h = from; h < to; h++) {
    const v = hours[h];
    if (v === v) {
      sum += v;
      validHours++;
    }
  }
  return { validHours, sum, rounded: roundedMean(sum, validHours, minHours, decimals) };
}

/** Per-day O3 figures of a series (see {@link readDailyO3}); NaN where a day has no value. */
export interface DailyO3 {
  /** Highest valid 8-hour mean, rounded × 10^decimals, before the HJ 663 validity rule ({@link mda8Kept}). */
  max8h: Float64Array;
  validWindows: Uint8Array;
  /** Highest valid hour, rounded × 10^decimals, when at least `HJ663_RULES.o3Max1hMinHours` hours are valid. */
  max1h: Float64Array;
  validHours: Uint8Array;
}

/** One day of scaled O3 hours, reused by {@link readDailyO3} (synchronous, keeps no reference). */
const o3Day = new Float64Array(24);

/**
 * O3 of a whole series (24 hours a day, validated as {@link readHours}) into `out`, day by day through one 24-hour
 * buffer: no object per day.
 */
export function readDailyO3(values: HourlyValues, days: number, out: DailyO3, fieldOf: (i: number) => string): void {
  for (let d = 0; d < days; d++) {
    for (let h = 0, i = d * 24; h < 24; h++, i++) {
      const v = values[i];
      o3Day[h] = v === null ? Number.NaN : typeof v === 'number' && (v | 0) === v && v >= 0 && v < MAX_SCALED_VALUE ? v * SCALE : scaledHour(values, i, fieldOf);
    }
    max8hInto(o3Day, 0, d, out);
    max1hInto(o3Day, 0, CONCENTRATION_DECIMALS.o3, HJ663_RULES.o3Max1hMinHours, d, out);
  }
}

/**
 * HJ 663 §6.1.2: a day's O3 maximum 8-hour mean (`rounded` × 10^decimals, NaN without a valid window) counts with
 * ≥ 14 valid windows, or with fewer when it exceeds `limit` (µg/m³).
 */
export function mda8Kept(validWindows: number, rounded: number, limit: number): boolean {
  return validWindows >= HJ663_RULES.mda8.minValidWindows || rounded > limit * 10 ** CONCENTRATION_DECIMALS.o3;
}

/**
 * O3 daily maximum 8-hour mean of a day's 24 scaled hours from `hours[offset]` (HJ 663 §6.1.2): the highest valid
 * 8-hour mean, rounded to an integer; valid with ≥ 14 valid windows, or fewer when it exceeds `limit` (µg/m³).
 * `rounded` is null when invalid.
 */
export function mda8OfDay(hours: Float64Array, limit: number, offset = 0): { validWindows: number; validByExceedance: boolean; rounded: number | null } {
  const m = { max8h: new Float64Array(1), validWindows: new Uint8Array(1) };
  max8hInto(hours, offset, 0, m);
  const validWindows = m.validWindows[0];
  const rounded = m.max8h[0];
  const kept = mda8Kept(validWindows, rounded, limit);
  return { validWindows, validByExceedance: kept && validWindows < HJ663_RULES.mda8.minValidWindows, rounded: kept ? rounded : null };
}

/**
 * Highest of the valid 8-hour means (≥ 6 hours) over a day's 24 hours from `hours[offset]` (windows ending 08:00 …
 * 24:00), rounded, into `out.max8h[d]` (NaN without any), and how many windows were valid into `out.validWindows[d]`.
 */
function max8hInto(hours: Float64Array, offset: number, d: number, out: Pick<DailyO3, 'max8h' | 'validWindows'>): void {
  const { firstWindowEndHour, lastWindowEndHour } = HJ663_RULES.mda8;
  const minHours = GB3095_VALIDITY.eightHourMinHours;
  let validWindows = 0;
  let bestSum = 0;
  let bestCount = 0;
  // One sliding window: each step adds the hour that ends it and drops the one 8 hours before (integer sums, exact).
  let sum = 0;
  let n = 0;
  for (let h = offset + firstWindowEndHour - 8; h < offset + firstWindowEndHour - 1; h++) {
    const v = hours[h];
    if (v === v) {
      sum += v;
      n++;
    }
  }
  for (let end = firstWindowEndHour; end <= lastWindowEndHour; end++) {
    const added = hours[offset + end - 1];
    if (added === added) {
      sum += added;
      n++;
    }
    if (end > firstWindowEndHour) {
      const dropped = hours[offset + end - 9];
      if (dropped === dropped) {
        sum -= dropped;
        n--;
      }
    }
    if (n < minHours) continue;
    validWindows++;
    // sum / n against bestSum / bestCount, cross-multiplied: exact in integers.
    if (bestCount === 0 || sum * bestCount > bestSum * n) {
      bestSum = sum;
      bestCount = n;
    }
  }
  out.max8h[d] = bestCount === 0 ? Number.NaN : roundHalfEvenDiv(bestSum * 10 ** CONCENTRATION_DECIMALS.o3, bestCount * SCALE);
  out.validWindows[d] = validWindows;
}

/** Highest valid hour of the day (24 hours from `hours[offset]`), rounded, if at least `minHours` hours are valid. */
export function max1hOfDay(hours: Float64Array, decimals: number, minHours: number, offset = 0): { validHours: number; rounded: number | null } {
  const m = { max1h: new Float64Array(1), validHours: new Uint8Array(1) };
  max1hInto(hours, offset, decimals, minHours, 0, m);
  return { validHours: m.validHours[0], rounded: Number.isNaN(m.max1h[0]) ? null : m.max1h[0] };
}

/** {@link max1hOfDay} into `out.max1h[d]` (NaN when invalid) and `out.validHours[d]`. */
function max1hInto(hours: Float64Array, offset: number, decimals: number, minHours: number, d: number, out: Pick<DailyO3, 'max1h' | 'validHours'>): void {
  let best = -1;
  let validHours = 0;
  for (let h = offset; h < offset + 24; h++) {
    const v = hours[h];
    if (v === v) {
      validHours++;
      if (v > best) best = v;
    }
  }
  out.max1h[d] = validHours >= minHours && validHours > 0 ? roundHalfEvenDiv(best * 10 ** decimals, SCALE) : Number.NaN;
  out.validHours[d] = validHours;
}
