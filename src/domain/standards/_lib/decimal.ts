import { Decimal } from 'decimal.js';
import { StandardInputError } from '../StandardInputError.js';

/**
 * decimal.js with 50 significant digits and GB/T 8170 (half-even) as its default rounding, local to this
 * library so that nothing here changes the global `Decimal` other code uses. 50 digits is far more than any
 * mean of at most 8 784 hourly values needs to decide a half-even tie correctly.
 */
export const Dec = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });

/**
 * A decimal number as the functions here accept it: a JS number (read as its shortest decimal form, i.e. what
 * was typed: `2.675` is 2.675, not the binary 2.67499…), a decimal string (`'0.00005'`), or a Decimal.
 */
export type DecimalInput = number | string | Decimal;

const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a finite decimal, or throws {@link StandardInputError} naming `field`.
 * With `nonNegative` (the default), negative values are refused too.
 */
export function toDecimal(value: unknown, field: string, nonNegative = true): Decimal {
  let d: Decimal | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) d = new Dec(value);
  else if (typeof value === 'string' && DECIMAL_TEXT.test(value.trim())) d = new Dec(value.trim());
  else if (Decimal.isDecimal(value) && (value as Decimal).isFinite()) d = new Dec(value as Decimal);
  if (!d) throw new StandardInputError(field, value, nonNegative ? '非负数' : '数值');
  if (nonNegative && d.isNegative() && !d.isZero()) throw new StandardInputError(field, value, '非负数');
  return d;
}
