import type { Decimal } from 'decimal.js';
import { Dec } from '../_lib/decimal.js';
import { StandardInputError } from '../StandardInputError.js';

/**
 * @summary 达标率 (%): the share of valid days (or samples) that meet the standard, A / N × 100.
 *
 * @description
 * Exact; print with {@link roundGbt8170} to 0.1 % as bulletins do [INTERPRETATION: the precision is practice].
 * 超标率 is 100 − 达标率. The same formula gives 优良天数比例 from good days (see {@link goodDayShare}).
 * Source: standards.md §3.4 (CONFIRMED-2 as used; HJ 663 clause MEMORY).
 *
 * @param compliant - A, days or samples meeting the standard
 * @param valid - N, valid days or samples
 * @returns the percentage, or null when there is no valid day
 * @throws {StandardInputError} unless 0 ≤ A ≤ N are integers
 *
 * @example
 * complianceRate(304, 352)?.toDecimalPlaces(2).toString() //=> '86.36'
 * complianceRate(0, 0) //=> null
 */
export function complianceRate(compliant: number, valid: number): Decimal | null {
  if (!Number.isInteger(valid) || valid < 0) throw new StandardInputError('valid', valid, '非负整数（有效天数或样本数）');
  if (!Number.isInteger(compliant) || compliant < 0 || compliant > valid) {
    throw new StandardInputError('compliant', compliant, `0～${valid} 的整数（达标天数或样本数）`);
  }
  return valid === 0 ? null : new Dec(compliant).times(100).div(valid);
}
