import { formatScaled, roundHalfEvenDiv } from '../_lib/integer.js';

/**
 * A rate A/N × 100 % printed to 0.1 by GB/T 8170, in integers (A·1000/N rounded half to even): what complianceRate +
 * roundGbt8170(…, 0.1) give in decimals (checked in the test). null when N = 0.
 *
 * Internal (not exported from index.ts), e.g.:
 * `scaledRate(304, 352)` → '86.4'
 * `scaledRate(73, 80)` → '91.2'
 * `scaledRate(0, 0)` → null
 */
export function scaledRate(a: number, n: number): string | null {
  return n === 0 ? null : formatScaled(roundHalfEvenDiv(a * 1000, n), 1);
}
