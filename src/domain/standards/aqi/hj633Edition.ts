import { toCalendarDate, type DateInput } from '../_lib/calendarDate.js';
import { inForce } from '../_lib/inForce.js';
import { StandardInputError } from '../StandardInputError.js';
import { HJ633_EDITIONS, type Hj633Edition } from './hj633Editions.js';
import type { AqiVersion } from './types.js';

/** Which HJ 633 applies: an explicit edition, or the one in force on a date. */
export type AqiEditionOptions = { version: AqiVersion } | { date: DateInput };

/**
 * @summary The HJ 633 edition to apply.
 *
 * @description
 * `{ version }` picks an edition outright; `{ date }` picks the one in force on that day (Asia/Shanghai):
 * HJ 633-2012 until 2026-02-28, HJ 633-2026 from 2026-03-01 (standards.md §0).
 *
 * @throws {StandardInputError} if neither is given, the version is unknown, or the date is before HJ 633-2012
 *
 * @example
 * hj633Edition({ date: '2026-02-28' }).version //=> '2012'
 * hj633Edition({ date: '2026-03-01' }).version //=> '2026'
 */
export function hj633Edition(options: AqiEditionOptions): Hj633Edition {
  if (options && 'version' in options && options.version !== undefined) {
    const e = HJ633_EDITIONS.find((x) => x.version === options.version);
    if (!e) throw new StandardInputError('version', options.version, "'2012' 或 '2026'");
    return e;
  }
  if (options && 'date' in options && options.date !== undefined) {
    return inForce(HJ633_EDITIONS, toCalendarDate(options.date), 'HJ 633-2012 ');
  }
  throw new StandardInputError('date', undefined, '数据日期（YYYY-MM-DD）或标准版本 version');
}
