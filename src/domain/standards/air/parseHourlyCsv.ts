import { addDays, daysInMonth } from '../_lib/calendarDate.js';
import { toScaled } from '../_lib/scaled.js';
import type { AqiPollutant } from '../aqi/types.js';
import { MISSING_CELLS, splitCsv } from '../_lib/csvLine.js';
import { StandardInputError } from '../StandardInputError.js';
import type { HourlySeries } from './dailyAirSeries.js';

/** A station's series as read from a file. */
export type StationSeries = HourlySeries & { station: string };

/** How the time column labels an hour: by its end ('01:00' = 00:00–01:00, HJ 663 usage) or by its start. */
export type HourLabel = 'end' | 'start';

const COLUMNS: Record<string, 'station' | 'time' | AqiPollutant> = {
  station: 'station', 站点: 'station', 站点名称: 'station', 点位: 'station',
  time: 'time', 时间: 'time', 监测时间: 'time', datetime: 'time',
  so2: 'so2', no2: 'no2', co: 'co', o3: 'o3', pm10: 'pm10', pm25: 'pm25', 'pm2.5': 'pm25', pm2_5: 'pm25',
};
const POLLUTANTS: readonly AqiPollutant[] = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'];
const TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const NUMBER = /^(\d+\.?\d*|\.\d+)$/;

/**
 * @summary Read hourly air data from CSV text: `station,time,so2,no2,co,o3,pm10,pm25`, one row per station-hour.
 *
 * @description
 * The header names the columns (English or Chinese: 站点, 时间; `pm2.5` for PM2.5), in any order. Times are
 * `YYYY-MM-DD HH:mm` (seconds optional, `/` accepted) on whole hours, Asia/Shanghai. With `hourLabel: 'end'` (the
 * default, HJ 663 usage: the mean of the hour ending at the time) `01:00` is 00:00–01:00 and `24:00` or next
 * day's `00:00` is 23:00–24:00; with 'start', `00:00` is 00:00–01:00. Empty cells and NA, N/A, —, -, / are missing
 * values. Each station's series runs over whole days from its first to its last day; hours without a row are
 * missing. The file is refused as a whole at its first bad cell (all-or-nothing import).
 *
 * @param text - the file content (UTF-8, BOM allowed)
 * @throws {StandardInputError} naming row, column and value: unknown or missing column, bad time, bad number,
 * a repeated station-hour, or a file without data rows
 *
 * @example
 * parseHourlyCsv('station,time,so2,no2,co,o3,pm10,pm25\nA,2024-01-01 01:00,5,20,0.6,40,50,30')[0].firstDay //=> '2024-01-01'
 */
export function parseHourlyCsv(text: string, options: { hourLabel?: HourLabel } = {}): StationSeries[] {
  const hourLabel = options.hourLabel ?? 'end';
  if (hourLabel !== 'end' && hourLabel !== 'start') throw new StandardInputError('hourLabel', hourLabel, "'end'（整点为该小时结束时刻）或 'start'");
  if (typeof text !== 'string') throw new StandardInputError('text', text, 'CSV 文本');
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsv(lines[0] ?? '', 1).map((h) => h.trim().toLowerCase());
  const index = {} as Record<'station' | 'time' | AqiPollutant, number>;
  header.forEach((h, i) => {
    const col = COLUMNS[h];
    if (!col) throw new StandardInputError(`第${i + 1}列`, h, `列名之一：station（站点）、time（时间）、${POLLUTANTS.join('、')}`, 1);
    index[col] = i;
  });
  for (const col of ['station', 'time', ...POLLUTANTS] as const) {
    if (index[col] === undefined) throw new StandardInputError('表头', lines[0], `包含 ${col} 列`, 1);
  }

  const byStation = new Map<string, { row: number; hour: number; values: (number | null)[] }[]>();
  for (let r = 1; r < lines.length; r++) {
    if (lines[r].trim() === '') continue;
    const row = r + 1;
    const cells = splitCsv(lines[r], row);
    const station = (cells[index.station] ?? '').trim();
    if (station === '') throw new StandardInputError('station', cells[index.station], '站点名称', row);
    const hour = hourOf((cells[index.time] ?? '').trim(), hourLabel, row);
    const values = POLLUTANTS.map((p) => cellValue(cells[index[p]], p, row));
    const list = byStation.get(station) ?? [];
    list.push({ row, hour, values });
    byStation.set(station, list);
  }
  if (byStation.size === 0) throw new StandardInputError('text', '', '至少一行数据', 2);

  return [...byStation.entries()].map(([station, rows]) => {
    const first = Math.floor(Math.min(...rows.map((x) => x.hour)) / 24);
    const last = Math.floor(Math.max(...rows.map((x) => x.hour)) / 24);
    const length = (last - first + 1) * 24;
    const hourly = Object.fromEntries(POLLUTANTS.map((p) => [p, new Array<number | null>(length).fill(null)])) as Record<AqiPollutant, (number | null)[]>;
    const seen = new Map<number, number>();
    for (const x of rows) {
      const i = x.hour - first * 24;
      const before = seen.get(i);
      if (before !== undefined) throw new StandardInputError('time', `${station} ${hourText(x.hour)}`, `每个站点每小时一行（与第${before}行重复）`, x.row);
      seen.set(i, x.row);
      POLLUTANTS.forEach((p, k) => (hourly[p][i] = x.values[k]));
    }
    return { station, firstDay: addDays('1970-01-01', first), hourly };
  });
}

/** Start hour of the row, counted in hours since 1970-01-01 00:00 (Asia/Shanghai wall time). */
function hourOf(text: string, label: HourLabel, row: number): number {
  const m = TIME.exec(text);
  const bad = () => new StandardInputError('time', text, '整点时间 YYYY-MM-DD HH:00', row);
  if (!m) throw bad();
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || mi !== 0 || s !== 0 || h > 24 || (h === 24 && label === 'start')) throw bad();
  const hour = Date.UTC(y, mo - 1, d) / 3_600_000 + h;
  return label === 'end' ? hour - 1 : hour;
}

function hourText(hour: number): string {
  return new Date(hour * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function cellValue(cell: string | undefined, column: AqiPollutant, row: number): number | null {
  const t = (cell ?? '').trim();
  if (MISSING_CELLS.has(t.toUpperCase())) return null;
  const v = NUMBER.test(t) ? Number(t) : Number.NaN;
  if (Number.isNaN(v) || toScaled(v) === null) throw new StandardInputError(column, t, '非负数（最多6位小数，小于1000000），缺测留空或写 NA', row);
  return v;
}
