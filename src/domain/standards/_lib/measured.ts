import type { Decimal } from 'decimal.js';
import { StandardInputError } from '../StandardInputError.js';
import { Dec, toDecimal } from './decimal.js';

/** A laboratory result: a value, or "not detected" (未检出) with the detection limit when given. */
export interface Measured {
  /** The value; for a not-detected result, the detection limit (0 when none was given). */
  value: Decimal;
  notDetected: boolean;
  /** The result as written, normalised ('0.05', '0.01L', 'ND'). */
  text: string;
}

const NOT_DETECTED = /^(ND|N\.D\.|未检出|<DL)$/i;
const BELOW_LIMIT = /^(\d+\.?\d*|\.\d+)L$/i;

/**
 * Reads a result of a water, soil or effluent sample: a number, a decimal string, "ND"/"未检出", or the Chinese
 * laboratory notation "0.01L" (below the detection limit 0.01). A not-detected result meets every "≤" limit and
 * takes the best class of such an item (but fails a "≥" limit such as DO) [INTERPRETATION: the convention of
 * sm1lewc/Silence.Water, standards.md §5; GB/T 14848 class Ⅰ of anionic surfactants is "不得检出"].
 * Throws {@link StandardInputError} for anything else or a negative value.
 */
export function readMeasured(value: unknown, field: string): Measured {
  if (typeof value === 'string') {
    const t = value.trim();
    if (NOT_DETECTED.test(t)) return { value: new Dec(0), notDetected: true, text: 'ND' };
    const m = BELOW_LIMIT.exec(t);
    if (m) return { value: new Dec(m[1]), notDetected: true, text: `${m[1]}L` };
  }
  if (value === undefined || value === null || value === '') {
    throw new StandardInputError(field, value, '检测结果（数值，未检出写 ND 或 检出限+L，如 0.01L）');
  }
  const d = toDecimal(value, field);
  return { value: d, notDetected: false, text: d.toString() };
}
