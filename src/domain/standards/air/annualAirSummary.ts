import { AQI_CATEGORIES } from '../aqi/aqiCategories.js';
import { goodDayShare } from '../aqi/goodDayShare.js';
import type { AqiResult } from '../aqi/aqiResult.js';
import type { AqiIndicator } from '../aqi/types.js';
import { StandardInputError } from '../StandardInputError.js';
import { pollutantsOfYear, type AnnualPollutantStats } from './annualPollutantStats.js';
import type { DailyAirRow } from './dailyAirSeries.js';
import { rowsByYear } from './rowsByYear.js';
import { scaledRate } from './scaledRate.js';
import type { AirZoneClass } from './types.js';
import type { YearColumns } from './yearColumns.js';

/** The AQI side of a year. */
export interface AnnualAqiSummary {
  /** Days with a published daily AQI. */
  validDays: number;
  /** Days with AQI ≤ 100. */
  goodDays: number;
  /** 优良天数比例, %, printed to 0.1 (GB/T 8170); null without a valid day. */
  goodDayShare: string | null;
  /** Days per category name (优 … 严重污染). */
  categoryDays: Record<string, number>;
  /** Days each indicator was (one of) the primary pollutant(s). */
  primaryPollutantDays: Partial<Record<AqiIndicator, number>>;
  /** The worst day. */
  max: { date: string; aqi: number } | null;
}

/** What the summary reads of a day: a {@link DailyAirRow}, or a published day with its AQI. */
export type AnnualAirRow = Pick<DailyAirRow, 'date' | 'values'> & { aqi: Pick<AqiResult, 'aqi' | 'category' | 'primaryPollutants'> };

/** One calendar year of a station. */
export interface AnnualAirSummary {
  year: number;
  /** Days of the year present in the rows. */
  days: number;
  pollutants: AnnualPollutantStats[];
  aqi: AnnualAqiSummary;
}

/**
 * @summary Annual summary per calendar year of a station's daily rows: HJ 663 statistics of the six pollutants,
 * and the AQI year (valid days, 优良天数比例, days per category, primary-pollutant days).
 *
 * @description
 * Takes the rows of {@link dailyAirSeries} (or any rows of that shape) and splits them by calendar year.
 * Pollutant statistics as in {@link annualPollutantStats} (O3 on the daily maximum 8-hour values); the good-day
 * share counts only days with a published AQI (standards.md §1.8).
 *
 * @param rows - daily rows, each date at most once
 * @param options - `zoneClass` 1 or 2 (default 2)
 * @throws {StandardInputError} for a repeated or bad date
 *
 * @example
 * const flat = (v) => Array(24).fill(v);
 * const rows = dailyAirSeries({ firstDay: '2024-07-01', hourly: { so2: flat(10), no2: flat(45), co: flat(1.2), o3: flat(100), pm10: flat(60), pm25: flat(30) } });
 * annualAirSummary(rows)[0].aqi.goodDayShare //=> '100.0'
 */
export function annualAirSummary(rows: readonly AnnualAirRow[], options: { zoneClass?: AirZoneClass } = {}): AnnualAirSummary[] {
  if (!Array.isArray(rows)) throw new StandardInputError('rows', rows, '每日数据行组成的数组');
  return rowsByYear(rows).map(([year, list]) => annualAirYear(year, list, options.zoneClass ?? 2).summary);
}

/**
 * One calendar year of {@link annualAirSummary}, from its rows (grouped by {@link rowsByYear}); with the rows read
 * into columns, for the compliance count of the same year.
 */
export function annualAirYear(year: number, list: readonly AnnualAirRow[], zoneClass: AirZoneClass): { summary: AnnualAirSummary; columns: YearColumns } {
  // One array of dates and the six daily series, read with named properties in one pass; no object per day.
  const n = list.length;
  const dates: string[] = new Array(n);
  const so2: unknown[] = new Array(n);
  const no2: unknown[] = new Array(n);
  const co: unknown[] = new Array(n);
  const o3: unknown[] = new Array(n);
  const pm10: unknown[] = new Array(n);
  const pm25: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const { date, values } = list[i];
    dates[i] = date;
    so2[i] = values.so2;
    no2[i] = values.no2;
    co[i] = values.co;
    o3[i] = values.o3_8h;
    pm10[i] = values.pm10;
    pm25[i] = values.pm25;
  }
  const { pollutants, columns } = pollutantsOfYear(dates, { so2, no2, co, o3, pm10, pm25 }, { year, zoneClass });
  return { summary: { year, days: n, pollutants, aqi: aqiYear(list) }, columns };
}

function aqiYear(rows: readonly AnnualAirRow[]): AnnualAqiSummary {
  const share = goodDayShare(rows.map((r) => r.aqi.aqi));
  const categoryDays = Object.fromEntries(AQI_CATEGORIES.map((c) => [c.name, 0])) as Record<string, number>;
  const primaryPollutantDays: Partial<Record<AqiIndicator, number>> = {};
  let max: { date: string; aqi: number } | null = null;
  // Index loops: an iterator per row and per primary pollutant costs while the first stations run unoptimized.
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const { aqi, category, primaryPollutants } = r.aqi;
    if (aqi === null || category === null) continue;
    categoryDays[category.name]++;
    for (let k = 0; k < primaryPollutants.length; k++) {
      const p = primaryPollutants[k];
      primaryPollutantDays[p] = (primaryPollutantDays[p] ?? 0) + 1;
    }
    if (max === null || aqi > max.aqi) max = { date: r.date, aqi };
  }
  return {
    validDays: share.validDays,
    goodDays: share.goodDays,
    goodDayShare: scaledRate(share.goodDays, share.validDays),
    categoryDays,
    primaryPollutantDays,
    max,
  };
}
