import type { AnnualAqiSummary } from './annualAirSummary.js';
import type { AirComplianceYear } from './airComplianceDays.js';
import type { AnnualPollutantStats } from './annualPollutantStats.js';
import type { EvaluatedPollutant } from './hj663Rules.js';
import { yearOnYear, type YearFigure, type YearOnYear } from './yearOnYear.js';

/** The figures of a station's year that a report compares with last year. */
export interface AirYearFigures {
  pollutants: readonly Pick<AnnualPollutantStats, 'pollutant' | 'mean' | 'percentile'>[];
  aqi: Pick<AnnualAqiSummary, 'goodDays' | 'goodDayShare'>;
  compliance: Pick<AirComplianceYear, 'complianceRate'>;
}

const NAMES: Record<EvaluatedPollutant, string> = { so2: 'SO2', no2: 'NO2', co: 'CO', o3: 'O3', pm10: 'PM10', pm25: 'PM2.5' };
/** The report's order: the four annual means, then the CO and O3 percentiles. */
const MEANS: readonly EvaluatedPollutant[] = ['pm25', 'pm10', 'so2', 'no2'];

/**
 * @summary The year-on-year comparison of a station's air figures: PM2.5, PM10, SO2 and NO2 annual means, CO 95th and
 * O3 daily-maximum-8-hour 90th percentiles (lower is better), 优良天数, 优良天数比例 and 达标率 (higher is better).
 *
 * @description
 * Each figure goes through {@link yearOnYear} as printed (concentrations as published, rates to 0.1 %), so a figure
 * that prints the same both years is 与上年持平. Without last year's figures (`previous` null) every clause says
 * 上年无可比数据. Units as a report prints them (μg/m³, mg/m³).
 *
 * @example
 * const year = (pm25, share) => ({ pollutants: [{ pollutant: 'pm25', mean: pm25, percentile: { p: 95, value: null } }], aqi: { goodDays: 300, goodDayShare: share }, compliance: { complianceRate: null } });
 * airYearComparison(year('38', '85.0'), year('35', '85.0'))[0].clause //=> 'PM2.5年均浓度35μg/m³，较上年（38μg/m³）下降7.9%'
 * airYearComparison(year('38', '85.0'), year('35', '85.0'))[7].clause //=> '优良天数比例85.0%，与上年持平'
 */
export function airYearComparison(previous: AirYearFigures | null, current: AirYearFigures): YearOnYear[] {
  const stat = (y: AirYearFigures | null, p: EvaluatedPollutant) => y?.pollutants.find((s) => s.pollutant === p) ?? null;
  const figures: YearFigure[] = MEANS.map((p) => ({
    name: `${NAMES[p]}年均浓度`,
    unit: 'μg/m³',
    change: 'relative',
    betterWhen: 'lower',
    previous: stat(previous, p)?.mean ?? null,
    current: stat(current, p)?.mean ?? null,
  }));
  for (const [p, name, unit] of [
    ['co', 'CO日均浓度第95百分位数', 'mg/m³'],
    ['o3', 'O3日最大8小时平均浓度第90百分位数', 'μg/m³'],
  ] as const) {
    figures.push({ name, unit, change: 'relative', betterWhen: 'lower', previous: stat(previous, p)?.percentile.value ?? null, current: stat(current, p)?.percentile.value ?? null });
  }
  const days = (y: AirYearFigures | null) => (y === null || y.aqi.goodDayShare === null ? null : String(y.aqi.goodDays));
  figures.push(
    { name: '优良天数', unit: '天', change: 'difference', betterWhen: 'higher', previous: days(previous), current: days(current) },
    { name: '优良天数比例', unit: '%', change: 'points', betterWhen: 'higher', previous: previous?.aqi.goodDayShare ?? null, current: current.aqi.goodDayShare },
    { name: '达标率', unit: '%', change: 'points', betterWhen: 'higher', previous: previous?.compliance.complianceRate ?? null, current: current.compliance.complianceRate },
  );
  return figures.map(yearOnYear);
}
