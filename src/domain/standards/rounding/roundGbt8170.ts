import { Dec, toDecimal, type DecimalInput } from '../_lib/decimal.js';
import { StandardInputError } from '../StandardInputError.js';

/**
 * @summary Round a value by GB/T 8170-2008 §3 ("四舍六入五成双").
 *
 * @description
 * Rounds once, from the value as given (§3.3: no successive rounding), to a multiple of `interval`:
 * below half drops, above half (including a 5 followed by any non-zero digit) rounds up, and an exact half
 * goes to the even multiple. Negative values round their absolute value (§3.2.5). A 0.5- or 0.2-unit interval
 * (§3.4, [MEMORY] in standards.md §9.1) rounds `value / interval` to an integer the same way, which is what
 * "round 2X (5X) then halve (divide by 5)" comes to. The result keeps the interval's decimals ('1.0').
 * A zero result is printed without a sign.
 *
 * Source: GB/T 8170-2008 §3.2–3.4 (standards.md §9, CONFIRMED-2).
 *
 * @param value - the value to round (a JS number is read as its shortest decimal form)
 * @param interval - 修约间隔: 1, 0.1, 0.01 …, 10, 100 …, or a 0.5 / 0.2 unit (0.5, 20 …); default 1
 * @returns the rounded value as a decimal string
 * @throws {StandardInputError} if value is not a finite number, or interval is not 1, 2 or 5 × 10^n
 *
 * @example
 * roundGbt8170(2.5) //=> '2'
 * roundGbt8170('1.050', 0.1) //=> '1.0'
 * roundGbt8170(10.5002) //=> '11'
 * roundGbt8170(-0.0365, 0.001) //=> '-0.036'
 * roundGbt8170(60.25, 0.5) //=> '60.0'
 */
export function roundGbt8170(value: DecimalInput, interval: DecimalInput = 1): string {
  const v = toDecimal(value, 'value', false);
  const step = toDecimal(interval, 'interval');
  const mantissa = step.div(new Dec(10).pow(step.e));
  if (!mantissa.eq(1) && !mantissa.eq(2) && !mantissa.eq(5)) {
    throw new StandardInputError('interval', interval, '修约间隔 1、2 或 5 × 10 的整数次幂（如 1、0.1、0.5、20）');
  }
  const rounded = v.div(step).toDecimalPlaces(0, Dec.ROUND_HALF_EVEN).times(step);
  const text = rounded.toFixed(Math.max(0, step.decimalPlaces()));
  return rounded.isZero() ? text.replace(/^-/, '') : text;
}
