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
  for (let h = 0; h < count; h++) {
    const v = values[start + h];
    if (v === null) {
      out[h] = Number.NaN;
      continue;
    }
    // Whole numbers (most hourly values) scale exactly without rounding; the rest through toScaled.
    if (typeof v === 'number' && (v | 0) === v && v >= 0 && v < MAX_SCALED_VALUE) {
      out[h] = v * SCALE;
      continue;
    }
    const s = typeof v === 'number' && v >= 0 ? toScaled(v) : null;
    if (s === null) throw new StandardInputError(fieldOf(start + h), v, '非负数，最多6位小数且小于1000000；缺测用 null');
    out[h] = s;
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
  const rounded = validHours >= minHours && validHours > 0 ? roundHalfEvenDiv(sum * 10 ** decimals, validHours * SCALE) : null;
  return { validHours, sum, rounded };
}

/**
 * O3 daily maximum 8-hour mean of a day's 24 scaled hours from `hours[offset]` (HJ 663 §6.1.2): the highest valid
 * 8-hour mean, rounded to an integer; valid with ≥ 14 valid windows, or fewer when it exceeds `limit` (µg/m³).
 * `rounded` is null when invalid.
 */
export function mda8OfDay(hours: Float64Array, limit: number, offset = 0): { validWindows: number; validByExceedance: boolean; rounded: number | null } {
  const decimals = CONCENTRATION_DECIMALS.o3;
  const m = max8hOfDay(hours, offset, decimals, GB3095_VALIDITY.eightHourMinHours);
  const enough = m.validWindows >= HJ663_RULES.mda8.minValidWindows;
  const validByExceedance = !enough && m.rounded !== null && m.rounded > limit * 10 ** decimals;
  return { validWindows: m.validWindows, validByExceedance, rounded: enough || validByExceedance ? m.rounded : null };
}

/** Highest of the valid 8-hour means over a day's 24 hours (windows ending 08:00 … 24:00), rounded; and how many windows were valid. */
function max8hOfDay(hours: Float64Array, offset: number, decimals: number, minHours: number): { validWindows: number; rounded: number | null } {
  const { firstWindowEndHour, lastWindowEndHour } = HJ663_RULES.mda8;
  let validWindows = 0;
  let bestSum = 0;
  let bestCount = 0;
  for (let end = firstWindowEndHour; end <= lastWindowEndHour; end++) {
    let sum = 0;
    let n = 0;
    for (let h = offset + end - 8; h < offset + end; h++) {
      const v = hours[h];
      if (v === v) {
        sum += v;
        n++;
      }
    }
    if (n < minHours) continue;
    validWindows++;
    if (bestCount === 0 || sum * bestCount > bestSum * n) {
      bestSum = sum;
      bestCount = n;
    }
  }
  const rounded = bestCount === 0 ? null : roundHalfEvenDiv(bestSum * 10 ** decimals, bestCount * SCALE);
  return { validWindows, rounded };
}

/** Highest valid hour of the day (24 hours from `hours[offset]`), rounded, if at least `minHours` hours are valid. */
export function max1hOfDay(hours: Float64Array, decimals: number, minHours: number, offset = 0): { validHours: number; rounded: number | null } {
  let best = -1;
  let validHours = 0;
  for (let h = offset; h < offset + 24; h++) {
    const v = hours[h];
    if (v === v) {
      validHours++;
      if (v > best) best = v;
    }
  }
  const rounded = validHours >= minHours && validHours > 0 ? roundHalfEvenDiv(best * 10 ** decimals, SCALE) : null;
  return { validHours, rounded };
}
