import { Dec } from '../../../standards/_lib/decimal.js';
import type { EvaluatedPollutant } from '../../../standards/air/hj663Rules.js';
import type { Figure } from '../../reportModel.js';
import type { AirStationInput } from './monitoringInput.js';
import { MEDIUM_WORDS, MONITORING_RULES, rateFigure, ruleFigure } from './monitoringFigures.js';

/** Factor names as the report prints them. */
export const POLLUTANT_NAMES: Record<EvaluatedPollutant, string> = { so2: 'SO2', no2: 'NO2', co: 'CO', o3: 'O3', pm10: 'PM10', pm25: 'PM2.5' };

/** A station's figures of the year: monitoring and compliance days and 达标率 (two decimals); null without data. */
export interface StationFigures {
  station: AirStationInput;
  monitoringDays: Figure;
  compliantDays: Figure;
  exceedingDays: Figure;
  rate: Figure | null;
}

/** A factor exceeding at some station: its exceedance days over the stations and its largest 超标倍数. */
export interface StationFactor {
  name: string;
  days: Figure;
  maxMultiple: Figure | null;
}

/** The park's stations over the year. */
export interface StationsFigures {
  stations: StationFigures[];
  /** Stations without data for the year. */
  withoutData: AirStationInput[];
  monitoringDays: Figure;
  compliantDays: Figure;
  exceedingDays: Figure;
  factors: StationFactor[];
  figures: Record<string, Figure>;
}

const sum = (figures: readonly Figure[]) => figures.reduce((n, f) => n.plus(f.value), new Dec(0)).toString();

/**
 * Each station's 有效监测天数, 达标天数, 超标天数 and 达标率 = 达标天数 / 有效监测天数 (GB 3095 day by day, from
 * `AirDaysYear.compliance`), and the same summed over the stations with, per factor, its exceedance days and
 * largest 超标倍数.
 */
export function airStationFigures(input: readonly AirStationInput[]): StationsFigures {
  const figures: Record<string, Figure> = {};
  const keep = (f: Figure | null) => (f && (figures[f.id] = f), f);
  const stations: StationFigures[] = [];
  input.forEach((station, i) => {
    const c = station.current?.compliance;
    if (!c) return;
    const id = (name: string) => `air.station.${i + 1}.${name}`;
    const name = station.record.label;
    const rule = (r: string, description: string) => ({ rule: r, description: `${name}${description}（${station.source}）`, records: [station.record] });
    const cues = (terms: string[]) => ({ terms, scope: [name] });
    const monitoringDays = keep(ruleFigure(id('monitoringDays'), `${name}有效监测天数`, String(c.monitoringDays), '天',
      rule('monitoring.air.monitoringDays', '本年度按GB 3095评价的有效监测天数'), { cues: cues(['有效监测天数', '监测天数']) }))!;
    const compliantDays = keep(ruleFigure(id('compliantDays'), `${name}达标天数`, String(c.compliantDays), '天',
      rule('monitoring.air.compliantDays', '本年度各评价因子均不超过GB 3095日均限值的天数'), { cues: cues(['达标天数']) }))!;
    const exceedingDays = keep(ruleFigure(id('exceedingDays'), `${name}超标天数`, String(c.exceedingDays), '天',
      rule('monitoring.air.stationExceedingDays', '本年度至少一项因子超过GB 3095日均限值的天数'), { cues: cues(['超标天数']) }))!;
    const rate = keep(rateFigure(id('rate'), `${name}达标率`, compliantDays, monitoringDays, 2, {
      kind: 'rule',
      rule: 'monitoring.air.rate',
      description: `${name}达标天数 / 有效监测天数`,
      records: [station.record],
    }, cues(['达标率'])));
    stations.push({ station, monitoringDays, compliantDays, exceedingDays, rate });
  });

  const withData = stations.map((s) => s.station.record);
  const total = (name: string, label: string, list: Figure[], r: string, description: string, terms: string[]) =>
    keep(ruleFigure(`air.stations.${name}`, label, sum(list), '天', { rule: r, description, records: withData }, { aggregate: 'sum', cues: { terms, scope: MEDIUM_WORDS.air } }))!;
  const monitoringDays = total('monitoringDays', '空气质量监测站有效监测天数', stations.map((s) => s.monitoringDays), 'monitoring.air.monitoringDays', '各监测站有效监测天数之和', ['有效监测天数']);
  const compliantDays = total('compliantDays', '空气质量监测站达标天数', stations.map((s) => s.compliantDays), 'monitoring.air.compliantDays', '各监测站达标天数之和', ['达标天数']);
  const exceedingDays = total('exceedingDays', '空气质量监测站超标天数', stations.map((s) => s.exceedingDays), MONITORING_RULES.airExceedingDays, '各监测站超标天数之和', ['超标天数']);

  const byFactor = new Map<EvaluatedPollutant, { days: number; max: { multiple: string; date: string; station: string } | null; records: AirStationInput['record'][] }>();
  for (const s of stations) {
    for (const f of s.station.current!.compliance.factors) {
      if (f.exceedingDays === 0) continue;
      const e = byFactor.get(f.pollutant) ?? { days: 0, max: null, records: [] };
      byFactor.set(f.pollutant, e);
      e.days += f.exceedingDays;
      e.records.push(s.station.record);
      const m = f.maxExceedance;
      if (m && (!e.max || new Dec(m.multiple).gt(e.max.multiple))) e.max = { multiple: m.multiple, date: m.date, station: s.station.record.label };
    }
  }
  const order = Object.keys(POLLUTANT_NAMES) as EvaluatedPollutant[];
  const factors: StationFactor[] = [...byFactor.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([p, e]) => {
    const name = POLLUTANT_NAMES[p];
    return {
      name,
      days: keep(ruleFigure(`air.stations.factor.${p}.days`, `${name}超标天数`, String(e.days), '天',
        { rule: 'monitoring.air.factorExceedingDays', description: `各监测站${name}超过GB 3095日均限值的天数之和`, records: e.records }, { aggregate: 'sum', cues: { terms: ['超标'], scope: [name] } }))!,
      maxMultiple: e.max
        ? keep(ruleFigure(`air.stations.factor.${p}.maxMultiple`, `${name}最大超标倍数`, e.max.multiple, '倍',
            { rule: 'monitoring.air.maxMultiple', description: `${name}超标倍数 (C − S)/S 的最大值（${e.max.station}，${e.max.date}）`, records: e.records },
            { format: { decimals: 3 }, cues: { terms: ['最大超标倍数'], scope: [name] } }))
        : null,
    };
  });
  return { stations, withoutData: input.filter((s) => !s.current), monitoringDays, compliantDays, exceedingDays, factors, figures };
}
