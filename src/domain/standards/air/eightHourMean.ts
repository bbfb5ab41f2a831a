import { GB3095_VALIDITY } from './gb3095Validity.js';
import { hourlyMean, type HourlyMean } from './dailyMean.js';
import type { HourlyValues } from './hourlyWindows.js';

/**
 * @summary O3 8-hour mean (8小时平均) of eight consecutive hourly means, with the GB 3095 表4 rule.
 *
 * @description
 * Valid with at least 6 of the 8 hourly means; the mean is that of the valid hours, exact, published rounded to
 * an integer (GB/T 8170). The value at hour X is the mean of hours X−7 … X.
 * Source: GB 3095-2026 §3.7–3.13, 表4 (standards.md §2.5–2.6).
 *
 * @param hourly - the 8 hourly O3 means, oldest first; null = missing
 * @throws {StandardInputError} unless there are 8 entries, each null or a finite non-negative number
 *
 * @example
 * eightHourMean([80, 82, 85, null, 90, 95, null, 100]).exact?.toDecimalPlaces(2).toString() //=> '88.67'
 * eightHourMean([80, 82, 85, null, 90, null, null, 100]).valid //=> false
 */
export function eightHourMean(hourly: HourlyValues): HourlyMean {
  return hourlyMean(hourly, 8, GB3095_VALIDITY.eightHourMinHours, 'o3');
}
