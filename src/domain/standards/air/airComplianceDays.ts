import { toCalendarDate } from '../_lib/calendarDate.js';
import { formatScaled } from '../_lib/integer.js';
import { StandardInputError } from '../StandardInputError.js';
import { AIR_DAY_FIELDS, AIR_DAY_RULES, type PartialDayRule } from './airDayRules.js';
import { airLimit } from './airLimit.js';
import { CONCENTRATION_DECIMALS } from './concentrationDecimals.js';
import { gb3095Edition } from './gb3095Edition.js';
import type { EvaluatedPollutant } from './hj663Rules.js';
import { publishedScaled } from './publishedScaled.js';
import { scaledMultiple } from './scaledMultiple.js';
import { scaledRate } from './scaledRate.js';
import type { AirZoneClass } from './types.js';
import { yearColumns, type YearColumns } from './yearColumns.js';
import { dayOfYear, yearDays } from './yearDays.js';

/** The daily values a station-day needs here (a {@link DailyAirRow} has them): as published, null = invalid. */
export interface AirDayValues {
  date: string;
  values: Readonly<Record<'so2' | 'no2' | 'co' | 'o3_8h' | 'pm10' | 'pm25', number | string | null>>;
}

/** One factor over the year: its valid days, exceedance days and the largest 超标倍数. */
export interface FactorExceedance {
  pollutant: EvaluatedPollutant;
  /** '24h' (24小时平均) or, for O3, '8h' (日最大8小时平均). */
  averaging: '24h' | '8h';
  unit: 'µg/m³' | 'mg/m³';
  validDays: number;
  exceedingDays: number;
  /** The day with the largest (C − S)/S, its value as published, the limit that day and the multiple (0.001); null without exceedance. */
  maxExceedance: { date: string; value: string; limit: number; multiple: string } | null;
}

/** A station's calendar year judged day by day against GB 3095. */
export interface AirComplianceYear {
  year: number;
  zoneClass: AirZoneClass;
  /** GB 3095 editions applied to the days of the year (each day by the edition in force on it). */
  standards: string[];
  /** How days with some factors invalid were counted ({@link AIR_DAY_RULES}). */
  partialDayRule: PartialDayRule;
  /** Days of the calendar year (365 or 366). */
  calendarDays: number;
  /** Days of the year present in the data. */
  daysWithData: number;
  /** Days with one to five of the six factors valid. */
  partialDays: number;
  /** 有效监测天数: the days judged. */
  monitoringDays: number;
  /** 达标天数: monitoring days on which every factor judged is within its limit. */
  compliantDays: number;
  /** 超标天数: monitoring days with at least one factor above its limit (a day counts once, however many factors). */
  exceedingDays: number;
  /** 达标率, %, GB/T 8170 to 0.1; null without a monitoring day. */
  complianceRate: string | null;
  /** SO2, NO2, CO, O3 (8-hour), PM10, PM2.5. */
  factors: FactorExceedance[];
}

const FACTORS: readonly EvaluatedPollutant[] = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'];
const RULES: readonly PartialDayRule[] = ['exceedingCounts', 'excluded', 'validFactorsDecide'];
const DECIMALS = FACTORS.map((p) => CONCENTRATION_DECIMALS[p]);
const SUFFIXES = FACTORS.map((p) => `.values.${AIR_DAY_FIELDS[p]}`);
/** Decimals of the printed 超标倍数 (AIR_DAY_RULES.multipleInterval '0.001' → 3). */
const MULTIPLE_DIGITS = AIR_DAY_RULES.multipleInterval.split('.')[1]?.length ?? 0;

