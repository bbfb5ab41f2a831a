import { Decimal } from 'decimal.js';
import { DECIMAL_PLACES, type Axis } from './parseCoordinate.js';

/** Decimal degrees to 6 places, half away from zero: 112.2161111… → "112.216111". */
export function formatDecimalDegrees(degrees: Decimal.Value): string {
  return new Decimal(degrees).toDecimalPlaces(DECIMAL_PLACES, Decimal.ROUND_HALF_UP).toFixed(DECIMAL_PLACES);
}

/**
 * Degrees, minutes and whole seconds as the seed report prints them, without padding: 112.216111 → "112°12′58″",
 * 26.569167 → "26°34′9″". Seconds round half up; 59.5″ carries into the minute and 60′ into the degree.
 * `hemisphere` adds E/W or N/S after the value (and drops the sign); without it a negative value keeps its "-".
 */
export function formatDms(degrees: Decimal.Value, axis: Axis, opts: { hemisphere?: boolean } = {}): string {
  const value = new Decimal(degrees);
  const negative = value.isNegative() && !value.isZero();
  const totalSeconds = value.abs().times(3600).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  const d = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const body = `${d}°${m}′${s}″`;
  if (opts.hemisphere) {
    const letter = axis === 'longitude' ? (negative ? 'W' : 'E') : negative ? 'S' : 'N';
    return `${body}${letter}`;
  }
  return negative && totalSeconds > 0 ? `-${body}` : body;
}
