import type { AqiIndicator } from './types.js';

/** Primary pollutants are named only above this AQI (HJ 633-2012 §4.4, HJ 633-2026 §4.3, CONFIRMED). */
export const PRIMARY_POLLUTANT_ABOVE = 50;

/**
 * @summary 首要污染物: the indicators whose sub-index equals the AQI, when the AQI is above 50.
 *
 * @description
 * Ties are all listed (并列), in the order given. With AQI ≤ 50 there is no primary pollutant (published "—").
 * The AQI here is the maximum of the given sub-indices; NA sub-indices (null) are skipped.
 * Source: standards.md §1.5 (both editions, CONFIRMED).
 *
 * @example
 * primaryPollutants([{ indicator: 'pm25_24h', iaqi: 100 }, { indicator: 'pm10_24h', iaqi: 100 }])
 * //=> ['pm25_24h', 'pm10_24h']
 * primaryPollutants([{ indicator: 'pm25_24h', iaqi: 45 }]) //=> []
 */
export function primaryPollutants(subIndices: readonly { indicator: AqiIndicator; iaqi: number | null }[]): AqiIndicator[] {
  let aqi = -1;
  for (const s of subIndices) if (s.iaqi !== null && s.iaqi > aqi) aqi = s.iaqi;
  if (aqi <= PRIMARY_POLLUTANT_ABOVE) return [];
  return subIndices.filter((s) => s.iaqi === aqi).map((s) => s.indicator);
}