/**
 * @summary 达标天数 and 达标率 of a station's year against the GB 3095 24-hour limits and the O3 daily maximum 8-hour
 * limit, with each factor's exceedance days and largest 超标倍数.
 *
 * @description
 * Each day is judged by the GB 3095 edition in force on it, for the zone class (一类区/二类区). A factor complies
 * when its value as published (integers, CO 0.1; a value with more decimals is rounded by GB/T 8170 first) is ≤
 * the limit. A day with all six factors valid is a monitoring day and complies when all six comply; a day with
 * some factors invalid counts as {@link AIR_DAY_RULES}.partialDay says ('exceedingCounts' by default — judged,
 * and not compliant, only when a valid factor exceeds; UNCONFIRMED, see there). Per factor, exceedance days are
 * counted over the factor's valid days, so a day exceeding on two factors is one 超标天 of the station and one
 * exceedance day of each factor. 超标倍数 = (C − S)/S, exact in integers of the published values, printed to 0.001 by
 * GB/T 8170 (the same as exceedMultiple + roundGbt8170, checked in scaledRatios.test.ts); the largest is found by
 * comparing C/S in integers, ties to the earliest day. 达标率 = A/N × 100 printed to 0.1 %, in integers too.
 * Source: standards.md §2.2, §2.6, §3.1, §3.3, §3.4.
 *
 * @param rows - the year's daily rows, each date at most once; missing dates are simply not monitoring days
 * @param options - `year`; `zoneClass` 1 or 2 (default 2); `partialDay` to override the rule
 * @throws {StandardInputError} for a date outside the year or repeated, a bad value, or an unknown option
 *
 * @example
 * const day = (date, pm25, o3_8h) => ({ date, values: { so2: 8, no2: 30, co: 0.8, o3_8h, pm10: 60, pm25 } });
 * const y = airComplianceDays([day('2024-01-01', 80, 100), day('2024-01-02', 30, 100)], { year: 2024 });
 * [y.monitoringDays, y.compliantDays, y.complianceRate] //=> [2, 1, '50.0']
 * y.factors[5].maxExceedance //=> { date: '2024-01-01', value: '80', limit: 75, multiple: '0.067' }
 */
export function airComplianceDays(
  rows: readonly AirDayValues[],
  options: { year: number; zoneClass?: AirZoneClass; partialDay?: PartialDayRule },
): AirComplianceYear {
  const { year, zoneClass, partialDay } = checkedOptions(options);
  if (!Array.isArray(rows)) throw new StandardInputError('rows', rows, '每日数据 { date, values } 组成的数组');
  return complianceOf(readRows(rows, year, zoneClass), zoneClass, partialDay);
}

/**
 * {@link airComplianceDays} of a year's rows that the annual statistics already read into columns, checking the
 * dates and values as airComplianceDays does; the options are checked here as there.
 */
export function complianceOfColumns(columns: YearColumns, options: { zoneClass: AirZoneClass; partialDay?: PartialDayRule }): AirComplianceYear {
  const { zoneClass, partialDay } = checkedOptions({ ...options, year: columns.year });
  return complianceOf(columns, zoneClass, partialDay);
}

function checkedOptions(options: { year: number; zoneClass?: AirZoneClass; partialDay?: PartialDayRule }) {
  const year = options?.year;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new StandardInputError('year', year, '四位数年份');
  const zoneClass = options.zoneClass ?? 2;
  if (zoneClass !== 1 && zoneClass !== 2) throw new StandardInputError('zoneClass', zoneClass, '1（一类区）或 2（二类区）');
  const partialDay = options.partialDay ?? AIR_DAY_RULES.partialDay;
  if (!RULES.includes(partialDay)) throw new StandardInputError('partialDay', partialDay, RULES.join('、'));
  return { year, zoneClass, partialDay };
}

/** The rows read and checked row by row — date, then the limits in force on it, then the six values — into columns. */
function readRows(rows: readonly AirDayValues[], year: number, zoneClass: AirZoneClass): YearColumns {
  const columns = yearColumns(year, rows.length);
  const out = FACTORS.map((p) => columns.scaled[p]);
  const seen = new Uint8Array(yearDays(year).length);
  const limitsOn = limitsByDate(zoneClass);
  const raw = new Array<unknown>(6);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const date = row?.date;
    const dayIndex = dayOfYear(date, year);
    if (dayIndex < 0) {
      toCalendarDate(date, `rows[${r}].date`);
      throw new StandardInputError(`rows[${r}].date`, date, `${year}年内的日期`);
    }
    if (seen[dayIndex]) throw new StandardInputError(`rows[${r}].date`, date, '每日只出现一次的日期');
    seen[dayIndex] = 1;
    columns.day[r] = dayIndex;
    limitsOn(date);
    // The six fields by name (in FACTORS order), not by a computed key.
    const vs = row.values;
    raw[0] = vs?.so2;
    raw[1] = vs?.no2;
    raw[2] = vs?.co;
    raw[3] = vs?.o3_8h;
    raw[4] = vs?.pm10;
    raw[5] = vs?.pm25;
    for (let f = 0; f < 6; f++) {
      const v = publishedScaled(raw[f], DECIMALS[f], 'rows', r, SUFFIXES[f]);
      out[f][r] = v === null ? Number.NaN : v;
    }
  }
  return columns;
}

