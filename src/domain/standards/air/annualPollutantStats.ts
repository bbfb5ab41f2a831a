import { toCalendarDate } from '../_lib/calendarDate.js';
import { inForce } from '../_lib/inForce.js';
import { formatScaled, roundHalfEvenDiv } from '../_lib/integer.js';
import { StandardInputError } from '../StandardInputError.js';
import { airLimit } from './airLimit.js';
import { annualValidity } from './annualValidity.js';
import { CONCENTRATION_DECIMALS } from './concentrationDecimals.js';
import { gb3095Edition } from './gb3095Edition.js';
import { HJ663_EDITIONS, HJ663_RULES, type EvaluatedPollutant } from './hj663Rules.js';
import { publishedScaled } from './publishedScaled.js';
import { scaledMultiple } from './scaledMultiple.js';
import { scaledRate } from './scaledRate.js';
import type { AirZoneClass } from './types.js';
import { yearColumns, type YearColumns } from './yearColumns.js';
import { dayOfYear, yearDays } from './yearDays.js';

/** One day's published value: a 24-hour mean (O3: daily maximum 8-hour mean); null = invalid day. */
export interface DailyValue {
  date: string;
  value: number | string | null;
}

/** The annual evaluation of one pollutant (HJ 663). Concentrations are printed as published (integers, CO 0.1). */
export interface AnnualPollutantStats {
  pollutant: EvaluatedPollutant;
  year: number;
  /** GB 3095 edition of the annual limits (the one in force on 31 December [INTERPRETATION]). */
  standard: string;
  /** HJ 663 edition of the statistics (in force on 31 December). */
  method: string;
  validDays: number;
  validDaysByMonth: number[];
  /** GB 3095 表4: enough valid days in the year and every month. */
  valid: boolean;
  failures: string[];
  /** 年平均 (SO2, NO2, PM10, PM2.5); null for CO and O3, or without valid days. */
  mean: string | null;
  /** The HJ 663 percentile of the daily values. */
  percentile: { p: number; value: string | null };
  limits: { annual: number | null; daily: number; unit: 'µg/m³' | 'mg/m³' };
  /** 超标倍数 of the annual mean / the percentile, printed to 0.01; null when not exceeding. */
  meanExceedMultiple: string | null;
  percentileExceedMultiple: string | null;
  /** Attains for the year: mean ≤ annual limit (if any) and percentile ≤ daily limit; null when the year is invalid. */
  attains: boolean | null;
  /** Valid days whose value meets the daily limit in force on that day; the rest exceed it. */
  compliantDays: number;
  exceedingDays: number;
  /** 达标率, %, printed to 0.1. */
  complianceRate: string | null;
  /** The highest daily value, its day and its exceedance multiple against that day's limit. */
  max: { date: string; value: string; exceedMultiple: string | null } | null;
}

/**
 * @summary HJ 663 annual statistics of one pollutant from its daily values.
 *
 * @description
 * Annual mean (SO2, NO2, PM10, PM2.5) and percentile (SO2, NO2 98th; PM10, PM2.5, CO 95th; O3 daily max 8-hour 90th,
 * HJ 663 附录A); validity by GB 3095 表4 (year and every month); attainment when the mean (if defined) and the
 * percentile meet the annual and 24-hour (O3 8-hour) limits [MEMORY: HJ 663 wording]; daily 达标率 and the maximum
 * 超标倍数. Daily values are used as published — rounded by GB/T 8170 (a value given with more decimals is rounded
 * first) — and statistics are judged rounded the same way [INTERPRETATION, standards.md §3.4]. Each day is judged
 * against the limit in force on it; the annual statistics against the limits in force on 31 December
 * [INTERPRETATION]. Exact arithmetic throughout.
 * Source: standards.md §2.6, §3.1–3.4.
 *
 * @param pollutant - 'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm25'
 * @param daily - the year's daily values (each day at most once; missing days count as invalid)
 * @param options - `year`, and `zoneClass` 1 or 2 (default 2)
 * @throws {StandardInputError} for an unknown pollutant, a day outside the year or repeated, or a bad value
 *
 * @example
 * annualPollutantStats('pm25', [{ date: '2024-01-01', value: 80 }], { year: 2024 }).max
 * //=> { date: '2024-01-01', value: '80', exceedMultiple: '0.07' }
 */
export function annualPollutantStats(
  pollutant: EvaluatedPollutant,
  daily: readonly DailyValue[],
  options: { year: number; zoneClass?: AirZoneClass },
): AnnualPollutantStats {
  if (!Array.isArray(daily)) throw new StandardInputError('daily', daily, '每日数值 { date, value } 组成的数组');
  const n = daily.length;
  const dates: unknown[] = new Array(n);
  const values: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    dates[i] = daily[i]?.date;
    values[i] = daily[i]?.value;
  }
  const rules = yearRules(pollutant, options.year, options.zoneClass ?? 2);
  const columns = yearColumns(options.year, n);
  readYearColumn(rules, dates, values, columns, true);
  return statsOf(rules, columns);
}

