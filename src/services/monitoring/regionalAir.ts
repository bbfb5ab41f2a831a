import { AIR_ANNUAL_FIGURES, type AirAnnualFigureKey } from '../../domain/monitoring/airSeries/annualFigureKeys.js';
import { isSimulated } from '../../domain/monitoring/airSeries/dataLabels.js';
import { yearOnYear, type AirDaysYear, type EvaluatedPollutant, type YearOnYear } from '../../domain/standards/index.js';
import { listAirAnnualFigureRows } from '../../store/queries/airSeries.js';
import { withReadTransaction, type ServiceContext } from '../context.js';
import { resolvePark } from '../parks/resolvePark.js';
import { airPointYears, checkAirYear } from './airEvaluation.js';

/** One regional figure of a year: computed from the point's series, or entered (entered wins), or absent. */
export interface RegionalAirFigure {
  key: AirAnnualFigureKey;
  name: string;
  unit: string;
  /** Decimal text as printed (goodRate a percentage: '90.2'); null when neither computed nor entered. */
  value: string | null;
  origin: 'entered' | 'computed' | null;
  /** For a computed figure, the rule: 'HJ 663 年平均', 'HJ 663 第95百分位数'…; null otherwise. */
  rule: string | null;
  /** For an entered figure: who, when and from where. */
  enteredBy: string | null;
  enteredAt: string | null;
  source: string | null;
}

export interface RegionalAirYear {
  year: number;
  figures: RegionalAirFigure[];
}

/** The region's air quality (三(一)): the park's city station, this year and last, and the comparison sentence parts. */
export interface RegionalAirOfYear {
  park: string;
  year: number;
  /** The park's city station (城市站) point; null when the park has none (then the years are empty). */
  point: { pointId: number; name: string; simulated: boolean } | null;
  current: RegionalAirYear | null;
  previous: RegionalAirYear | null;
  /** Each figure against last year (yearOnYear): never 改善 when a figure stayed the same. */
  comparison: YearOnYear[];
}

const POLLUTANT_OF: Readonly<Partial<Record<AirAnnualFigureKey, EvaluatedPollutant>>> = {
  'mean.pm25': 'pm25',
  'mean.pm10': 'pm10',
  'mean.o3': 'o3',
  'mean.no2': 'no2',
  'mean.so2': 'so2',
  'mean.co': 'co',
};

/** The figure computed from the year's series: HJ 663 annual mean, or for CO and O3 the HJ 663 percentile. */
function computed(key: AirAnnualFigureKey, y: AirDaysYear | null): { value: string | null; rule: string | null } {
  if (!y) return { value: null, rule: null };
  if (key === 'goodDays') return { value: y.aqi.validDays ? String(y.aqi.goodDays) : null, rule: 'HJ 633 日AQI≤100的天数' };
  if (key === 'goodRate') return { value: y.aqi.goodDayShare, rule: 'HJ 633 优良天数比例' };
  const s = y.pollutants.find((p) => p.pollutant === POLLUTANT_OF[key]);
  if (!s) return { value: null, rule: null };
  if (s.mean !== null) return { value: s.mean, rule: 'HJ 663 年平均' };
  return { value: s.percentile.value, rule: `HJ 663 ${s.pollutant === 'o3' ? '日最大8小时平均' : '24小时平均'}第${s.percentile.p}百分位数` };
}

/**
 * @summary The region's air-quality figures of a year and the year before (report 三(一)): 优良天数, 优良天数比例 and the
 * annual PM2.5, PM10, O3, NO2, SO2 and CO concentrations of the park's city station, each computed from the station's
 * series (airDaysSummary) or entered by a user (the entered figure wins, with who, when and the source), and the
 * comparison with last year.
 */
export async function regionalAirOfYear(ctx: ServiceContext, parkCode: string, year: number): Promise<RegionalAirOfYear> {
  checkAirYear(year);
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'read');
    const city = (await airPointYears(tx, park.id, year, ['city_station']))[0];
    if (!city) return { park: park.code, year, point: null, current: null, previous: null, comparison: [] };
    const entered = (await listAirAnnualFigureRows(tx.db, park.id, [year - 1, year])).filter((r) => r.pointId === city.point.id);
    const yearOf = (y: number, summary: AirDaysYear | null): RegionalAirYear => ({
      year: y,
      figures: AIR_ANNUAL_FIGURES.map((f) => {
        const e = entered.find((r) => r.year === y && r.key === f.key);
        if (e) return { key: f.key, name: f.name, unit: f.unit, value: e.value, origin: 'entered', rule: null, enteredBy: e.enteredBy, enteredAt: e.enteredAt.toISOString(), source: e.source };
        const c = computed(f.key, summary);
        return { key: f.key, name: f.name, unit: f.unit, value: c.value, origin: c.value === null ? null : 'computed', rule: c.value === null ? null : c.rule, enteredBy: null, enteredAt: null, source: c.value === null ? null : city.rows.source };
      }),
    });
    const current = yearOf(year, city.current);
    const previous = yearOf(year - 1, city.previous);
    const comparison = AIR_ANNUAL_FIGURES.map((f, i) =>
      yearOnYear({
        name: f.name,
        unit: f.unit,
        change: f.key === 'goodDays' ? 'difference' : f.key === 'goodRate' ? 'points' : 'relative',
        betterWhen: f.key === 'goodDays' || f.key === 'goodRate' ? 'higher' : 'lower',
        previous: previous.figures[i].value,
        current: current.figures[i].value,
      }),
    );
    return { park: park.code, year, point: { pointId: city.point.id, name: city.point.name, simulated: isSimulated(city.rows.dataLabel) }, current, previous, comparison };
  });
}
