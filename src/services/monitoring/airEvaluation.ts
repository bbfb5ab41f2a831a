import { pointKindLabel, pointRoleLabel, type PointKind, type PointRole } from '../../domain/geo/pointKinds.js';
import { HOURLY_DATA_TIME_LABEL, SHANGHAI_OFFSET_MS } from '../../domain/monitoring/airSeries/airFactorCodes.js';
import { isSimulated } from '../../domain/monitoring/airSeries/dataLabels.js';
import { dailySeriesOfReadings } from '../../domain/monitoring/airSeries/dailySeriesOfReadings.js';
import { hourlySeriesOfReadings, localDay } from '../../domain/monitoring/airSeries/hourlySeriesOfReadings.js';
import { zoneClassOf } from '../../domain/monitoring/airSeries/zoneClassOf.js';
import {
  airDaysSummary,
  airLimit,
  AQI_CATEGORIES,
  dailyAirSeries,
  gb3095Edition,
  publishedAirRows,
  type AirDaysYear,
  type AirZoneClass,
  type AnnualAirRow,
  type PublishedAirSeries,
} from '../../domain/standards/index.js';
import { listAirSeriesDayRows, listStationReadingsBetween, type AirSeriesDayRow } from '../../store/queries/airSeries.js';
import { listMonitoringPointRows, type MonitoringPointWithStation } from '../../store/queries/monitoringPoints.js';
import { listStationRows } from '../../store/queries/monitoring.js';
import { withReadTransaction, type ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { MAX_YEAR, MIN_YEAR } from '../fields.js';
import { resolvePark } from '../parks/resolvePark.js';

/** Point kinds evaluated as ambient air. */
export const AIR_POINT_KINDS: readonly PointKind[] = ['air_station', 'micro_station', 'city_station'];

/** Where a point's daily rows came from, in words. */
export const AIR_SOURCES = {
  hourly: 'HJ 212 小时数据',
  daily: 'HJ 212 日数据',
  importedDaily: '导入的日均值',
  importedHourly: '导入的小时值（折算日均值）',
} as const;

/** The daily values a chart draws: 24-hour means, O3 daily maximum 8-hour; µg/m³, CO mg/m³; null = invalid. */
export type AirChartField = 'so2' | 'no2' | 'co' | 'o3_8h' | 'pm10' | 'pm25';
const CHART_FIELDS: readonly AirChartField[] = ['so2', 'no2', 'co', 'o3_8h', 'pm10', 'pm25'];
const FIELD_NAMES: Readonly<Record<AirChartField, string>> = { so2: 'SO₂', no2: 'NO₂', co: 'CO', o3_8h: 'O₃-8h', pm10: 'PM10', pm25: 'PM2.5' };

/** One day of a point for the charts. */
export interface AirDailyView {
  date: string;
  values: Record<AirChartField, number | null>;
  /** Daily AQI; null when not published (an indicator invalid). */
  aqi: number | null;
  /** 级别 and 类别 (HJ 633): '二级', '良'. */
  level: string | null;
  category: string | null;
  primaryPollutants: string[];
}

/** One air point's evaluation of a year. */
export interface AirPointEvaluation {
  pointId: number;
  name: string;
  kind: PointKind;
  kindLabel: string;
  role: PointRole | null;
  roleLabel: string;
  /** Decimal degrees as stored. */
  longitude: string;
  latitude: string;
  items: string[];
  standardClass: string | null;
  zoneClass: AirZoneClass;
  /** Why the zone class was assumed; null when the point's class gives it. */
  zoneClassNote: string | null;
  /** The HJ 212 station the point is, if any. */
  stationMn: string | null;
  /** Where the daily rows came from (AIR_SOURCES); null without data for the two years. */
  source: string | null;
  /** The data's label as stored (模拟数据), null for measured data. */
  dataLabel: string | null;
  simulated: boolean;
  current: AirDaysYear | null;
  previous: AirDaysYear | null;
  /** The year's days, for the AQI calendar and the time-series charts. */
  daily: AirDailyView[];
}

/** GB 3095 24-hour limits (O3: 8-hour) of a zone class in force at the end of the year, for the charts' limit lines. */
export interface AirChartLimit {
  field: AirChartField;
  name: string;
  unit: 'µg/m³' | 'mg/m³';
  zoneClass: AirZoneClass;
  value: number;
  standard: string;
}

export interface AirEvaluationOfYear {
  park: string;
  year: number;
  points: AirPointEvaluation[];
  /** The AQI categories (HJ 633) with their colours, for the calendar's legend. */
  aqiCategories: { level: string; name: string; maxAqi: number | null; hex: string }[];
  limits: AirChartLimit[];
}

/** A point's daily rows of the year before and the year, and where they came from. */
interface PointRows {
  rows: AnnualAirRow[];
  source: string | null;
  dataLabel: string | null;
}

export function checkAirYear(year: number) {
  if (!Number.isInteger(year) || year < MIN_YEAR + 1 || year > MAX_YEAR) {
    throw new ServiceError('VALIDATION', '年份有误', [{ severity: 'error', field: 'year', value: year, message: `年份应为${MIN_YEAR + 1}～${MAX_YEAR}的4位整数` }]);
  }
}

/** Midnight of 1 January of `year`, Asia/Shanghai. */
const newYear = (year: number) => new Date(Date.UTC(year, 0, 1) - SHANGHAI_OFFSET_MS);
const daysOfYear = (year: number) => ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365);
/** An end-labelled hour's record belongs to the hour before its data time. */
const HOUR_SHIFT_MS = HOURLY_DATA_TIME_LABEL === 'end' ? 3_600_000 : 0;
const hasValue = (r: AnnualAirRow) => CHART_FIELDS.some((f) => r.values[f] !== null);

