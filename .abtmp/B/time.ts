/**
 * Times in HJ 212: DataTime is `yyyyMMddHHmmss` (14 digits), QN is `yyyyMMddHHmmsszzz` (17 digits). In the
 * wild DataTime also comes with 17 digits and QN as 13-digit epoch milliseconds (hj212.md §1.3). Wall-clock
 * times are China Standard Time (UTC+8, no daylight saving since 1991).
 */

export type Hj212TimeFormat = 'yyyyMMddHHmmss' | 'yyyyMMddHHmmssSSS' | 'epochMs';

export interface Hj212Time {
  /** As received. */
  text: string;
  format: Hj212TimeFormat;
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  epochMs: number;
}

const CST_OFFSET_MS = 8 * 3600 * 1000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number in text[start, start + n) if all are ASCII digits, else -1. */
function digitsAt(text: string, start: number, n: number): number {
  let v = 0;
  for (let i = start; i < start + n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil; Date.UTC is slower). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromWallClock(text: string, withMs: boolean): Hj212Time | null {
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 4, 2);
  const day = digitsAt(text, 6, 2);
  const hour = digitsAt(text, 8, 2);
  const minute = digitsAt(text, 10, 2);
  const second = digitsAt(text, 12, 2);
  const ms = withMs ? digitsAt(text, 14, 3) : 0;
  if (year < 1970 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return null;
  if (minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0) return null;
  const leap = month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0);
  if (day > DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0)) return null;
  const secondOfDay = hour * 3600 + minute * 60 + second;
  return {
    text,
    format: withMs ? 'yyyyMMddHHmmssSSS' : 'yyyyMMddHHmmss',
    epochMs: (daysFromCivil(year, month, day) * 86400 + secondOfDay) * 1000 + ms - CST_OFFSET_MS,
  };
}

function fromEpochMs(text: string): Hj212Time | null {
  if (digitsAt(text, 0, 13) < 0) return null;
  return { text, format: 'epochMs', epochMs: Number(text) };
}

/**
 * Parses a 14- or 17-digit wall-clock time or 13-digit epoch milliseconds; null for anything else,
 * including impossible dates (month 13, 30 February).
 *
 * @example parseHj212Time('20160801085857223')?.epochMs //=> Date.parse('2016-08-01T08:58:57.223+08:00')
 */
export function parseHj212Time(text: string): Hj212Time | null {
  switch (text.length) {
    case 14:
      return fromWallClock(text, false);
    case 17:
      return fromWallClock(text, true);
    case 13:
      return fromEpochMs(text);
    default:
      return null;
  }
}
