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
import { HJ663_RULES } from './hj663Rules.js';
import { max1hOfDay, mda8OfDay, meanOfHours, readHours, type HourlyValues } from './hourlyWindows.js';
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
const DECIMALS = CONCENTRATION_DECIMALS;
const SCALES = Object.fromEntries(ALL.map((p) => [p, 10 ** DECIMALS[p]])) as Record<AqiPollutant, number>;
/**
 * Hourly values of the six pollutants as scaled integers, reused by every call (the function is synchronous and
 * its result keeps no reference to it); grows to the longest series seen up to {@link SCRATCH_MAX_HOURS} hours per
 * pollutant — a longer series gets a buffer of its own, so a one-off decade does not stay in memory.
 */
let scratch = new Float64Array(0);
const SCRATCH_MAX_HOURS = 2 * 366 * 24;
/** A rounded scaled mean as the published number (CO 12 → 1.2), null stays null. */
const unscaled = (rounded: number | null, scale: number) => (rounded === null ? null : rounded / scale);

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
  const rows: DailyAirRow[] = new Array(days);
  // Each pollutant read once, as scaled integers (NaN = missing), into one scratch buffer kept between calls; a bad
  // value is named by pollutant, day and hour.
  const n = length as number;
  let buffer = scratch;
  if (buffer.length < ALL.length * n) {
    buffer = new Float64Array(ALL.length * n);
    if (n <= SCRATCH_MAX_HOURS) scratch = buffer;
  }
  const [so2B, no2B, coB, pm10B, pm25B, o3B] = ALL.map((p, k) => {
    const out = buffer.subarray(k * n, (k + 1) * n);
    readHours(hourly[p], 0, n, out, (i) => `${p}（${addDays(firstDay, Math.floor(i / 24))} ${String(i % 24).padStart(2, '0')}时）`);
    return out;
  });
  const minHours = GB3095_VALIDITY.dailyMinHours;
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
    const from = d * 24;
    const to = from + 24;
    if (!options.version && (edition === null || date > (edition.effectiveTo ?? '9999') || date < edition.effectiveFrom)) {
      edition = hj633Edition({ date });
    }
    if (date > o3Limit.until) o3Limit = o3LimitFrom(date, zoneClass);
    const so2 = meanOfHours(so2B, from, to, minHours, DECIMALS.so2);
    const no2 = meanOfHours(no2B, from, to, minHours, DECIMALS.no2);
    const co = meanOfHours(coB, from, to, minHours, DECIMALS.co);
    const pm10 = meanOfHours(pm10B, from, to, minHours, DECIMALS.pm10);
    const pm25 = meanOfHours(pm25B, from, to, minHours, DECIMALS.pm25);
    const o3 = mda8OfDay(o3B, o3Limit.value, from);
    const o3Max1h = max1hOfDay(o3B, DECIMALS.o3, HJ663_RULES.o3Max1hMinHours, from);
    scaled.so2 = so2.rounded;
    scaled.no2 = no2.rounded;
    scaled.co = co.rounded;
    scaled.pm10 = pm10.rounded;
    scaled.pm25 = pm25.rounded;
    scaled.o3_8h = o3.rounded;
    scaled.o3_1h = o3Max1h.rounded;
    rows[d] = {
      date,
      validHours: { so2: so2.validHours, no2: no2.validHours, co: co.validHours, pm10: pm10.validHours, pm25: pm25.validHours, o3: o3Max1h.validHours },
      o3ValidWindows: o3.validWindows,
      values: {
        so2: unscaled(so2.rounded, SCALES.so2),
        no2: unscaled(no2.rounded, SCALES.no2),
        co: unscaled(co.rounded, SCALES.co),
        pm10: unscaled(pm10.rounded, SCALES.pm10),
        pm25: unscaled(pm25.rounded, SCALES.pm25),
        o3_8h: unscaled(o3.rounded, SCALES.o3),
        o3_1h: unscaled(o3Max1h.rounded, SCALES.o3),
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
