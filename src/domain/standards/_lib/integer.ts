/**
 * Exact integer helpers for the scaled-integer hot path. Every argument is an integer well inside
 * ±2^53; the quotient is corrected by its remainder, so float division can never misround it.
 */

/** ⌊a / b⌋ for integers, b > 0. */
export function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  const r = a - q * b;
  if (r < 0) q -= 1;
  else if (r >= b) q += 1;
  return q;
}

/** ⌈a / b⌉ for integers, b > 0. */
export function ceilDiv(a: number, b: number): number {
  return -floorDiv(-a, b);
}

/** a / b rounded to an integer by GB/T 8170 (half to even, symmetric for negatives), b > 0. */
export function roundHalfEvenDiv(a: number, b: number): number {
  if (a < 0) return -roundHalfEvenDiv(-a, b);
  const q = floorDiv(a, b);
  const twice = 2 * (a - q * b);
  if (twice > b || (twice === b && q % 2 === 1)) return q + 1;
  return q;
}

/** The integer `value / 10^decimals` written with exactly `decimals` decimals: (22, 1) → '2.2'. */
export function formatScaled(value: number, decimals: number): string {
  if (decimals === 0) return String(value);
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(decimals + 1, '0');
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