/**
 * The daily rows of every air point for `year - 1` and `year`: from the linked station's hourly records (CN 2061),
 * else its daily records (CN 2031), else the series imported for the point. One query per station for the two years.
 */
async function airPointRows(ctx: ServiceContext, parkId: number, points: readonly MonitoringPointWithStation[], year: number): Promise<Map<number, PointRows>> {
  const stations = new Map((await listStationRows(ctx.db, parkId)).map((s) => [s.id, s]));
  const from = newYear(year - 1);
  const to = newYear(year + 1);
  const out = new Map<number, PointRows>();
  const withoutStationData: MonitoringPointWithStation[] = [];
  for (const p of points) {
    const station = p.stationId === null ? undefined : stations.get(p.stationId);
    const zoneClass = zoneClassOf(p.standardClass).zoneClass;
    if (!station) {
      withoutStationData.push(p);
      continue;
    }
    const hourly = await listStationReadingsBetween(ctx.db, parkId, station.id, '2061', from, to);
    if (hourly.length > 0) {
      const series = hourlySeriesOfReadings(hourly, `${year - 1}-01-01`, daysOfYear(year - 1) + daysOfYear(year));
      // Days with at least one record, valid or not: a day whose records are all invalid is a day without a valid value.
      const recorded = new Set(hourly.map((r) => localDay(new Date(r.dataTime.getTime() - HOUR_SHIFT_MS))));
      const rows = dailyAirSeries(series, { zoneClass }).filter((r) => recorded.has(r.date));
      out.set(p.id, { rows, source: AIR_SOURCES.hourly, dataLabel: station.dataLabel });
      continue;
    }
    const daily = await listStationReadingsBetween(ctx.db, parkId, station.id, '2031', from, to);
    if (daily.length > 0) {
      const rows = publishedAirRows(dailySeriesOfReadings(station.mn, daily)).filter(hasValue);
      out.set(p.id, { rows, source: AIR_SOURCES.daily, dataLabel: station.dataLabel });
      continue;
    }
    withoutStationData.push(p);
  }
  const imported = await listAirSeriesDayRows(
    ctx.db,
    parkId,
    withoutStationData.map((p) => p.id),
    `${year - 1}-01-01`,
    `${year + 1}-01-01`,
  );
  for (const p of withoutStationData) {
    const own = imported.filter((r) => r.pointId === p.id);
    if (own.length === 0) {
      out.set(p.id, { rows: [], source: null, dataLabel: null });
      continue;
    }
    out.set(p.id, {
      rows: publishedAirRows(importedSeries(p.name, own)),
      source: own.every((r) => r.origin === 'hourly') ? AIR_SOURCES.importedHourly : AIR_SOURCES.importedDaily,
      dataLabel: own.find((r) => r.dataLabel !== null)?.dataLabel ?? null,
    });
  }
  return out;
}

const num = (v: string | null) => (v === null ? null : Number(v));

/** Stored imported days as a published series; the O3 1-hour value counts when any day of the point has one. */
function importedSeries(station: string, rows: readonly AirSeriesDayRow[]): PublishedAirSeries {
  return {
    station,
    hasO3Max1h: rows.some((r) => r.o3_1h !== null),
    days: rows.map((r, i) => ({
      date: r.day,
      row: i + 1,
      values: { so2: num(r.so2), no2: num(r.no2), co: num(r.co), o3_8h: num(r.o3_8h), o3_1h: num(r.o3_1h), pm10: num(r.pm10), pm25: num(r.pm25) },
    })),
  };
}

