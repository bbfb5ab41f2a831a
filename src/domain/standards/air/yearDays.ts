import { addDays } from '../_lib/calendarDate.js';

const YEARS = new Map<number, readonly string[]>();

/**
 * The days of a calendar year as 'YYYY-MM-DD' (365 or 366), built once per year and shared: the hot paths label
 * and look up days without a `Date` per day. Years 1000–9999.
 *
 * Internal (not exported from index.ts), e.g.:
 * `yearDays(2024).length` → 366
 * `yearDays(2024)[59]` → '2024-02-29'
 */
export function yearDays(year: number): readonly string[] {
  let days = YEARS.get(year);
  if (!days) {
    const list: string[] = [];
    const first = `${year}-01-01`;
    for (let i = 0, day = first; day.startsWith(`${year}-`); day = addDays(first, ++i)) list.push(day);
    YEARS.set(year, (days = Object.freeze(list)));
  }
  return days;
}

/** Days before each month and days in each month, in a common year. */
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day of the year (0-based) of `date` when it is exactly one of {@link yearDays}(`year`) — 'YYYY-MM-DD', nothing
 * around it — and −1 for anything else: the lookup of the annual statistics, read from the characters instead of
 * hashed into a map of the year's days.
 *
 * Internal (not exported from index.ts), e.g.:
 * `dayOfYear('2024-03-01', 2024)` → 60
 * `dayOfYear('2023-02-29', 2023)` → -1
 * `dayOfYear(' 2024-03-01', 2024)` → -1
 */
export function dayOfYear(date: unknown, year: number): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  const month = digits(date, 5, 2);
  const day = digits(date, 8, 2);
  if (digits(date, 0, 4) !== year || month < 1 || month > 12 || day < 1) return -1;
  const leapDay = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 1 : 0;
  if (day > MONTH_DAYS[month - 1] + (month === 2 ? leapDay : 0)) return -1;
  return MONTH_START[month - 1] + (month > 2 ? leapDay : 0) + day - 1;
}

/** The decimal number written by `count` digits of `s` from `from`; −1 if one is not a digit. */
function digits(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}
