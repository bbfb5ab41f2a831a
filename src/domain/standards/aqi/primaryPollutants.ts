import { StandardInputError } from '../StandardInputError.js';
import type { AqiIndicator } from './types.js';

/** Primary pollutants are named only above this AQI (standards.md §1.5, CONFIRMED for both editions). */
export const PRIMARY_POLLUTANT_ABOVE = 50;

/**
 * @summary 首要污染物: the indicators whose sub-index equals the AQI, when the AQI is above 50.
 *
 * @description
 * Ties are all listed (并列), in the order given. With AQI ≤ 50 there is no primary pollutant (published "—").
 * The AQI here is the maximum of the given sub-indices; NA sub-indices (null) are skipped.
 * Source: standards.md §1.5 (both editions, CONFIRMED).
 *
 * @throws {StandardInputError} if a sub-index is neither null nor an integer 0–500
 *
 * @example
 * primaryPollutants([{ indicator: 'pm25_24h', iaqi: 100 }, { indicator: 'pm10_24h', iaqi: 100 }])
 * //=> ['pm25_24h', 'pm10_24h']
 * primaryPollutants([{ indicator: 'pm25_24h', iaqi: 45 }]) //=> []
 */
export function primaryPollutants(subIndices: readonly { indicator: AqiIndicator; iaqi: number | null }[]): AqiIndicator[] {
  if (!Array.isArray(subIndices)) throw new StandardInputError('subIndices', subIndices, '分指数 { indicator, iaqi } 组成的数组');
  let aqi = -1;
  subIndices.forEach((s, i) => {
    const v = s?.iaqi;
    if (v !== null && (!Number.isInteger(v) || v < 0 || v > 500)) throw new StandardInputError(`subIndices[${i}].iaqi`, v, '0～500 的整数或 null');
    if (v !== null && v > aqi) aqi = v;
  });
  if (aqi <= PRIMARY_POLLUTANT_ABOVE) return [];
  return subIndices.filter((s) => s.iaqi === aqi).map((s) => s.indicator);
}