/** Each point's year and year before from its rows. */
function pointYears(rows: readonly AnnualAirRow[], zoneClass: AirZoneClass, year: number): { current: AirDaysYear | null; previous: AirDaysYear | null } {
  const years = rows.length ? airDaysSummary(rows, { zoneClass }) : [];
  return { current: years.find((y) => y.year === year) ?? null, previous: years.find((y) => y.year === year - 1) ?? null };
}

/** The evaluation of one point from its rows (shared with the regional figures). */
export interface PointYearFigures {
  point: MonitoringPointWithStation;
  zoneClass: AirZoneClass;
  rows: PointRows;
  current: AirDaysYear | null;
  previous: AirDaysYear | null;
}

/** The park's air points with their rows and years; read in one snapshot. */
export async function airPointYears(ctx: ServiceContext, parkId: number, year: number, kinds: readonly PointKind[] = AIR_POINT_KINDS): Promise<PointYearFigures[]> {
  const points = (await listMonitoringPointRows(ctx.db, parkId)).filter((p) => kinds.includes(p.kind as PointKind));
  const rows = await airPointRows(ctx, parkId, points, year);
  return points.map((point) => {
    const { zoneClass } = zoneClassOf(point.standardClass);
    const r = rows.get(point.id) as PointRows;
    return { point, zoneClass, rows: r, ...pointYears(r.rows, zoneClass, year) };
  });
}

function limitsOf(year: number): AirChartLimit[] {
  const edition = gb3095Edition({ date: `${year}-12-31` });
  return ([1, 2] as const).flatMap((zoneClass) =>
    CHART_FIELDS.map((field) => {
      const pollutant = field === 'o3_8h' ? 'o3' : field;
      const l = airLimit({ pollutant, averaging: field === 'o3_8h' ? '8h' : '24h', zoneClass, edition: edition.id });
      return { field, name: FIELD_NAMES[field], unit: l.unit, zoneClass, value: l.value, standard: edition.standard };
    }),
  );
}

/**
 * @summary Every air point of a park (空气站, 微站, 城市站) evaluated for a year and the year before: monitoring and
 * compliance days against GB 3095, per-factor exceedance days and largest 超标倍数, 优良天数 and rate, HJ 663 annual
 * statistics and the comparison with last year (airDaysSummary), with the year's daily values and AQI for charts.
 *
 * @description Rows come from the point's HJ 212 station (hourly records, valid values only; else daily records) or
 * from the series imported for it. The zone class is the point's standard class (一级 → 1, 二级 → 2). Data labelled
 * 模拟数据 is returned with `simulated: true`.
 */
export async function airEvaluationOfYear(ctx: ServiceContext, parkCode: string, year: number): Promise<AirEvaluationOfYear> {
  checkAirYear(year);
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'read');
    const figures = await airPointYears(tx, park.id, year);
    return {
      park: park.code,
      year,
      points: figures.map(({ point: p, zoneClass, rows, current, previous }) => ({
        pointId: p.id,
        name: p.name,
        kind: p.kind as PointKind,
        kindLabel: pointKindLabel(p.kind as PointKind),
        role: p.role as PointRole | null,
        roleLabel: pointRoleLabel(p.role as PointRole | null),
        longitude: p.longitude,
        latitude: p.latitude,
        items: p.items,
        standardClass: p.standardClass,
        zoneClass,
        zoneClassNote: zoneClassOf(p.standardClass).note,
        stationMn: p.stationMn,
        source: rows.source,
        dataLabel: rows.dataLabel,
        simulated: isSimulated(rows.dataLabel),
        current,
        previous,
        daily: rows.rows
          .filter((r) => r.date.startsWith(`${year}-`))
          .map((r) => ({
            date: r.date,
            values: Object.fromEntries(CHART_FIELDS.map((f) => [f, r.values[f]])) as Record<AirChartField, number | null>,
            aqi: r.aqi.aqi,
            level: r.aqi.category?.level ?? null,
            category: r.aqi.category?.name ?? null,
            primaryPollutants: [...r.aqi.primaryPollutants],
          })),
      })),
      aqiCategories: AQI_CATEGORIES.map((c) => ({ level: c.level, name: c.name, maxAqi: c.maxAqi, hex: c.hex })),
      limits: limitsOf(year),
    };
  });
}

