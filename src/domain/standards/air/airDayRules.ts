import type { EvaluatedPollutant } from './hj663Rules.js';

/** How a day with some of the six factors invalid counts in the station's compliance days (see {@link AIR_DAY_RULES}). */
export type PartialDayRule = 'exceedingCounts' | 'excluded' | 'validFactorsDecide';

/** The daily field that carries each evaluated factor: 24-hour means, O3 the daily maximum 8-hour mean. */
export const AIR_DAY_FIELDS: Readonly<Record<EvaluatedPollutant, 'so2' | 'no2' | 'co' | 'o3_8h' | 'pm10' | 'pm25'>> = {
  so2: 'so2',
  no2: 'no2',
  co: 'co',
  o3: 'o3_8h',
  pm10: 'pm10',
  pm25: 'pm25',
};

/**
 * Rules of the station-day evaluation (环境空气质量达标天数) against the GB 3095 24-hour limits and the O3 daily
 * maximum 8-hour limit. Data, so that a confirmed reading of HJ 663 can replace them without touching code.
 *
 * - A factor complies on a day when its daily value as published (GB/T 8170: integers, CO 0.1 mg/m³) is ≤ the
 *   limit in force that day for the zone class (standards.md §3.1 "Daily: a pollutant attains that day if its daily
 *   statistic ≤ the 24-h (O3: 8-h) limit", §3.4 rounding before judging).
 * - A day with all six factors valid is a monitoring day (有效监测天); it complies when every factor complies.
 * - `partialDay` — a day with one to five factors valid. **UNCONFIRMED**: standards.md is silent (the HJ 663 text
 *   was not read). Chosen: 'exceedingCounts' — such a day is a monitoring day, and not compliant, only when a valid
 *   factor exceeds its limit; otherwise it is left out of both counts. It follows the two rules the reference does
 *   give for incomplete data: an O3 daily maximum 8-hour mean with too few windows is still valid when it exceeds
 *   (HJ 663 §6.1.2, standards.md §3.3), and HJ 633-2026 §5.3.1 publishes an AQI from incomplete data when it is
 *   above 100 (§1.7). The alternatives: 'excluded' (only days with all six valid count) and 'validFactorsDecide'
 *   (a day with at least one valid factor counts and complies when all its valid factors comply).
 * - A day without any valid factor, or absent from the data, is never a monitoring day.
 * - Per factor, the exceedance days are counted over that factor's valid days whatever `partialDay` says, so a day
 *   exceeding on two factors counts once in the station's non-compliant days and once for each factor.
 * - `multipleInterval` — the 超标倍数 (C − S)/S is printed to 0.001 by GB/T 8170 [INTERPRETATION: issue 10 and the
 *   seed report print three decimals (PM2.5 1.468); standards.md §3.4 notes 2 decimals elsewhere, the precision is
 *   practice, not a standard's text].
 * - The maximum multiple is that of the day with the highest C/S (limits can change within a year); ties go to the
 *   earliest day.
 */
export const AIR_DAY_RULES: { readonly partialDay: PartialDayRule; readonly multipleInterval: string } = {
  partialDay: 'exceedingCounts',
  multipleInterval: '0.001',
};
