/**
 * Scale of the exact hot path: concentrations are held as integers of 10^−6 of their unit. Any value written
 * with up to six decimals is exact at this scale, and sums of 24 hourly values below
 * {@link MAX_SCALED_VALUE} stay far inside 2^53, so means, windows and half-even rounding are exact in doubles.
 */
export const SCALE = 1_000_000;
/** Largest concentration the exact engine takes (1 000 000 µg/m³ or mg/m³ — far beyond any real air sample). */
export const MAX_SCALED_VALUE = 1_000_000;

/**
 * `x` as an exact integer number of millionths, or null when `x` has more than six decimals or is not below
 * {@link MAX_SCALED_VALUE}. A double is read as the value its shortest decimal form shows.
 */
export function toScaled(x: number): number | null {
  if (!(Math.abs(x) < MAX_SCALED_VALUE)) return null;
  const s = Math.round(x * SCALE);
  return s / SCALE === x ? s : null;
}
