import { StandardInputError } from '../StandardInputError.js';

/** A day as `'YYYY-MM-DD'` (local date in Asia/Shanghai) or a `Date` (converted to its Asia/Shanghai date). */
export type DateInput = string | Date;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Asia/Shanghai has been UTC+8 without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The Asia/Shanghai calendar day of `date` as `'YYYY-MM-DD'`, or throws {@link StandardInputError}. */
export function toCalendarDate(date: unknown, field = 'date'): string {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new StandardInputError(field, date, '有效日期');
    return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
  }
  const text = typeof date === 'string' ? date.trim() : '';
  const m = ISO_DAY.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) return text;
  }
  throw new StandardInputError(field, date, '日期 YYYY-MM-DD');
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The day `n` days after `'YYYY-MM-DD'` (n may be negative). */
export function addDays(day: string, n: number): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
