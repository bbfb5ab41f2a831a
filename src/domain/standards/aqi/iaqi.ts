import type { DecimalInput } from '../_lib/decimal.js';
import { StandardInputError } from '../StandardInputError.js';
import { AQI_INDICATORS } from './aqiIndicators.js';
import { hj633Edition, type AqiEditionOptions } from './hj633Edition.js';
import { iaqiScaled } from './iaqiScaled.js';
import { roundedConcentration } from './roundedConcentration.js';
import type { AqiIndicator } from './types.js';

/**
 * @summary Air quality sub-index (空气质量分指数, IAQI) of one indicator, by HJ 633.
 *
 * @description
 * The concentration is first rounded by GB/T 8170 (integers; CO to 0.1 mg/m³), then formula (1) is evaluated
 * exactly and rounded up (进位取整数, HJ 633-2012 §6.2, HJ 633-2026 §4.2.6). The edition is chosen by date or
 * given outright. Special rules: SO2 1-hour and O3 8-hour above 800 µg/m³ give 200 and 300 in 2026; in 2012 no
 * sub-index is computed from that column (null — take SO2 24-hour or O3 1-hour instead, as
 * {@link dailyAqi} and {@link realtimeAqi} do). Above the top breakpoint of any other column the sub-index is
 * capped at 500 [INTERPRETATION]. PM 1-hour means have a sub-index only in 2026 (on the daily-mean column).
 *
 * Source: HJ 633-2012 表1 and §6.2; HJ 633-2026 表3, §4.2 (standards.md §1.1–1.3).
 *
 * @param indicator - e.g. 'pm25_24h', 'co_1h', 'o3_8h'
 * @param concentration - µg/m³ (CO mg/m³); null means NA (缺测)
 * @param options - `{ date }` or `{ version }`
 * @returns the integer sub-index, or null for NA / not computed
 * @throws {StandardInputError} for NaN, a negative or missing concentration, an unknown indicator or a bad date
 *
 * @example
 * iaqi('co_24h', 2.2, { version: '2012' }) //=> 55
 * iaqi('pm25_24h', 75, { date: '2026-03-01' }) //=> 114
 * iaqi('so2_1h', 801, { version: '2026' }) //=> 200
 */
export function iaqi(indicator: AqiIndicator, concentration: DecimalInput | null, options: AqiEditionOptions): number | null {
  const edition = hj633Edition(options);
  if (!Object.hasOwn(AQI_INDICATORS, indicator)) throw new StandardInputError('indicator', indicator, `${Object.keys(AQI_INDICATORS).join('、')} 之一`);
  const decimals = edition.concentrationDecimals[AQI_INDICATORS[indicator].pollutant];
  const scaled = roundedConcentration(concentration, indicator, decimals);
  return scaled === null ? null : iaqiScaled(edition, indicator, scaled);
}
