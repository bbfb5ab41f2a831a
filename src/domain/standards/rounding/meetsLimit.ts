import { Dec, toDecimal, type DecimalInput } from '../_lib/decimal.js';
import { StandardInputError } from '../StandardInputError.js';
import { roundGbt8170 } from './roundGbt8170.js';

/** Options of {@link meetsLimit}. */
export interface MeetsLimitOptions {
  /** 'max' for a "≤ limit" requirement (the usual one), 'min' for "≥ limit" (DO, a rate). Default 'max'. */
  kind?: 'max' | 'min';
  /**
   * 'full' — 全数值比较法, the GB/T 8170 §4.3 default when a standard says nothing: the value as measured.
   * 'rounded' — 修约值比较法: round the value to the limit's interval first. Default 'full'.
   */
  method?: 'full' | 'rounded';
  /** The limit's 修约间隔 for 'rounded'; default: the last decimal place written in `limit` ('97.0' → 0.1). */
  interval?: DecimalInput;
}

/**
 * @summary Does a value meet a limit value (极限数值), by GB/T 8170-2008 §4.3?
 *
 * @description
 * The whole platform compares the measured value with the limit ('full'), as GB/T 8170 §4.3 requires when the
 * standard does not say otherwise. 'rounded' is for the standards that prescribe 修约值比较法.
 * Source: GB/T 8170-2008 §4.3 (standards.md §9.4; its worked examples are [MEMORY]).
 *
 * @returns true when the value 符合 (meets) the limit
 * @throws {StandardInputError} if value or limit is not a finite number
 *
 * @example
 * meetsLimit(0.549, 0.5) //=> false
 * meetsLimit(0.549, 0.5, { method: 'rounded' }) //=> true
 * meetsLimit(96.96, '97.0', { kind: 'min', method: 'rounded' }) //=> true
 */
export function meetsLimit(value: DecimalInput, limit: DecimalInput, options: MeetsLimitOptions = {}): boolean {
  const { kind = 'max', method = 'full' } = options;
  if (kind !== 'max' && kind !== 'min') throw new StandardInputError('kind', kind, "'max' 或 'min'");
  if (method !== 'full' && method !== 'rounded') throw new StandardInputError('method', method, "'full' 或 'rounded'");
  const l = toDecimal(limit, 'limit', false);
  let v = toDecimal(value, 'value', false);
  if (method === 'rounded') v = new Dec(roundGbt8170(v, options.interval ?? writtenInterval(limit, l)));
  return kind === 'max' ? v.lte(l) : v.gte(l);
}

/** The unit of the last decimal written: '97.0' → 0.1, 0.5 → 0.1, 1400 → 1. */
function writtenInterval(limit: DecimalInput, l: InstanceType<typeof Dec>): string {
  const text = typeof limit === 'string' ? limit.trim() : l.toFixed();
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  return decimals === 0 ? '1' : `0.${'0'.repeat(decimals - 1)}1`;
}
