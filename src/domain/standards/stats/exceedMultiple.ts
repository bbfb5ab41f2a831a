import type { Decimal } from 'decimal.js';
import { toDecimal, type DecimalInput } from '../_lib/decimal.js';
import { StandardInputError } from '../StandardInputError.js';

/**
 * @summary 超标倍数: how many times a value exceeds its limit, (C − S) / S.
 *
 * @description
 * Only defined when C > S; otherwise null (not reported). Exact decimal arithmetic
 * ((0.15 − 0.05)/0.05 is 2, not 1.9999999999999998). Print it with {@link roundGbt8170}, usually to 0.01
 * [INTERPRETATION: the precision is observed practice, not a standard's text].
 * S is the limit for the matching averaging time (24-hour limit for daily values and percentiles, annual limit for
 * annual means); for water, the limit of the target class.
 * Source: HJ 663 / GB 3838 §5.1 usage (standards.md §3.4, CONFIRMED-2; exact clause MEMORY).
 *
 * @param value - the statistic judged (C)
 * @param limit - the limit (S), positive
 * @returns (C − S) / S, or null when C ≤ S
 * @throws {StandardInputError} if value is not a finite non-negative number or limit is not positive
 *
 * @example
 * exceedMultiple(185, 75)?.toDecimalPlaces(4).toString() //=> '1.4667'
 * exceedMultiple(185.1, 75)?.toString() //=> '1.468'
 * exceedMultiple(75, 75) //=> null
 */
export function exceedMultiple(value: DecimalInput, limit: DecimalInput): Decimal | null {
  const c = toDecimal(value, 'value');
  const s = toDecimal(limit, 'limit');
  if (s.isZero()) throw new StandardInputError('limit', limit, '正数');
  return c.gt(s) ? c.minus(s).div(s) : null;
}
