import type { PointKind } from '../../domain/geo/pointKinds.js';
import { SIMULATED_DATA_LABEL } from '../../domain/monitoring/airSeries/dataLabels.js';
import type { RecordRef } from '../../domain/report/reportModel.js';
import type {
  AirStationInput,
  LabPointInput,
  MonitoringMedium,
  MonitoringReportInput,
  PlanItemInput,
  RegionalAirInput,
  RegionalAirYear,
  RegionalFigure,
} from '../../domain/report/sections/monitoring/monitoringInput.js';
import { Dec } from '../../domain/standards/_lib/decimal.js';
import type { ServiceContext } from '../context.js';
import { airEvaluationOfYear, type AirPointEvaluation } from '../monitoring/airEvaluation.js';
import { listLabResults, type LabPointView } from '../monitoring/labResultsImport.js';
import { planVersusDoneOfYear } from '../monitoring/plan.js';
import { listPoints } from '../monitoring/points.js';
import type { PlanItemView } from '../monitoring/planSchemas.js';
import { regionalAirOfYear, type RegionalAirOfYear, type RegionalAirYear as RegionalYearView } from '../monitoring/regionalAir.js';

/** The medium a point's lab results speak for. */
const MEDIUM_OF_KIND: Readonly<Record<PointKind, MonitoringMedium>> = {
  air_station: 'air',
  micro_station: 'air',
  city_station: 'air',
  surface_water: 'surfaceWater',
  groundwater: 'groundwater',
  soil: 'soil',
  noise: 'noise',
  outlet: 'pollutionSource',
};

const pointRecord = (id: number, name: string): RecordRef => ({ entity: 'monitoringPoint', id, label: name });
const sampleRecord = (pointId: number, point: string, date: string): RecordRef => ({ entity: 'labSample', id: `${pointId}:${date}`, label: `${point} ${date}` });

function planItem(item: PlanItemView): PlanItemInput {
  return {
    record: { entity: 'monitoringPlanItem', id: item.id, label: `${item.mediumLabel}：${item.pointsText || item.points.map((p) => p.name).join('、')}` },
    medium: item.medium,
    pointsText: item.pointsText,
    itemsText: item.itemsText,
    frequencyText: item.frequencyText,
    standardText: item.standardText,
    plannedCampaigns: item.campaignsPerYear,
    points: item.points.map((p) => ({
      record: pointRecord(p.pointId, p.name),
      planned: p.planned,
      done: p.done,
      samples: p.samples.map((s) => sampleRecord(p.pointId, p.name, s.date)),
    })),
    status: item.status,
    reasonNotDone: item.reasonNotDone,
  };
}

/** Per exceeding item over the point's samples: how many samples exceed, and the largest multiple with its date. */
function exceedingItems(p: LabPointView): LabPointInput['exceedingItems'] {
  const byItem = new Map<string, LabPointInput['exceedingItems'][number]>();
  for (const s of p.samples) {
    for (const e of s.verdict?.exceedingItems ?? []) {
      const seen = byItem.get(e.item);
      if (!seen) {
        byItem.set(e.item, { item: e.item, name: e.name, samples: 1, maxMultiple: e.multiple, date: s.date });
        continue;
      }
      seen.samples += 1;
      if (e.multiple !== null && (seen.maxMultiple === null || new Dec(e.multiple).gt(seen.maxMultiple))) {
        seen.maxMultiple = e.multiple;
        seen.date = s.date;
      }
    }
  }
  return [...byItem.values()];
}

