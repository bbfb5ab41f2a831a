import { StandardInputError } from '../StandardInputError.js';
import { GB3096_RULES } from './gb3096Limits.js';

/**
 * @summary 昼间 or 夜间 of an hourly L_Aeq labelled by its start hour (GB 3096-2008 §3.4).
 *
 * @description
 * Day is 06:00–22:00: hours starting 6 … 21; night is 22:00–06:00: hours starting 22, 23, 0 … 5. A county-level
 * government may set other times; pass them as options.
 *
 * @param hour - start hour 0–23
 * @param options - `dayStartHour` (default 6), `dayEndHour` (default 22)
 * @throws {StandardInputError} unless the hours are integers 0–23 (end 1–24) with start < end
 *
 * @example
 * noisePeriod(6) //=> 'day'
 * noisePeriod(21) //=> 'day'
 * noisePeriod(22) //=> 'night'
 * noisePeriod(5) //=> 'night'
 */
export function noisePeriod(hour: number, options: { dayStartHour?: number; dayEndHour?: number } = {}): 'day' | 'night' {
  const { dayStartHour = GB3096_RULES.dayStartHour, dayEndHour = GB3096_RULES.dayEndHour } = options;
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new StandardInputError('hour', hour, '0～23 的整数（小时开始时刻）');
  if (!Number.isInteger(dayStartHour) || !Number.isInteger(dayEndHour) || dayStartHour < 0 || dayEndHour > 24 || dayStartHour >= dayEndHour) {
    throw new StandardInputError('dayStartHour', `${dayStartHour}–${dayEndHour}`, '0 ≤ 昼间开始 < 昼间结束 ≤ 24 的整数小时');
  }
  return hour >= dayStartHour && hour < dayEndHour ? 'day' : 'night';
}
