import { z } from 'zod';
import { daysInMonth } from '../domain/standards/_lib/calendarDate.js';

/**
 * Shared zod building blocks for every schema at the edge (route params, queries, bodies, service inputs), so that
 * nothing the database would refuse reaches it: ids and sequence numbers within int4, dates that exist on the
 * calendar, text without NUL or control characters, timestamps PostgreSQL and JavaScript both represent.
 */

export const INT4_MAX = 2_147_483_647;
/** Years both PostgreSQL dates/timestamps and JS Date represent, and far beyond any real ledger. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** C0 controls except tab/newline/carriage return, DEL, and C1 controls. PostgreSQL refuses NUL in text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Text of at most `max` characters without NUL or other control characters. */
export const safeText = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .max(max, `${label}不能超过${max}个字`)
    .refine((s) => !CONTROL.test(s), `${label}不能含控制字符`);

/** A positive int4 (database serial ids, ledger sequence numbers). */
export const int4Positive = (label: string) =>
  z
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(1, `${label}应为正整数`)
    .max(INT4_MAX, `${label}不能超过 ${INT4_MAX}`);

/** A record id in a URL path: decimal digits only, within int4. */
export const idParam = (label = '编号') =>
  z
    .string({ error: `${label}应为正整数` })
    .regex(/^[1-9]\d{0,9}$/, `${label}应为正整数`)
    .transform(Number)
    .pipe(z.number().max(INT4_MAX, `${label}不能超过 ${INT4_MAX}`));

/** A year in a query string, within the representable range. */
export const yearQuery = (label = '年份') =>
  z
    .string({ error: `${label}应为4位年份` })
    .regex(/^\d{4}$/, `${label}应为4位年份`)
    .transform(Number)
    .pipe(z.number().min(MIN_YEAR, `${label}应在${MIN_YEAR}年之后`).max(MAX_YEAR, `${label}应在${MAX_YEAR}年之前`));

/** Whether y-m-d is a day on the calendar (2024-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** A calendar date YYYY-MM-DD that exists, between 1900 and 2200. */
export const calendarDate = (label: string) =>
  z
    .string({ error: `${label}应为日期` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 YYYY-MM-DD`)
    .refine(isCalendarDate, `${label}不是日历上存在的日期（${MIN_YEAR}至${MAX_YEAR}年）`);

/** Partial date YYYY, YYYY-MM or YYYY-MM-DD whose parts exist on the calendar. */
export const partialDate = (label: string) =>
  z
    .string({ error: `${label}应为日期` })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, `${label}格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD`)
    .refine((s) => isCalendarDate([...s.split('-'), '01', '01'].slice(0, 3).join('-')), `${label}不是日历上存在的日期（${MIN_YEAR}至${MAX_YEAR}年）`);

/** An ISO 8601 timestamp in a query string, within 1900–2200 (so PostgreSQL and JS Date both hold it). */
export const timestampQuery = (label: string) =>
  z
    .string({ error: `${label}应为时间` })
    .max(40, `${label}应为 ISO 8601 时间，如 2024-05-01T08:00:00+08:00`)
    .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/, `${label}应为 ISO 8601 时间，如 2024-05-01T08:00:00+08:00`)
    .refine((s) => isCalendarDate(s.slice(0, 10)), `${label}不是日历上存在的日期（${MIN_YEAR}至${MAX_YEAR}年）`)
    .transform((s) => new Date(s))
    .refine((d) => !Number.isNaN(d.getTime()), `${label}不是有效的时间`);
