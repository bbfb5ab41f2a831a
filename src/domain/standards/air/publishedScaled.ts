import { MAX_SCALED_VALUE } from '../_lib/scaled.js';
import { roundedConcentration } from '../aqi/roundedConcentration.js';

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * A daily concentration as published, as an integer count of 10^−decimals (CO 1.2 at 1 decimal → 12); null stays
 * null. The hot path of the annual statistics: a number already written with at most `decimals` decimals is read
 * directly (exact: its shortest decimal form is s / 10^decimals, so the division gives it back); anything else goes
 * through {@link roundedConcentration} (GB/T 8170 rounding, validation), which names the field
 * `${field}[${index}]${suffix}` — built only then.
 *
 * Internal (not exported from index.ts), e.g.:
 * `publishedScaled(1.2, 1, 'daily', 0, '.value')` → 12
 * `publishedScaled(75.5, 0, 'daily', 0, '.value')` → 76
 */
export function publishedScaled(value: unknown, decimals: number, field: string, index: number, suffix: string): number | null {
  if (value === null) return null;
  if (typeof value === 'number' && value >= 0 && value < MAX_SCALED_VALUE) {
    const scale = POW10[decimals];
    const s = Math.round(value * scale);
    if (s / scale === value) return s;
  }
  return roundedConcentration(value, `${field}[${index}]${suffix}`, decimals);
}
