import type { Decimal } from 'decimal.js';
import { Dec } from '../_lib/decimal.js';
import { formatScaled } from '../_lib/integer.js';
import { SCALE } from '../_lib/scaled.js';
import { StandardInputError } from '../StandardInputError.js';
import { CONCENTRATION_DECIMALS, type HourlyPollutant } from './concentrationDecimals.js';
import { GB3095_VALIDITY } from './gb3095Validity.js';
import { meanOfHours, readHours, type HourlyValues } from './hourlyWindows.js';

/** A mean of hourly values with its validity. */
export interface HourlyMean {
  /** Hours with a value. */
  validHours: number;
  /** Enough valid hours for the standard. */
  valid: boolean;
  /** The mean as published (GB/T 8170: integers, CO 0.1); null when invalid. */
  value: string | null;
  /** The exact mean of the valid hours (also when there are too few); null without any. */
  exact: Decimal | null;
}

/**
 * @summary 日平均 (24-hour mean) of one day's hourly means, with the GB 3095 表4 validity rule.
 *
 * @description
 * Valid with at least 20 hourly means (GB 3095 表4: SO2, NO2, CO, PM10, PM2.5, NOx); the mean is that of the valid
 * hours, computed exactly and rounded by GB/T 8170 to integers (CO 0.1 mg/m³). The rule is the same in
 * GB 3095-2012 and GB 3095-2026, so no date is needed.
 * Source: GB 3095-2026 §3.7–3.13, 表4, §6.4 (standards.md §2.5–2.6).
 *
 * @param hourly - 24 hourly means of the natural day, 00–01 h first; null = missing or invalid hour
 * @param options - the pollutant (sets the rounding)
 * @throws {StandardInputError} unless there are 24 entries, each null or a finite non-negative number (≤ 6 decimals)
 *
 * @example
 * dailyMean([...Array(19).fill(40), ...Array(5).fill(null)], { pollutant: 'pm25' }).valid //=> false
 * dailyMean([...Array(20).fill(40), ...Array(4).fill(null)], { pollutant: 'pm25' }).value //=> '40'
 */
export function dailyMean(hourly: HourlyValues, options: { pollutant: HourlyPollutant }): HourlyMean {
  return hourlyMean(hourly, 24, GB3095_VALIDITY.dailyMinHours, options.pollutant);
}

/** Shared by {@link dailyMean} and {@link eightHourMean}. */
export function hourlyMean(hourly: HourlyValues, hours: number, minHours: number, pollutant: HourlyPollutant): HourlyMean {
  if (!Object.hasOwn(CONCENTRATION_DECIMALS, pollutant)) {
    throw new StandardInputError('pollutant', pollutant, `${Object.keys(CONCENTRATION_DECIMALS).join('、')} 之一`);
  }
  if (!hourly || hourly.length !== hours) throw new StandardInputError('hourly', hourly?.length, `${hours} 个小时值（缺测用 null）`);
  const scaled = new Float64Array(hours);
  readHours(hourly, 0, hours, scaled, (i) => `hourly[${i}]`);
  const decimals = CONCENTRATION_DECIMALS[pollutant];
  const m = meanOfHours(scaled, 0, hours, minHours, decimals);
  return {
    validHours: m.validHours,
    valid: m.rounded !== null,
    value: m.rounded === null ? null : formatScaled(m.rounded, decimals),
    exact: m.validHours === 0 ? null : new Dec(m.sum).div(m.validHours * SCALE),
  };
}
