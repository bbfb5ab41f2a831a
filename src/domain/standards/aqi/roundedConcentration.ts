import { toDecimal } from '../_lib/decimal.js';
import { roundHalfEvenDiv } from '../_lib/integer.js';
import { SCALE, toScaled } from '../_lib/scaled.js';
import { StandardInputError } from '../StandardInputError.js';

/**
 * A concentration rounded by GB/T 8170 to `decimals` and returned as an integer count of 10^−decimals
 * (CO 2.25 mg/m³ at 1 decimal → 22). `null` stays null (NA). Anything else that is not a finite, non-negative
 * number throws {@link StandardInputError} naming `field` and the value.
 */
export function roundedConcentration(value: unknown, field: string, decimals: number): number | null {
  if (value === null) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) throw new StandardInputError(field, value, '非负数（浓度），缺测用 null');
    const s = toScaled(value);
    if (s !== null) return roundHalfEvenDiv(s * 10 ** decimals, SCALE);
  }
  if (value === undefined) throw new StandardInputError(field, value, '浓度值（缺测时明确写 null / NA）');
  return toDecimal(value, field).toDecimalPlaces(decimals).times(10 ** decimals).toNumber();
}
