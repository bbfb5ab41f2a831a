import type { DateInput } from '../_lib/calendarDate.js';
import { formatScaled } from '../_lib/integer.js';
import { StandardInputError } from '../StandardInputError.js';
import { airLimit } from './airLimit.js';
import { CONCENTRATION_DECIMALS } from './concentrationDecimals.js';
import { mda8OfDay, readHours, type HourlyValues } from './hourlyWindows.js';
import type { AirZoneClass } from './types.js';

/** Result of {@link o3DailyMax8h}. */
export interface O3DailyMax8h {
  /** Valid 8-hour means among the 17 windows of the day (each needs ≥ 6 valid hours). */
  validWindows: number;
  /** Valid: ≥ 14 valid windows, or fewer and the value exceeds the O3 8-hour limit. */
  valid: boolean;
  /** Valid only because it exceeds the limit (fewer than 14 windows). */
  validByExceedance: boolean;
  /** The daily maximum 8-hour mean, µg/m³, rounded by GB/T 8170; null when invalid. */
  value: string | null;
  /** The O3 8-hour limit used for the exceedance rule (GB 3095 on `date`, zone class). */
  limit: number;
}

/**
 * @summary O3 日最大8小时平均 (MDA8) of one day, with the HJ 663 validity rule.
 *
 * @description
 * 8-hour means ending 08:00 … 24:00 of the day (17 windows), each valid with at least 6 hourly values (GB 3095
 * 表4); the maximum of the valid ones. The day is valid with at least 14 valid windows; with fewer, only when the
 * maximum exceeds the O3 8-hour limit of the zone class in force on `date` (compared as published, rounded).
 * Source: HJ 663-2013/-2026 §6.1.2 [CONFIRMED-2], window range [MEMORY] (standards.md §2.5, §3.3).
 *
 * @param hourly - the day's 24 hourly O3 means, 00–01 h first (start-labelled); null = missing
 * @param options - `date` of the day; `zoneClass` 1 or 2 (default 2, 二类区)
 * @throws {StandardInputError} unless there are 24 entries, each null or a finite non-negative number; or for a bad date
 *
 * @example
 * o3DailyMax8h(Array(24).fill(100), { date: '2024-07-01' }).value //=> '100'
 * o3DailyMax8h([...Array(12).fill(null), ...Array(12).fill(170)], { date: '2024-07-01' }).validByExceedance //=> true
 */
export function o3DailyMax8h(hourly: HourlyValues, options: { date: DateInput; zoneClass?: AirZoneClass }): O3DailyMax8h {
  if (!hourly || hourly.length !== 24) throw new StandardInputError('hourly', hourly?.length, '24 个小时值（缺测用 null）');
  const limit = airLimit({ pollutant: 'o3', averaging: '8h', zoneClass: options.zoneClass ?? 2, date: options.date }).value;
  const scaled = new Float64Array(24);
  readHours(hourly, 0, 24, scaled, (i) => `hourly[${i}]`);
  const m = mda8OfDay(scaled, limit);
  return {
    validWindows: m.validWindows,
    valid: m.rounded !== null,
    validByExceedance: m.validByExceedance,
    value: m.rounded === null ? null : formatScaled(m.rounded, CONCENTRATION_DECIMALS.o3),
    limit,
  };
}
