import type { Decimal } from 'decimal.js';
import { Dec } from '../../standards/_lib/decimal.js';
import { StandardInputError } from '../../standards/StandardInputError.js';

/**
 * Reads a mass in t/a written as exact decimal text ('90.59', '300'), never a JS number, so that a ledger
 * figure is summed and compared exactly as entered.
 *
 * @throws {StandardInputError} naming `field` for anything but non-negative decimal text
 */
export function readTonnesPerYear(value: unknown, field: string): Decimal {
  if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value.trim())) {
    throw new StandardInputError(field, value, '非负的十进制数字文本（t/a，如 "90.59"）');
  }
  return new Dec(value.trim());
}
