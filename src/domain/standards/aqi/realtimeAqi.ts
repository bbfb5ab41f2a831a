import type { DecimalInput } from '../_lib/decimal.js';
import { aqiResult, type AqiResult } from './aqiResult.js';
import { hj633Edition, type AqiEditionOptions } from './hj633Edition.js';
import { scaleAqiInput } from './scaleAqiInput.js';

/**
 * One hour's concentrations, µg/m³ (CO mg/m³); null = NA.
 * `so2`, `no2`, `co`, `o3`, `pm10`, `pm25` are 1-hour means. HJ 633-2012 also needs the moving means
 * `o3_8h`, `pm10_24h`, `pm25_24h`, and uses `so2_24h` when SO2 1-hour is above 800; there the PM 1-hour means are
 * optional and published without a sub-index.
 */
export interface RealtimeAqiInput {
  so2: DecimalInput | null;
  no2: DecimalInput | null;
  co: DecimalInput | null;
  o3: DecimalInput | null;
  pm10?: DecimalInput | null;
  pm25?: DecimalInput | null;
  o3_8h?: DecimalInput | null;
  pm10_24h?: DecimalInput | null;
  pm25_24h?: DecimalInput | null;
  so2_24h?: DecimalInput | null;
}

/**
 * @summary Real-time (hourly) AQI (实时报) by HJ 633-2012 or HJ 633-2026.
 *
 * @description
 * HJ 633-2026: six 1-hour means; PM10/PM2.5 1-hour means are evaluated on the daily-mean columns (§4.2.4);
 * SO2 1-hour above 800 counts 200. HJ 633-2012: sub-indices of SO2, NO2, CO, O3 1-hour, O3 8-hour moving mean and
 * PM10/PM2.5 24-hour moving means [INTERPRETATION of 表4, standards.md §1.4]; SO2 1-hour above 800 takes the
 * sub-index of `so2_24h` [INTERPRETATION: which 24-hour mean]; O3 8-hour above 800 relies on O3 1-hour.
 * Rounding, NA and primary pollutants as in {@link dailyAqi}.
 *
 * @throws {StandardInputError} for a missing field, an unknown field, NaN, a negative value or a bad date
 *
 * @example
 * realtimeAqi({ pm25: 75, pm10: 150, so2: 12, no2: 60, co: 0.9, o3: 180 }, { version: '2026' }).aqi //=> 114
 * realtimeAqi({ pm25: 20, pm10: 40, so2: 900, no2: 30, co: 0.5, o3: 80 }, { version: '2026' }).aqi //=> 200
 */
export function realtimeAqi(input: RealtimeAqiInput, options: AqiEditionOptions): AqiResult {
  const edition = hj633Edition(options);
  return aqiResult(edition, 'realtime', scaleAqiInput(edition, 'realtime', input as unknown as Record<string, unknown>));
}
