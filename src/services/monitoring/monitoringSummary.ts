import { formatFigure } from '../../domain/report/figures.js';
import type { Figure } from '../../domain/report/reportModel.js';
import { airStationFigures } from '../../domain/report/sections/monitoring/airStations.js';
import { buildRegionalAirParagraph } from '../../domain/report/sections/monitoring/regionalAirParagraph.js';
import { EVALUATION_ORDER } from '../../domain/report/sections/monitoring/evaluationParagraph.js';
import { labMediumFigures } from '../../domain/report/sections/monitoring/labMediumFigures.js';
import type { MonitoringReportInput } from '../../domain/report/sections/monitoring/monitoringInput.js';
import { MEDIUM_LABELS } from '../../domain/report/sections/monitoring/monitoringFigures.js';
import { PLAN_STATUS_LABELS } from '../../domain/monitoring/plan/planItem.js';
import type { z } from 'zod';
import { withReadTransaction, type ServiceContext } from '../context.js';
import { loadMonitoringReportInput } from '../reports/loadMonitoringReportInput.js';
import type { MonitoringSummarySchema } from './monitoringSummarySchema.js';

const printed = (f: Figure | null): string | null => (f ? formatFigure(f) : null);

/** The year's monitoring in figures: what `parkeco monitoring summary` prints, computed as the annual report computes it. */
export type MonitoringSummary = z.infer<typeof MonitoringSummarySchema>;

const POLLUTANT_NAMES: Readonly<Record<string, string>> = { so2: 'SO2', no2: 'NO2', co: 'CO', o3: 'O3', pm10: 'PM10', pm25: 'PM2.5' };

/** The summary of a loaded year: pure, so the CLI, the API and the report print the same figures. */
export function summariseMonitoring(park: string, year: number, m: MonitoringReportInput): MonitoringSummary {
  const media = EVALUATION_ORDER.filter((medium) => m.labPoints.some((p) => p.medium === medium)).map((medium) => {
    const f = labMediumFigures(medium, m.labPoints.filter((p) => p.medium === medium));
    return {
      medium: MEDIUM_LABELS[medium],
      points: f.points.length,
      evaluatedSamples: formatFigure(f.evaluated),
      exceedingSamples: formatFigure(f.exceeding),
      rate: printed(f.rate),
      maxMultiple: formatFigure(f.maxMultiple),
      exceedingItems: f.items.map((i) => ({ name: i.name, points: i.points, samples: formatFigure(i.samples), maxMultiple: printed(i.maxMultiple) })),
      noLimitItems: f.noLimitItems,
      notJudged: f.notJudged.map((n) => ({ point: n.label, note: n.note })),
      simulated: f.simulated,
    };
  });
  const stationFigures = airStationFigures(m.airStations);
  const stations = m.airStations.map((s) => {
    const f = stationFigures.stations.find((x) => x.station === s);
    const cur = s.current;
    return {
      name: s.record.label,
      role: s.roleLabel,
      source: s.source,
      simulated: s.simulated,
      monitoringDays: f ? formatFigure(f.monitoringDays) : null,
      compliantDays: f ? formatFigure(f.compliantDays) : null,
      rate: f ? printed(f.rate) : null,
      goodDays: cur && cur.aqi.validDays ? cur.aqi.goodDays : null,
      goodDayShare: cur?.aqi.goodDayShare ?? null,
      factors: (cur?.compliance.factors ?? []).map((x) => ({
        name: POLLUTANT_NAMES[x.pollutant] ?? x.pollutant,
        exceedingDays: x.exceedingDays,
        maxMultiple: x.maxExceedance?.multiple ?? null,
      })),
      comparison: cur && s.previous ? cur.comparison.map((c) => c.clause) : [],
    };
  });
  const regional = m.regionalAir
    ? {
        name: m.regionalAir.record.label,
        simulated: m.regionalAir.simulated,
        figures: Object.values(buildRegionalAirParagraph(m.regionalAir).figures).map((f) => ({
          label: f.label,
          text: formatFigure(f),
          entered: f.provenance.kind === 'entered',
        })),
      }
    : null;
  return {
    park,
    year,
    plan: m.plan.map((p) => ({
      medium: MEDIUM_LABELS[p.medium],
      points: p.pointsText || p.points.map((x) => x.record.label).join('、'),
      planned: p.plannedCampaigns,
      done: p.points.map((x) => `${x.record.label} ${x.done}/${x.planned}`).join('；'),
      status: PLAN_STATUS_LABELS[p.status],
      reason: p.reasonNotDone,
    })),
    media,
    stations,
    regional,
  };
}

/**
 * @summary A park's monitoring of a year in figures: the plan against what was done, the lab results per medium
 * (samples, exceedances, 达标率, largest 超标倍数), each air station's days, 达标率, 优良天数 and comparison with last
 * year, and the regional air quality — loaded and computed exactly as the annual report does.
 */
export async function monitoringSummary(ctx: ServiceContext, parkCode: string, year: number): Promise<MonitoringSummary> {
  return withReadTransaction(ctx, async (tx) => summariseMonitoring(parkCode, year, await loadMonitoringReportInput(tx, parkCode, year)));
}
