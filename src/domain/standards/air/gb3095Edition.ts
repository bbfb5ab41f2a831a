import { toCalendarDate, type DateInput } from '../_lib/calendarDate.js';
import { inForce } from '../_lib/inForce.js';
import { StandardInputError } from '../StandardInputError.js';
import { GB3095_EDITIONS, type Gb3095Edition } from './gb3095Editions.js';
import type { Gb3095EditionId } from './types.js';

/** Which GB 3095 applies: an explicit edition, or the one in force on a date. */
export type Gb3095EditionOptions = { edition: Gb3095EditionId } | { date: DateInput };

/**
 * @summary The GB 3095 edition to apply: by id, or the one in force on a date (Asia/Shanghai).
 *
 * @throws {StandardInputError} if neither is given, the id is unknown, or the date is before 2016-01-01
 *
 * @example
 * gb3095Edition({ date: '2018-08-31' }).id //=> '2012'
 * gb3095Edition({ date: '2026-03-01' }).id //=> '2026-transition'
 * gb3095Edition({ date: '2031-01-01' }).id //=> '2026'
 */
export function gb3095Edition(options: Gb3095EditionOptions): Gb3095Edition {
  if (options && 'edition' in options && options.edition !== undefined) {
    const e = GB3095_EDITIONS.find((x) => x.id === options.edition);
    if (!e) throw new StandardInputError('edition', options.edition, GB3095_EDITIONS.map((x) => `'${x.id}'`).join('、'));
    return e;
  }
  if (options && 'date' in options && options.date !== undefined) {
    return inForce(GB3095_EDITIONS, toCalendarDate(options.date), 'GB 3095-2012 ');
  }
  throw new StandardInputError('date', undefined, '数据日期（YYYY-MM-DD）或标准版本 edition');
}