/** The year's judgement from its columns. */
function complianceOf(columns: YearColumns, zoneClass: AirZoneClass, partialDay: PartialDayRule): AirComplianceYear {
  const { year, n, day } = columns;
  const values = FACTORS.map((p) => columns.scaled[p]);
  const days = yearDays(year);
  const limitsOn = limitsByDate(zoneClass);
  const standards: string[] = [];
  const validDays = new Array<number>(6).fill(0);
  const exceedingDays = new Array<number>(6).fill(0);
  // Per factor the day of the largest C/S so far (−1 = none), its value and limit.
  const worstDay = new Array<number>(6).fill(-1);
  const worstValue = new Array<number>(6).fill(0);
  const worstLimit = new Array<number>(6).fill(0);
  let partialDays = 0;
  let monitoringDays = 0;
  let compliantDays = 0;

  for (let i = 0; i < n; i++) {
    const d = day[i];
    const limits = limitsOn(days[d]);
    if (!standards.includes(limits.standard)) standards.push(limits.standard);
    let valid = 0;
    let exceeding = 0;
    for (let f = 0; f < 6; f++) {
      const v = values[f][i];
      if (v !== v) continue;
      valid++;
      validDays[f]++;
      const limit = limits.scaled[f];
      if (v <= limit) continue;
      exceeding++;
      exceedingDays[f]++;
      // v / limit against the worst so far, in integers; ties to the earlier day.
      const cmp = worstDay[f] < 0 ? 1 : v * worstLimit[f] - worstValue[f] * limit;
      if (cmp > 0 || (cmp === 0 && d < worstDay[f])) {
        worstDay[f] = d;
        worstValue[f] = v;
        worstLimit[f] = limit;
      }
    }
    if (valid < 6 && valid > 0) partialDays++;
    const judged = valid === 6 || (valid > 0 && (partialDay === 'validFactorsDecide' || (partialDay === 'exceedingCounts' && exceeding > 0)));
    if (!judged) continue;
    monitoringDays++;
    if (exceeding === 0) compliantDays++;
  }

  return {
    year,
    zoneClass,
    standards,
    partialDayRule: partialDay,
    calendarDays: days.length,
    daysWithData: n,
    partialDays,
    monitoringDays,
    compliantDays,
    exceedingDays: monitoringDays - compliantDays,
    complianceRate: scaledRate(compliantDays, monitoringDays),
    factors: FACTORS.map((p, f) => {
      const decimals = CONCENTRATION_DECIMALS[p];
      let maxExceedance: FactorExceedance['maxExceedance'] = null;
      if (worstDay[f] >= 0) {
        const value = worstValue[f];
        const limit = worstLimit[f] / 10 ** decimals;
        maxExceedance = { date: days[worstDay[f]], value: formatScaled(value, decimals), limit, multiple: scaledMultiple(value, limit, decimals, MULTIPLE_DIGITS) as string };
      }
      return {
        pollutant: p,
        averaging: p === 'o3' ? ('8h' as const) : ('24h' as const),
        unit: p === 'co' ? ('mg/m³' as const) : ('µg/m³' as const),
        validDays: validDays[f],
        exceedingDays: exceedingDays[f],
        maxExceedance,
      };
    }),
  };
}

/** The six limits (scaled like the values) in force on a date, looked up once per GB 3095 edition. */
function limitsByDate(zoneClass: AirZoneClass): (date: string) => { standard: string; scaled: number[] } {
  let cached = { from: '', to: '', standard: '', scaled: [] as number[] };
  return (date) => {
    if (date < cached.from || date > cached.to) {
      const e = gb3095Edition({ date });
      cached = {
        from: e.effectiveFrom,
        to: e.effectiveTo ?? '9999-12-31',
        standard: e.standard,
        scaled: FACTORS.map((p) => {
          const limit = airLimit({ pollutant: p, averaging: p === 'o3' ? '8h' : '24h', zoneClass, edition: e.id }).value;
          return Math.round(limit * 10 ** CONCENTRATION_DECIMALS[p]);
        }),
      };
    }
    return cached;
  };
}
