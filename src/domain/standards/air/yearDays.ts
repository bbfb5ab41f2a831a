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