/**
 * {@link annualPollutantStats} of the six pollutants, on parallel arrays — the day of entry i and each pollutant's
 * value — so that the annual summary passes one array of dates and no object per day. Checked and read as six
 * calls of annualPollutantStats would (the dates with the first pollutant; errors name `daily[i].date` / `.value`),
 * into columns that the compliance count reads again.
 */
export function pollutantsOfYear(
  dates: readonly unknown[],
  series: Readonly<Record<EvaluatedPollutant, readonly unknown[]>>,
  options: { year: number; zoneClass: AirZoneClass },
): { pollutants: AnnualPollutantStats[]; columns: YearColumns } {
  const columns = yearColumns(options.year, dates.length);
  const rules = EVALUATED.map((p, k) => {
    const r = yearRules(p, options.year, options.zoneClass);
    readYearColumn(r, dates, series[p], columns, k === 0);
    return r;
  });
  return { pollutants: rules.map((r) => statsOf(r, columns)), columns };
}

const EVALUATED: readonly EvaluatedPollutant[] = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'];

/** What a pollutant's year is judged by, worked out (and checked) before any row is read. */
interface YearRules {
  pollutant: EvaluatedPollutant;
  year: number;
  decimals: number;
  edition: ReturnType<typeof gb3095Edition>;
  limits: AnnualPollutantStats['limits'];
  /** The daily limit in force on each day of the year. */
  dayLimits: Float64Array;
}

function yearRules(pollutant: EvaluatedPollutant, year: number, zoneClass: AirZoneClass): YearRules {
  if (!Object.hasOwn(HJ663_RULES.annualPercentile, pollutant)) {
    throw new StandardInputError('pollutant', pollutant, `${Object.keys(HJ663_RULES.annualPercentile).join('、')} 之一`);
  }
  const averaging = pollutant === 'o3' ? '8h' : '24h';
  const edition = gb3095Edition({ date: toCalendarDate(`${year}-12-31`, 'year') });
  const hasMean = HJ663_RULES.annualMean.includes(pollutant);
  const limits = {
    annual: hasMean ? airLimit({ pollutant, averaging: 'year', zoneClass, edition: edition.id }).value : null,
    daily: airLimit({ pollutant, averaging, zoneClass, edition: edition.id }).value,
    unit: pollutant === 'co' ? ('mg/m³' as const) : ('µg/m³' as const),
  };
  return { pollutant, year, decimals: CONCENTRATION_DECIMALS[pollutant], edition, limits, dayLimits: dailyLimitsOf(year, pollutant, averaging, zoneClass) };
}

/** Reads a pollutant's daily values into its column, and with `withDates` the day of each entry (checked first, per entry). */
function readYearColumn(rules: YearRules, dates: readonly unknown[], values: readonly unknown[], columns: YearColumns, withDates: boolean): void {
  const { year, decimals } = rules;
  const out = columns.scaled[rules.pollutant];
  if (withDates) SEEN.fill(0);
  for (let i = 0; i < dates.length; i++) {
    if (withDates) {
      const dayIndex = dayOfYear(dates[i], year);
      if (dayIndex < 0) {
        toCalendarDate(dates[i], `daily[${i}].date`);
        throw new StandardInputError(`daily[${i}].date`, dates[i], `${year}年内的日期`);
      }
      if (SEEN[dayIndex]) throw new StandardInputError(`daily[${i}].date`, dates[i], '每日只出现一次的日期');
      SEEN[dayIndex] = 1;
      columns.day[i] = dayIndex;
    }
    const v = publishedScaled(values[i], decimals, 'daily', i, '.value');
    out[i] = v === null ? Number.NaN : v;
  }
}

