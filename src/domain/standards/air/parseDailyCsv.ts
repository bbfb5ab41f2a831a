import { toCalendarDate } from '../_lib/calendarDate.js';
import { MISSING_CELLS, splitCsv } from '../_lib/csvLine.js';
import { StandardInputError } from '../StandardInputError.js';

/** The columns of a published daily file; `o3_1h` is optional (HJ 633-2012 daily AQI). */
export type DailyCsvField = 'so2' | 'no2' | 'co' | 'o3_8h' | 'pm10' | 'pm25' | 'o3_1h';

/** A day as published: 24-hour means (O3 the daily maximum 8-hour mean), µg/m³, CO mg/m³; null = missing. */
export interface PublishedAirDay {
  date: string;
  /** The line of the file (header = 1). */
  row: number;
  values: Record<DailyCsvField, number | null>;
}

/** A station's published days, in date order. */
export interface PublishedAirSeries {
  station: string;
  /** The file had an O3 1-hour column (o3_1h). */
  hasO3Max1h: boolean;
  days: PublishedAirDay[];
}

const COLUMNS: Record<string, 'station' | 'date' | DailyCsvField> = {
  station: 'station', 站点: 'station', 站点名称: 'station', 点位: 'station',
  date: 'date', 日期: 'date', 监测日期: 'date',
  so2: 'so2', no2: 'no2', co: 'co', pm10: 'pm10', pm25: 'pm25', 'pm2.5': 'pm25', pm2_5: 'pm25',
  o3_8h: 'o3_8h', 'o3-8h': 'o3_8h', o3_1h: 'o3_1h', 'o3-1h': 'o3_1h',
};
const REQUIRED = ['station', 'date', 'so2', 'no2', 'co', 'o3_8h', 'pm10', 'pm25'] as const;
const FIELDS: readonly DailyCsvField[] = ['so2', 'no2', 'co', 'o3_8h', 'pm10', 'pm25', 'o3_1h'];
const INTEGER = /^\d{1,6}$/;
const ONE_DECIMAL = /^\d{1,6}(\.\d)?$/;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * @summary Read published daily air data from CSV text: `station,date,so2,no2,co,o3_8h,pm10,pm25` (optionally `o3_1h`).
 *
 * @description
 * Daily values as published (HJ 633-2026 §4.2.2, GB/T 8170): integers in µg/m³, CO in mg/m³ with at most one
 * decimal; an empty cell, NA, N/A, —, -, / is missing. The header names the columns in any order (English, or
 * 站点, 日期; `pm2.5`, `o3-8h` accepted). Dates are `YYYY-MM-DD` (or `/`), Asia/Shanghai calendar days. One row per
 * station and day. All or nothing: the first bad cell refuses the whole file, with an error naming the row, the
 * column and the value.
 *
 * @param text - the file content (UTF-8, BOM allowed)
 * @throws {StandardInputError} for an unknown, repeated or missing column, a row with the wrong number of cells,
 * an empty station, a bad date, a value that is not a non-negative integer (CO: one decimal), a repeated
 * station-day, or a file without data rows
 *
 * @example
 * parseDailyCsv('station,date,so2,no2,co,o3_8h,pm10,pm25\nA,2024-01-01,8,30,0.8,,60,35')[0].days[0].values.o3_8h //=> null
 */
export function parseDailyCsv(text: string): PublishedAirSeries[] {
  if (typeof text !== 'string') throw new StandardInputError('text', text, 'CSV 文本');
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsv(lines[0] ?? '', 1).map((h) => h.trim());
  const index = {} as Record<'station' | 'date' | DailyCsvField, number>;
  header.forEach((h, i) => {
    const col = COLUMNS[h.toLowerCase()];
    if (!col) throw new StandardInputError(`表头第${i + 1}列`, h, `列名之一：${REQUIRED.join('、')}（可选 o3_1h）`, 1);
    if (index[col] !== undefined) throw new StandardInputError(`表头第${i + 1}列`, h, `不重复的列名（与第${index[col] + 1}列重复）`, 1);
    index[col] = i;
  });
  for (const col of REQUIRED) {
    if (index[col] === undefined) throw new StandardInputError('表头', lines[0], `包含 ${col} 列（${REQUIRED.join(',')}）`, 1);
  }
  const hasO3Max1h = index.o3_1h !== undefined;

  const byStation = new Map<string, PublishedAirDay[]>();
  const seen = new Map<string, number>();
  for (let r = 1; r < lines.length; r++) {
    if (lines[r].trim() === '') continue;
    const row = r + 1;
    const cells = splitCsv(lines[r], row);
    if (cells.length !== header.length) throw new StandardInputError('列数', cells.length, `与表头相同的 ${header.length} 列`, row);
    const station = cells[index.station].trim();
    if (station === '') throw new StandardInputError('station', cells[index.station], '站点名称', row);
    const date = dateOf(cells[index.date].trim(), row);
    const key = `${station}\u0000${date}`;
    const before = seen.get(key);
    if (before !== undefined) throw new StandardInputError('date', `${station} ${date}`, `每个站点每日一行（与第${before}行重复）`, row);
    seen.set(key, row);
    const values = {} as Record<DailyCsvField, number | null>;
    for (const f of FIELDS) values[f] = index[f] === undefined ? null : cellValue(cells[index[f]], f, row);
    let list = byStation.get(station);
    if (!list) byStation.set(station, (list = []));
    list.push({ date, row, values });
  }
  if (byStation.size === 0) throw new StandardInputError('text', '', '至少一行数据', 2);
  return [...byStation.entries()].map(([station, days]) => ({ station, hasO3Max1h, days: days.sort((a, b) => (a.date < b.date ? -1 : 1)) }));
}

function dateOf(text: string, row: number): string {
  const m = DATE.exec(text);
  const iso = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text;
  try {
    return toCalendarDate(iso, 'date');
  } catch {
    throw new StandardInputError('date', text, '日期 YYYY-MM-DD', row);
  }
}

function cellValue(cell: string, column: DailyCsvField, row: number): number | null {
  const t = cell.trim();
  if (MISSING_CELLS.has(t.toUpperCase())) return null;
  if (column === 'co') {
    if (!ONE_DECIMAL.test(t)) throw new StandardInputError(column, t, '非负数，最多1位小数（mg/m³，日均值按发布值），缺测留空或写 NA', row);
  } else if (!INTEGER.test(t)) {
    throw new StandardInputError(column, t, '非负整数（µg/m³，日均值按发布值），缺测留空或写 NA', row);
  }
  return Number(t);
}
