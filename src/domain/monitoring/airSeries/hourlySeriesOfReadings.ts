import type { AqiPollutant, HourlySeries } from '../../standards/index.js';
import { AIR_FACTOR_CODES, HOURLY_DATA_TIME_LABEL, SHANGHAI_OFFSET_MS } from './airFactorCodes.js';

/** What the evaluation reads of a stored reading: its data time and, per HJ 212 factor code, the values and validity. */
export interface StationReading {
  dataTime: Date;
  factors: Readonly<Record<string, { avg?: string; rtd?: string; valid: boolean } | undefined>>;
}

const POLLUTANTS = Object.keys(AIR_FACTOR_CODES) as AqiPollutant[];
const HOUR_MS = 3_600_000;

/** Hours since 1970-01-01 00:00 Asia/Shanghai wall time of a local day's midnight. */
const localHourOfDay = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / HOUR_MS;

/**
 * @summary A station's hourly records (HJ 212 CN 2061) as the hourly series dailyAirSeries reads: 24 values per local
 * day from `firstDay`, µg/m³ (CO mg/m³), null where the hour is missing or its value is not valid.
 *
 * @description Each record's hour is its data time in Asia/Shanghai, labelled as {@link HOURLY_DATA_TIME_LABEL}
 * says; the hourly mean is the factor's Avg (Rtd when a logger sends only that). A value counts only when the
 * receiver judged it valid (flag N or S, no invalidating mark). Records outside the days are ignored.
 *
 * @example
 * hourlySeriesOfReadings([{ dataTime: new Date('2024-01-01T00:00:00+08:00'), factors: { a34004: { avg: '35', valid: true } } }], '2024-01-01', 1).hourly.pm25[0] //=> 35
 */
export function hourlySeriesOfReadings(readings: readonly StationReading[], firstDay: string, days: number): HourlySeries {
  const n = days * 24;
  const hourly = Object.fromEntries(POLLUTANTS.map((p) => [p, new Array<number | null>(n).fill(null)])) as Record<AqiPollutant, (number | null)[]>;
  const base = localHourOfDay(firstDay);
  const shift = HOURLY_DATA_TIME_LABEL === 'end' ? 1 : 0;
  for (const r of readings) {
    const i = Math.floor((r.dataTime.getTime() + SHANGHAI_OFFSET_MS) / HOUR_MS) - base - shift;
    if (i < 0 || i >= n) continue;
    for (const p of POLLUTANTS) {
      const f = r.factors[AIR_FACTOR_CODES[p]];
      const text = f?.avg ?? f?.rtd;
      if (!f || !f.valid || text === undefined) continue;
      const v = Number(text);
      if (Number.isFinite(v) && v >= 0) hourly[p][i] = v;
    }
  }
  return { firstDay, hourly };
}

/** The local day (Asia/Shanghai) of a data time. */
export function localDay(t: Date): string {
  return new Date(t.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
