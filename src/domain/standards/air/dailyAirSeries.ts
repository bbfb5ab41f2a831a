import { addDays, toCalendarDate } from '../_lib/calendarDate.js';
import { aqiResult, type AqiResult } from '../aqi/aqiResult.js';
import type { Hj633Edition } from '../aqi/hj633Editions.js';
import { hj633Edition } from '../aqi/hj633Edition.js';
import type { AqiPollutant, AqiVersion } from '../aqi/types.js';
import { StandardInputError } from '../StandardInputError.js';
import { airLimit } from './airLimit.js';
import { CONCENTRATION_DECIMALS } from './concentrationDecimals.js';
import { gb3095Edition } from './gb3095Edition.js';
import { GB3095_VALIDITY } from './gb3095Validity.js';
import { mda8Kept, readDailyMeans, readDailyO3, type HourlyValues } from './hourlyWindows.js';
import type { AirZoneClass } from './types.js';
import { yearDays } from './yearDays.js';

/** One station's hourly means, 24 per day from 00–01 h of `firstDay` (start-labelled); null = missing. */
export interface HourlySeries {
  /** First day, Asia/Shanghai, 'YYYY-MM-DD'. */
  firstDay: string;
  /** Six equally long arrays, a multiple of 24 hours. µg/m³, CO mg/m³. */
  hourly: Readonly<Record<AqiPollutant, HourlyValues>>;
}

/** The daily values of a day: 24-hour means, O3 daily maximum 8-hour and 1-hour means. */
export type DailyAirField = 'so2' | 'no2' | 'co' | 'pm10' | 'pm25' | 'o3_8h' | 'o3_1h';

/** One day of a station. */
export interface DailyAirRow {
  date: string;
  /** Valid hours of the day per pollutant. */
  validHours: Record<AqiPollutant, number>;
  /** Valid O3 8-hour means among the 17 windows. */
  o3ValidWindows: number;
  /** Daily values as published (GB/T 8170: integers, CO 0.1); null where invalid. */
  values: Record<DailyAirField, number | null>;
  /** The daily AQI of the day by the HJ 633 edition in force on it. */
  aqi: AqiResult;
}

/** Options of {@link dailyAirSeries}. */
export interface DailyAirSeriesOptions {
  /** Zone class for the O3 exceedance validity rule; default 2 (二类区). */
  zoneClass?: AirZoneClass;
  /** Apply this HJ 633 edition to every day instead of the one in force on each day. */
  version?: AqiVersion;
}

const ALL: readonly AqiPollutant[] = ['so2', 'no2', 'co', 'pm10', 'pm25', 'o3'];
/** The five 24-hour means, in {@link ALL} order (O3 is read apart for its windows). */
const MEANS = ['so2', 'no2', 'co', 'pm10', 'pm25'] as const;
const DECIMALS = CONCENTRATION_DECIMALS;
const SCALES = Object.fromEntries(ALL.map((p) => [p, 10 ** DECIMALS[p]])) as Record<AqiPollutant, number>;
/** A rounded scaled value (NaN = invalid) as the published number (CO 12 → 1.2) or null. */
const unscaled = (rounded: number, scale: number) => (rounded === rounded ? rounded / scale : null);
/** A rounded scaled value for the AQI: NaN → null. */
const orNull = (rounded: number) => (rounded === rounded ? rounded : null);

/**
 * @summary Daily values and daily AQI from a station's hourly data.
 *
 * @description
 * Per day: 24-hour means of SO2, NO2, CO, PM10, PM2.5 (valid with ≥ 20 hours, GB 3095 表4); O3 daily maximum
 * 8-hour mean (windows ending 08:00–24:00, ≥ 6 hours each, ≥ 14 windows or above the limit, HJ 663 §6.1.2); O3
 * daily maximum 1-hour mean (≥ 20 hours [INTERPRETATION]). Values are exact means rounded once by GB/T 8170,
 * then the daily AQI is computed by the HJ 633 edition in force on the day (2012: 7 indicators, 2026: 6), an
 * invalid value being NA. Arithmetic is in scaled integers, verified against decimal.js in the tests.
 * Source: standards.md §1, §2.5–2.6, §3.3.
 *
 * @throws {StandardInputError} naming pollutant, day and hour for a bad value (NaN, negative, undefined, more than
 * six decimals), and for arrays of unequal length or not whole days, or a bad first day
 *
 * @example
 * const flat = (v) => Array(24).fill(v);
 * const rows = dailyAirSeries({ firstDay: '2024-07-01', hourly: { so2: flat(10), no2: flat(45), co: flat(1.2), o3: flat(170), pm10: flat(120), pm25: flat(80) } });
 * rows[0].aqi.aqi //=> 110
 */