/** The statistics of a pollutant's column. */
function statsOf(rules: YearRules, columns: YearColumns): AnnualPollutantStats {
  const { pollutant, year, decimals, edition, limits, dayLimits } = rules;
  const scale = 10 ** decimals;
  const hasMean = limits.annual !== null;
  const lastDay = `${year}-12-31`;
  const months = monthsOf(year);
  const values = columns.scaled[pollutant];
  const byMonth = Array(12).fill(0) as number[];
  let n = 0;
  let sum = 0;
  let compliantDays = 0;
  let maxDay = -1;
  let maxScaled = 0;
  for (let i = 0; i < columns.n; i++) {
    const v = values[i];
    if (v !== v) continue;
    const dayIndex = columns.day[i];
    VALUES[n++] = v;
    sum += v;
    byMonth[months[dayIndex]]++;
    if (v <= dayLimits[dayIndex] * scale) compliantDays++;
    // The first entry with the highest value.
    if (maxDay < 0 || v > maxScaled) {
      maxDay = dayIndex;
      maxScaled = v;
    }
  }

  const validity = annualValidity(byMonth, { year, pollutant });
  const p = HJ663_RULES.annualPercentile[pollutant];
  const meanScaled = hasMean && n > 0 ? roundHalfEvenDiv(sum, n) : null;
  const pctScaled = n > 0 ? percentileOf(VALUES, n, p) : null;
  const multiple = (scaled: number | null, limit: number | null) => (scaled === null || limit === null ? null : scaledMultiple(scaled, limit, decimals, 2));

  return {
    pollutant,
    year,
    standard: edition.standard,
    method: inForce(HJ663_EDITIONS, lastDay, 'HJ 663-2013 ', 'year').standard,
    validDays: n,
    validDaysByMonth: byMonth,
    valid: validity.valid,
    failures: validity.failures,
    mean: meanScaled === null ? null : formatScaled(meanScaled, decimals),
    percentile: { p, value: pctScaled === null ? null : formatScaled(pctScaled, decimals) },
    limits,
    meanExceedMultiple: multiple(meanScaled, limits.annual),
    percentileExceedMultiple: multiple(pctScaled, limits.daily),
    attains: !validity.valid
      ? null
      : (meanScaled === null || meanScaled <= (limits.annual as number) * scale) && (pctScaled as number) <= limits.daily * scale,
    compliantDays,
    exceedingDays: n - compliantDays,
    complianceRate: scaledRate(compliantDays, n),
    max: maxDay < 0 ? null : { date: yearDays(year)[maxDay], value: formatScaled(maxScaled, decimals), exceedMultiple: multiple(maxScaled, dayLimits[maxDay]) },
  };
}

/**
 * The year's valid daily values (at most one a day, so 366), and the days seen: scratch of the statistics, which
 * are synchronous and keep no reference to them.
 */
const VALUES = new Float64Array(366);
const SEEN = new Uint8Array(366);

/**
 * HJ 663 附录A percentile of the scaled integers `values[0..n)` (reordered), rounded by GB/T 8170 to the same scale.
 * With p an integer, k − 1 = (n − 1)·p/100 = s + f/100 exactly, so X(s) + (X(s+1) − X(s))·f/100 is an integer over
 * 100. X(s) is found by selection instead of a sort, X(s+1) as the least of the values above it.
 */
export function percentileOf(values: Float64Array, n: number, p: number): number {
  const t = (n - 1) * p;
  const s = Math.floor(t / 100);
  const f = t - s * 100;
  select(values, n, s);
  if (f === 0 || s + 1 >= n) return values[s];
  let next = values[s + 1];
  for (let i = s + 2; i < n; i++) next = Math.min(next, values[i]);
  return roundHalfEvenDiv(values[s] * 100 + (next - values[s]) * f, 100);
}

/** Reorders `a[0..n)` so that a[k] is the (k+1)-th smallest, none larger before it and none smaller after (Hoare's FIND). */
function select(a: Float64Array, n: number, k: number): void {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[k];
    let i = lo;
    let j = hi;
    do {
      while (a[i] < pivot) i++;
      while (pivot < a[j]) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) lo = i;
    if (k < i) hi = j;
  }
}

const MONTHS = new Map<number, Uint8Array>();

/** The month (0–11) of each day of `year`, built once per year. */
function monthsOf(year: number): Uint8Array {
  let months = MONTHS.get(year);
  if (!months) MONTHS.set(year, (months = Uint8Array.from(yearDays(year), (d) => Number(d.slice(5, 7)) - 1)));
  return months;
}

const DAY_LIMITS = new Map<string, Float64Array>();

/** The daily limit (24-hour, O3 8-hour) on each day of `year` by the GB 3095 edition in force on it; built once per year, pollutant and zone class. */
function dailyLimitsOf(year: number, pollutant: EvaluatedPollutant, averaging: '8h' | '24h', zoneClass: AirZoneClass): Float64Array {
  const key = `${year}|${pollutant}|${zoneClass}`;
  let limits = DAY_LIMITS.get(key);
  if (!limits) {
    const days = yearDays(year);
    limits = new Float64Array(days.length);
    let cached = { from: '', to: '', value: 0 };
    for (let i = 0; i < days.length; i++) {
      const date = days[i];
      if (date < cached.from || date > cached.to) {
        const e = gb3095Edition({ date });
        cached = { from: e.effectiveFrom, to: e.effectiveTo ?? '9999-12-31', value: airLimit({ pollutant, averaging, zoneClass, edition: e.id }).value };
      }
      limits[i] = cached.value;
    }
    DAY_LIMITS.set(key, limits);
  }
  return limits;
}
