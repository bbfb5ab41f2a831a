import { roundGbt8170 } from '../rounding/roundGbt8170.js';
import type { DecimalInput } from '../_lib/decimal.js';
import { exceedMultiple } from './exceedMultiple.js';
import { PRINT_INTERVALS } from './printIntervals.js';

/**
 * @summary 超标倍数 as printed: (C − S) / S rounded by GB/T 8170 to 0.01; null when C ≤ S.
 *
 * @throws {StandardInputError} as {@link exceedMultiple}
 *
 * @example
 * printedMultiple(119, 60) //=> '0.98'
 * printedMultiple(0.15, 0.05) //=> '2.00'
 * printedMultiple(60, 60) //=> null
 */
export function printedMultiple(value: DecimalInput, limit: DecimalInput): string | null {
  const m = exceedMultiple(value, limit);
  return m === null ? null : roundGbt8170(m, PRINT_INTERVALS.exceedMultiple);
}