function labPoint(p: LabPointView, roles: ReadonlyMap<number, string | null>): LabPointInput {
  const judged = p.samples.filter((s) => s.verdict && s.verdict.compliant !== null);
  return {
    record: pointRecord(p.pointId, p.point),
    medium: MEDIUM_OF_KIND[p.kind as PointKind],
    role: roles.get(p.pointId) ?? null,
    standardName: p.standardName,
    standardClass: p.standardClass,
    note: p.evaluationNote,
    evaluatedSamples: judged.map((s) => sampleRecord(p.pointId, p.point, s.date)),
    exceedingSamples: judged.filter((s) => s.verdict!.compliant === false).map((s) => sampleRecord(p.pointId, p.point, s.date)),
    worstClassLabel: p.summary?.worstClassLabel ?? null,
    exceedingItems: exceedingItems(p),
    noLimitItems: [...new Set(p.samples.flatMap((s) => s.verdict?.noLimit.map((n) => n.name) ?? []))],
    // Lab results carry no data label; the demo's synthetic workbook says 模拟数据 in its file name.
    simulated: p.samples.some((s) => s.results.some((r) => r.source.includes(SIMULATED_DATA_LABEL))),
  };
}

function airStation(p: AirPointEvaluation): AirStationInput {
  return {
    record: { entity: 'station', id: p.pointId, label: p.name },
    kind: p.kind as AirStationInput['kind'],
    roleLabel: p.role ? p.roleLabel : null,
    longitude: p.longitude,
    latitude: p.latitude,
    items: p.items,
    current: p.current,
    previous: p.previous,
    source: p.source ?? '无数据',
    simulated: p.simulated,
  };
}

function regionalYear(y: RegionalYearView): RegionalAirYear {
  const figure = (key: string, scale?: 'percent'): RegionalFigure | null => {
    const f = y.figures.find((x) => x.key === key);
    if (!f || f.value === null) return null;
    // The service gives 优良天数比例 as a percentage ('90.2'); the report model holds ratios.
    const value = scale === 'percent' ? new Dec(f.value).div(100).toString() : f.value;
    return { value, entered: f.origin === 'entered' ? { by: f.enteredBy, at: f.enteredAt, source: f.source ?? '' } : null };
  };
  return {
    year: y.year,
    goodDays: figure('goodDays'),
    // Neither a bulletin nor the service gives the days 优良率 is a share of.
    validDays: null,
    goodRate: figure('goodRate', 'percent'),
    means: Object.fromEntries(
      (['pm25', 'pm10', 'o3', 'no2', 'so2', 'co'] as const).flatMap((k) => {
        const f = figure(`mean.${k}`);
        return f ? [[k, f]] : [];
      }),
    ),
  };
}

function regionalAir(r: RegionalAirOfYear): RegionalAirInput | null {
  if (!r.point || !r.current) return null;
  return {
    record: pointRecord(r.point.pointId, r.point.name),
    current: regionalYear(r.current),
    previous: r.previous ? regionalYear(r.previous) : null,
    simulated: r.point.simulated,
  };
}

/**
 * The monitoring part of the annual report's data: the plan with what was done, the lab results judged per point,
 * the park's air stations and the regional air quality, each from the one service that computes it for the web, the
 * API and the CLI. Runs inside the report's read transaction when called from it.
 */
export async function loadMonitoringReportInput(ctx: ServiceContext, parkCode: string, year: number): Promise<MonitoringReportInput> {
  const plan = await planVersusDoneOfYear(ctx, parkCode, year);
  const air = await airEvaluationOfYear(ctx, parkCode, year);
  const lab = await listLabResults(ctx, parkCode, year);
  const regional = await regionalAirOfYear(ctx, parkCode, year);
  const points = await listPoints(ctx, parkCode);
  const roles = new Map(points.map((p) => [p.id, p.role ? p.roleLabel : null]));
  return {
    plan: plan.map(planItem),
    labPoints: lab.points.map((p) => labPoint(p, roles)),
    // Stations of the park: points that are an HJ 212 station or have a series; an air point sampled by hand in
    // campaigns has neither, and its lab results speak for it.
    airStations: air.points.filter((p) => p.kind !== 'city_station' && (p.stationMn !== null || p.source !== null)).map(airStation),
    regionalAir: regionalAir(regional),
  };
}
