import { toDecimal, type DecimalInput } from '../_lib/decimal.js';
import { StandardInputError } from '../StandardInputError.js';

/**
 * @summary Energy average of sound levels, L = 10·lg((1/n)·Σ 10^(Lᵢ/10)), dB.
 *
 * @description
 * Combines hourly or short L_Aeq values into one (standard acoustics, not a clause of GB 3096). Logarithms have no
 * exact decimal form, so this is the one floating-point figure of the library; print it to 0.1 dB with
 * {@link roundGbt8170}. Source: standards.md §7.
 *
 * @param levels - sound levels in dB; at least one
 * @returns the energy-average level, dB (unrounded)
 * @throws {StandardInputError} for an empty list or a value that is not a finite number
 *
 * @example
 * roundGbt8170(energyAverage([60, 70]), 0.1) //=> '67.4'
 * roundGbt8170(energyAverage([50, 52, 54, 56]), 0.1) //=> '53.6'
 */
export function energyAverage(levels: readonly DecimalInput[]): number {
  if (!Array.isArray(levels) || levels.length === 0) throw new StandardInputError('levels', levels, '至少一个声级（dB）');
  const sum = levels.reduce<number>((acc, l, i) => acc + 10 ** (toDecimal(l, `levels[${i}]`, false).toNumber() / 10), 0);
  return 10 * Math.log10(sum / levels.length);
}