export function dailyAirSeries(series: HourlySeries, options: DailyAirSeriesOptions = {}): DailyAirRow[] {
  const firstDay = toCalendarDate(series?.firstDay, 'firstDay');
  const hourly = series.hourly ?? {};
  const length = hourly.pm25?.length;
  for (const p of ALL) {
    const n = hourly[p]?.length;
    if (n === undefined || n !== length || n % 24 !== 0) throw new StandardInputError(p, n, `与 pm25 等长且为24的整数倍的小时值数组（pm25 为 ${length}）`);
  }
  const zoneClass = options.zoneClass ?? 2;
  const days = (length as number) / 24;
  // Each pollutant read once, in ALL order, straight into per-day columns (typed arrays, no object per day); a bad
  // value is named by pollutant, day and hour.
  const fieldOf = (p: AqiPollutant) => (i: number) => `${p}（${addDays(firstDay, Math.floor(i / 24))} ${String(i % 24).padStart(2, '0')}时）`;
  const minHours = GB3095_VALIDITY.dailyMinHours;
  const [so2, no2, co, pm10, pm25] = MEANS.map((p) => {
    const column = { rounded: new Float64Array(days), validHours: new Uint8Array(days) };
    readDailyMeans(hourly[p], days, minHours, DECIMALS[p], column, fieldOf(p));
    return column;
  });
  const o3 = { max8h: new Float64Array(days), validWindows: new Uint8Array(days), max1h: new Float64Array(days), validHours: new Uint8Array(days) };
  readDailyO3(hourly.o3, days, o3, fieldOf('o3'));

  const rows: DailyAirRow[] = new Array(days);
  // The day's rounded values for the AQI: one object rewritten per day (aqiResult only reads it).
  const scaled: Record<DailyAirField, number | null> = { so2: null, no2: null, co: null, pm10: null, pm25: null, o3_8h: null, o3_1h: null };
  let edition: Hj633Edition | null = options.version ? hj633Edition({ version: options.version }) : null;
  let o3Limit = { until: '', value: 0 };
  // Day labels from the cached calendar of each year (no Date per day).
  let year = Number(firstDay.slice(0, 4));
  let calendar = yearDays(year);
  let dayOfYear = calendar.indexOf(firstDay);
  let date = firstDay;
  for (let d = 0; d < days; d++) {
    if (d > 0) {
      if (++dayOfYear === calendar.length) {
        calendar = yearDays(++year);
        dayOfYear = 0;
      }
      date = calendar[dayOfYear];
    }
    if (!options.version && (edition === null || date > (edition.effectiveTo ?? '9999') || date < edition.effectiveFrom)) {
      edition = hj633Edition({ date });
    }
    if (date > o3Limit.until) o3Limit = o3LimitFrom(date, zoneClass);
    const o3_8h = mda8Kept(o3.validWindows[d], o3.max8h[d], o3Limit.value) ? o3.max8h[d] : Number.NaN;
    scaled.so2 = orNull(so2.rounded[d]);
    scaled.no2 = orNull(no2.rounded[d]);
    scaled.co = orNull(co.rounded[d]);
    scaled.pm10 = orNull(pm10.rounded[d]);
    scaled.pm25 = orNull(pm25.rounded[d]);
    scaled.o3_8h = orNull(o3_8h);
    scaled.o3_1h = orNull(o3.max1h[d]);
    rows[d] = {
      date,
      validHours: {
        so2: so2.validHours[d],
        no2: no2.validHours[d],
        co: co.validHours[d],
        pm10: pm10.validHours[d],
        pm25: pm25.validHours[d],
        o3: o3.validHours[d],
      },
      o3ValidWindows: o3.validWindows[d],
      values: {
        so2: unscaled(so2.rounded[d], SCALES.so2),
        no2: unscaled(no2.rounded[d], SCALES.no2),
        co: unscaled(co.rounded[d], SCALES.co),
        pm10: unscaled(pm10.rounded[d], SCALES.pm10),
        pm25: unscaled(pm25.rounded[d], SCALES.pm25),
        o3_8h: unscaled(o3_8h, SCALES.o3),
        o3_1h: unscaled(o3.max1h[d], SCALES.o3),
      },
      aqi: aqiResult(edition as Hj633Edition, 'daily', scaled),
    };
  }
  return rows;
}

/** The O3 8-hour limit on `date` and the last day of the GB 3095 edition that sets it. */
function o3LimitFrom(date: string, zoneClass: AirZoneClass): { until: string; value: number } {
  const edition = gb3095Edition({ date });
  const limit = airLimit({ pollutant: 'o3', averaging: '8h', zoneClass, edition: edition.id });
  return { until: edition.effectiveTo ?? '9999-12-31', value: limit.value };
}
