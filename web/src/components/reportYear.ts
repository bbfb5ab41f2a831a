/**
 * The year every page with a year selector starts at: the last complete year in Asia/Shanghai, unless this user
 * picked another one, remembered per user (in this browser) and shared by every page.
 */
import { lastCompleteYear } from '../../../src/domain/report/reportingYear.js';

/** The part of `localStorage` the choice needs; a test passes a Map-backed one. */
export type YearStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const isReportYear = (y: number): boolean => Number.isInteger(y) && y >= 1990 && y <= 2100;

export const yearStorageKey = (userId: number) => `parkeco:reportYear:${userId}`;

/** The year this user picked last, else the last complete year at `now`. */
export function initialReportYear(storage: YearStorage, userId: number, now: Date): number {
  const saved = storage.getItem(yearStorageKey(userId));
  const y = saved === null ? NaN : Number(saved);
  return isReportYear(y) ? y : lastCompleteYear(now);
}

export function rememberReportYear(storage: YearStorage, userId: number, year: number): void {
  storage.setItem(yearStorageKey(userId), String(year));
}
