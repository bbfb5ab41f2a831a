import { StandardInputError } from '../StandardInputError.js';
import { complianceOfColumns, type AirComplianceYear } from './airComplianceDays.js';
import type { PartialDayRule } from './airDayRules.js';
import { airYearComparison } from './airYearComparison.js';
import { annualAirYear, type AnnualAirRow, type AnnualAqiSummary } from './annualAirSummary.js';
import type { AnnualPollutantStats } from './annualPollutantStats.js';
import { rowsByYear } from './rowsByYear.js';
import type { AirZoneClass } from './types.js';
import type { YearOnYear } from './yearOnYear.js';

/** A station's calendar year: the figures of the annual report's air paragraphs. */
export interface AirDaysYear {
  year: number;
  /** Days of the year present in the data. */
  days: number;
  /** 有效监测天数, 达标天数, 达标率 and per factor the exceedance days and the largest 超标倍数 (GB 3095). */
  compliance: AirComplianceYear;
  /** HJ 663 annual means, percentiles, validity and attainment of the six pollutants. */
  pollutants: AnnualPollutantStats[];
  /** 优良天数 and 优良天数比例 (HJ 633). */
  aqi: AnnualAqiSummary;
  /** Against the previous calendar year when the rows hold it; otherwise each clause says 上年无可比数据. */
  comparison: YearOnYear[];
}

/**
 * @summary Per calendar year of a station's daily rows: monitoring and compliance days against GB 3095, each factor's
 * exceedance days and largest 超标倍数, 优良天数 and 优良天数比例, HJ 663 annual means and percentiles, and the
 * comparison with the year before.
 *
 * @description
 * Composes {@link annualAirSummary} (HJ 663 statistics and the AQI year), {@link airComplianceDays} (the GB 3095
 * day-by-day judgement; a day with some factors invalid counts as `AIR_DAY_RULES.partialDay`, UNCONFIRMED) and
 * {@link airYearComparison} (year-on-year clauses from the printed figures). Rows are those of
 * {@link dailyAirSeries} or published daily values with their AQI; years appear in ascending order.
 *
 * @param rows - one station's daily rows, each date at most once
 * @param options - `zoneClass` 1 or 2 (default 2); `partialDay` to override the partial-day rule
 * @throws {StandardInputError} for a repeated or bad date, a bad value or option
 *
 * @example
 * const flat = (v) => Array(24).fill(v);
 * const rows = dailyAirSeries({ firstDay: '2024-07-01', hourly: { so2: flat(10), no2: flat(45), co: flat(1.2), o3: flat(100), pm10: flat(60), pm25: flat(30) } });
 * airDaysSummary(rows)[0].compliance.complianceRate //=> '100.0'
 */
export function airDaysSummary(rows: readonly AnnualAirRow[], options: { zoneClass?: AirZoneClass; partialDay?: PartialDayRule } = {}): AirDaysYear[] {
  if (!Array.isArray(rows)) throw new StandardInputError('rows', rows, '每日数据行组成的数组');
  const zoneClass = options.zoneClass ?? 2;
  // Every year's statistics before any compliance count, as annualAirSummary then airComplianceDays would run; the
  // compliance count reads the columns the statistics read.
  const annual = rowsByYear(rows).map(([year, list]) => annualAirYear(year, list, zoneClass));
  const years: AirDaysYear[] = [];
  for (const { summary: a, columns } of annual) {
    const compliance = complianceOfColumns(columns, { zoneClass, partialDay: options.partialDay });
    const current = { year: a.year, days: a.days, compliance, pollutants: a.pollutants, aqi: a.aqi };
    const previous = years.find((y) => y.year === a.year - 1) ?? null;
    years.push({ ...current, comparison: airYearComparison(previous, current) });
  }
  return years;
}
