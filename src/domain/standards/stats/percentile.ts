import type { Decimal } from 'decimal.js';
import { toDecimal, type DecimalInput } from '../_lib/decimal.js';
import { StandardInputError } from '../StandardInputError.js';

/**
 * @summary The p-th percentile of a set of valid values, by HJ 663 附录A.
 *
 * @description
 * Sort ascending X(1) ≤ … ≤ X(n); k = 1 + (n − 1)·p/100; s = ⌊k⌋; m_p = X(s) + (X(s+1) − X(s))·(k − s), and
 * m_p = X(n) when s = n. (The same as Excel PERCENTILE.INC, numpy 'linear', Hyndman–Fan type 7.)
 * Computed exactly in decimal; round it for printing with {@link roundGbt8170}.
 * Source: HJ 663 附录A (standards.md §3.2, CONFIRMED-2: the HJ 663 text itself was not read).
 *
 * @param values - the valid values (daily means, MDA8 …); at least one
 * @param p - the percentile, 0–100 (98, 95, 90 …)
 * @returns the exact percentile
 * @throws {StandardInputError} for an empty list, a value that is not a finite non-negative number, or p outside 0–100
 *
 * @example
 * percentile([3, 4, 8, 2, 5, 4], 90).toString() //=> '6.5'
 * percentile([40, 80], 95).toString() //=> '78'
 */
export function percentile(values: readonly DecimalInput[], p: DecimalInput): Decimal {
  if (!Array.isArray(values) || values.length === 0) throw new StandardInputError('values', values, '至少一个有效值');
  const pct = toDecimal(p, 'p');
  if (pct.gt(100)) throw new StandardInputError('p', p, '0～100 的百分位');
  const x = values.map((v, i) => toDecimal(v, `values[${i}]`)).sort((a, b) => a.comparedTo(b));
  const k = pct.times(x.length - 1).div(100).plus(1);
  const s = k.floor().toNumber();
  if (s >= x.length) return x[x.length - 1];
  return x[s - 1].plus(x[s].minus(x[s - 1]).times(k.minus(s)));
}
