import { splitCsv } from '../../standards/_lib/csvLine.js';
import {
  dailyAirSeries,
  parseDailyCsv,
  parseHourlyCsv,
  StandardInputError,
  type AirZoneClass,
  type DailyCsvField,
  type HourLabel,
} from '../../standards/index.js';

/** A day of an imported series: values as published (µg/m³, CO mg/m³), the AQI the file gave, the file's row. */
export interface SeriesDay {
  date: string;
  /** The first line of the file the day comes from (header = 1); null for a day computed from hourly rows. */
  row: number | null;
  values: Record<DailyCsvField, number | null>;
  aqi: number | null;
}

/** An imported file read as one station's days. */
export interface SeriesFile {
  /** 'daily': published daily values; 'hourly': daily values computed from hourly values. */
  origin: 'daily' | 'hourly';
  /** The station the file names. */
  station: string;
  days: SeriesDay[];
}

const TIME_COLUMNS = new Set(['time', '时间', '监测时间', 'datetime']);
const DATE_COLUMNS = new Set(['date', '日期', '监测日期']);
const AQI_COLUMNS = new Set(['aqi', '空气质量指数']);
const YEAR = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):00(?::00)?)?\s*$/;

/**
 * @summary Reads an air series file for one station the park does not run: published daily values
 * (`station,date,so2,no2,co,o3_8h,pm10,pm25`, optional `o3_1h` and `aqi`) or hourly values (`station,time,so2,no2,co,
 * o3,pm10,pm25`, turned into daily values by dailyAirSeries).
 *
 * @description The kind is told by the header: a time column (time, 时间) means hourly. Daily files are read by
 * parseDailyCsv (integers, CO one decimal), hourly ones by parseHourlyCsv. The file must hold one station; with
 * `year`, every date must fall in it (an hourly file's `year+1-01-01 00:00`, the last hour of the year labelled by
 * its end, excepted). All or nothing: the first bad cell throws.
 *
 * @throws {StandardInputError} naming row, column and value
 *
 * @example
 * seriesFileDays('station,date,so2,no2,co,o3_8h,pm10,pm25,aqi\n城市站,2024-01-02,8,30,0.8,60,70,52,72').days[0].aqi //=> 72
 */
export function seriesFileDays(text: string, options: { year?: number; zoneClass?: AirZoneClass; hourLabel?: HourLabel } = {}): SeriesFile {
  if (typeof text !== 'string') throw new StandardInputError('text', text, 'CSV 文本');
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsv(lines[0] ?? '', 1).map((h) => h.trim().toLowerCase());
  const hourly = header.some((h) => TIME_COLUMNS.has(h));
  const when = header.findIndex((h) => (hourly ? TIME_COLUMNS : DATE_COLUMNS).has(h));
  if (options.year !== undefined && when >= 0) checkYear(lines, when, header[when], options.year, hourly && (options.hourLabel ?? 'end') === 'end');
  if (hourly) {
    const stations = parseHourlyCsv(text, { hourLabel: options.hourLabel });
    oneStation(stations.map((s) => s.station), lines, header);
    const rows = dailyAirSeries(stations[0], { zoneClass: options.zoneClass ?? 2 });
    const days = rows
      .filter((r) => Object.values(r.values).some((v) => v !== null))
      .map((r) => ({ date: r.date, row: null, values: { ...r.values }, aqi: null }));
    return { origin: 'hourly', station: stations[0].station, days };
  }
  const aqiAt = header.findIndex((h) => AQI_COLUMNS.has(h));
  const aqis = new Map<number, number | null>();
  const withoutAqi = aqiAt < 0 ? lines : lines.map((line, r) => (r === 0 || line.trim() !== '' ? dropCell(line, r, aqiAt, aqis) : line));
  const stations = parseDailyCsv(withoutAqi.join('\n'));
  oneStation(stations.map((s) => s.station), lines, header);
  const days = stations[0].days.map((d) => ({ date: d.date, row: d.row, values: d.values, aqi: aqis.get(d.row) ?? null }));
  return { origin: 'daily', station: stations[0].station, days };
}

/** The line without cell `at`, the cell read as an AQI (a non-negative integer, or missing). */
function dropCell(line: string, r: number, at: number, aqis: Map<number, number | null>): string {
  const cells = splitCsv(line, r + 1);
  if (r > 0) {
    const t = (cells[at] ?? '').trim();
    if (t !== '' && !/^\d{1,4}$/.test(t) && !['NA', 'N/A', '—', '-', '/'].includes(t.toUpperCase())) {
      throw new StandardInputError('aqi', t, '非负整数（空气质量指数），缺测留空或写 NA', r + 1);
    }
    aqis.set(r + 1, /^\d+$/.test(t) ? Number(t) : null);
  }
  cells.splice(at, 1);
  return cells.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

function checkYear(lines: readonly string[], at: number, column: string, year: number, endLabelled: boolean) {
  for (let r = 1; r < lines.length; r++) {
    if (lines[r].trim() === '') continue;
    const cell = (splitCsv(lines[r], r + 1)[at] ?? '').trim();
    const m = YEAR.exec(cell);
    if (!m) continue; // the reader names a bad date or time
    const y = Number(m[1]);
    const lastHour = endLabelled && y === year + 1 && Number(m[2]) === 1 && Number(m[3]) === 1 && Number(m[4] ?? -1) === 0;
    if (y !== year && !lastHour) throw new StandardInputError(column, cell, `${year}年内的日期`, r + 1);
  }
}

/** One station per file: the second station's first row is named. */
function oneStation(stations: readonly string[], lines: readonly string[], header: readonly string[]) {
  if (stations.length <= 1) return;
  const at = header.findIndex((h) => ['station', '站点', '站点名称', '点位'].includes(h));
  for (let r = 1; r < lines.length; r++) {
    const name = (splitCsv(lines[r], r + 1)[at] ?? '').trim();
    if (name !== '' && name !== stations[0]) throw new StandardInputError('station', name, `一个文件只含一个站点（本文件第一个站点为"${stations[0]}"）`, r + 1);
  }
}
