/** Scale of the exact hot path: hourly and daily concentrations are held as integers of 1/1000 of their unit. */
export const SCALE_DECIMALS = 3;
export const SCALE = 1000;

/**
 * `x` as an exact integer number of thousandths, or null when `x` has more than three decimals (the caller
 * then takes the decimal.js path). A double read this way is the value its shortest decimal form shows.
 */
export function toScaled(x: number): number | null {
  const s = Math.round(x * SCALE);
  return s / SCALE === x && Number.isSafeInteger(s) ? s : null;
}
