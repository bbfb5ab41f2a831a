import { formatScaled, roundHalfEvenDiv } from '../_lib/integer.js';
import { roundGbt8170 } from '../rounding/roundGbt8170.js';
import { exceedMultiple } from '../stats/exceedMultiple.js';

/**
 * 超标倍数 (C − S)/S printed with `digits` decimals by GB/T 8170, from C as an integer count of 10^−decimals and the
 * limit S; null when C ≤ S. In integers — (C − S·10^d)·10^digits / (S·10^d) rounded half to even — which is what
 * exceedMultiple + roundGbt8170 give in decimals (checked in the test); a limit that is not a whole number of
 * 10^−decimals goes the decimal way.
 *
 * Internal (not exported from index.ts), e.g.:
 * `scaledMultiple(185, 75, 0, 3)` → '1.467'
 * `scaledMultiple(41, 4, 1, 2)` → '0.03'
 * `scaledMultiple(75, 75, 0, 2)` → null
 */
export function scaledMultiple(c: number, limit: number, decimals: number, digits: number): string | null {
  const s = limit * 10 ** decimals;
  if (!Number.isInteger(s) || s <= 0 || digits > 6) {
    const m = exceedMultiple(formatScaled(c, decimals), limit);
    return m === null ? null : roundGbt8170(m, `1e-${digits}`);
  }
  if (c <= s) return null;
  return formatScaled(roundHalfEvenDiv((c - s) * 10 ** digits, s), digits);
}
