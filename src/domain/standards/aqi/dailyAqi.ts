import type { DecimalInput } from '../_lib/decimal.js';
import { aqiResult, type AqiResult } from './aqiResult.js';
import { hj633Edition, type AqiEditionOptions } from './hj633Edition.js';
import { scaleAqiInput } from './scaleAqiInput.js';

/** A day's concentrations, µg/m³ (CO mg/m³); null = NA (缺测 or invalid). */
export interface DailyAqiInput {
  /** SO2 24-hour mean. */
  so2: DecimalInput | null;
  /** NO2 24-hour mean. */
  no2: DecimalInput | null;
  /** CO 24-hour mean, mg/m³. */
  co: DecimalInput | null;
  /** PM10 24-hour mean. */
  pm10: DecimalInput | null;
  /** PM2.5 24-hour mean. */
  pm25: DecimalInput | null;
  /** O3 daily maximum 8-hour mean. */
  o3_8h: DecimalInput | null;
  /** O3 daily maximum 1-hour mean: required by HJ 633-2012, ignored by HJ 633-2026. */
  o3_1h?: DecimalInput | null;
}

/**
 * @summary Daily AQI (日报): sub-indices, AQI, primary pollutants, category — by HJ 633-2012 or HJ 633-2026.
 *
 * @description
 * HJ 633-2012 uses 7 indicators (the 24-hour means, O3 daily max 8-hour and O3 daily max 1-hour); HJ 633-2026
 * uses 6 (no O3 1-hour). Concentrations are rounded by GB/T 8170 first (integers; CO 0.1), sub-indices are
 * rounded up, AQI = their maximum. O3 8-hour above 800: 2012 computes no 8-hour sub-index and relies on the
 * 1-hour one; 2026 counts 300. With an indicator NA: 2012 publishes no AQI [INTERPRETATION]; 2026 publishes the
 * AQI of the rest only when it is above 100 (§5.3.1), otherwise AQI and category are NA.
 * Source: HJ 633-2012 §5.1.2, 表1, 表3; HJ 633-2026 §4.2, §5.3 (standards.md §1.4–1.9).
 *
 * @param input - the day's concentrations; every field of the edition's set is required (null for NA)
 * @param options - `{ date }` (the day the data belong to) or `{ version }`
 * @throws {StandardInputError} for a missing field, an unknown field, NaN, a negative value or a bad date
 *
 * @example
 * const day = { pm25: 80, pm10: 120, so2: 10, no2: 45, co: 1.2, o3_8h: 170, o3_1h: 210 };
 * dailyAqi(day, { version: '2012' }).aqi //=> 110
 * dailyAqi(day, { version: '2012' }).primaryPollutants //=> ['o3_8h']
 * dailyAqi(day, { date: '2026-03-01' }).aqi //=> 119
 */
export function dailyAqi(input: DailyAqiInput, options: AqiEditionOptions): AqiResult {
  const edition = hj633Edition(options);
  return aqiResult(edition, 'daily', scaleAqiInput(edition, 'daily', input as unknown as Record<string, unknown>));
}
