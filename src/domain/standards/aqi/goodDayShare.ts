import type { Decimal } from 'decimal.js';
import { StandardInputError } from '../StandardInputError.js';
import { complianceRate } from '../stats/complianceRate.js';

/** Good days are AQI ≤ this (优 and 良), standards.md §1.8. */
export const GOOD_DAY_MAX_AQI = 100;

/** Result of {@link goodDayShare}. */
export interface GoodDayShare {
  /** Days with AQI ≤ 100. */
  goodDays: number;
  /** Days with a valid (published) daily AQI. */
  validDays: number;
  /** 优良天数比例, %, exact; null without a valid day. Print to 0.1 % with GB/T 8170. */
  percent: Decimal | null;
}

/**
 * @summary 优良天数比例: good days (AQI ≤ 100) over days with a valid daily AQI.
 *
 * @description
 * Days whose AQI is NA (null) are left out of both counts. Bulletins print one decimal, rounded by GB/T 8170
 * (73/80 = 91.25 % → 91.2 %) [CONFIRMED-2 definition; the 1-decimal precision is practice, not a standard's text].
 * "扣除沙尘影响" variants are not covered.
 *
 * @param dailyAqis - one daily AQI per day (integer 0–500), null where the day has no valid AQI
 * @throws {StandardInputError} if an entry is neither null nor an integer 0–500
 *
 * @example
 * goodDayShare([45, 100, 101, null]).goodDays //=> 2
 * goodDayShare([45, 100, 101, null]).validDays //=> 3
 */
export function goodDayShare(dailyAqis: readonly (number | null)[]): GoodDayShare {
  if (!Array.isArray(dailyAqis)) throw new StandardInputError('dailyAqis', dailyAqis, '每日 AQI 组成的数组');
  let goodDays = 0;
  let validDays = 0;
  for (let i = 0; i < dailyAqis.length; i++) {
    if (!(i in dailyAqis)) continue; // a hole is skipped, as forEach skips it
    const aqi = dailyAqis[i];
    if (aqi === null) continue;
    if (!Number.isInteger(aqi) || aqi < 0 || aqi > 500) throw new StandardInputError(`dailyAqis[${i}]`, aqi, '0～500 的整数或 null');
    validDays++;
    if (aqi <= GOOD_DAY_MAX_AQI) goodDays++;
  }
  return { goodDays, validDays, percent: complianceRate(goodDays, validDays) };
}
