import type { PointKind } from '../../domain/geo/pointKinds.js';
import { SIMULATED_DATA_LABEL } from '../../domain/monitoring/airSeries/dataLabels.js';
import { seriesFileDays, type SeriesFile } from '../../domain/monitoring/airSeries/seriesFileDays.js';
import { zoneClassOf } from '../../domain/monitoring/airSeries/zoneClassOf.js';
import { StandardInputError } from '../../domain/standards/index.js';
import { listAirSeriesDaysOn, upsertAirSeriesDays, type NewAirSeriesDay } from '../../store/queries/airSeries.js';
import { getMonitoringPointByName, listMonitoringPointRows } from '../../store/queries/monitoringPoints.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { resolvePark } from '../parks/resolvePark.js';
import { AIR_POINT_KINDS, checkAirYear } from './airEvaluation.js';

/** What an import of an air series wrote. */
export interface AirSeriesImportResult {
  file: string;
  pointId: number;
  point: string;
  /** The station the file names. */
  station: string;
  /** 'daily': published daily values; 'hourly': daily values computed from hourly values. */
  origin: 'daily' | 'hourly';
  /** Days written (new plus replaced). */
  days: number;
  replaced: number;
  firstDate: string;
  lastDate: string;
  dataLabel: string | null;
}

/** What the import is asked to do. */
export interface AirSeriesImportInput {
  pointName: string;
  fileName: string;
  bytes: Uint8Array;
  /** Every date must fall in this year. */
  year?: number;
  /** Mark the series as 模拟数据. */
  simulated?: boolean;
}

const text = (v: number | null) => (v === null ? null : String(v));

function baseName(fileName: string): string {
  const name = String(fileName ?? '').split(/[\\/]/).pop()?.trim() ?? '';
  if (name === '' || name.length > 200 || /[\u0000-\u001f]/.test(name) || !/\.csv$/i.test(name)) {
    throw new ServiceError('VALIDATION', '文件名有误', [{ severity: 'error', field: 'fileName', value: fileName, message: '文件名应为 1～200 个字符的 .csv 文件名' }]);
  }
  return name;
}

/**
 * @summary Imports a daily (as published) or hourly air series file for a park's air point the park does not run
 * over HJ 212 (the city's station), all or nothing.
 *
 * @description The file holds one station: `station,date,so2,no2,co,o3_8h,pm10,pm25` (optional o3_1h, aqi) or
 * `station,time,so2,no2,co,o3,pm10,pm25` (hourly, turned into daily values for the point's zone class). Any error
 * and nothing is written: a ServiceError('IMPORT_INVALID') naming file, row, column and value. Otherwise the days
 * are written in one transaction with one change-log entry; a day stored before takes the new values.
 */
export async function importAirSeries(ctx: ServiceContext, parkCode: string, input: AirSeriesImportInput): Promise<AirSeriesImportResult> {
  const park = await resolvePark(ctx, parkCode, 'write');
  const file = baseName(input.fileName);
  if (input.year !== undefined) checkAirYear(input.year);
  const point = await getMonitoringPointByName(ctx.db, park.id, input.pointName);
  if (!point || !AIR_POINT_KINDS.includes(point.kind as PointKind)) {
    const names = (await listMonitoringPointRows(ctx.db, park.id)).filter((p) => AIR_POINT_KINDS.includes(p.kind as PointKind)).map((p) => p.name);
    throw new ServiceError('VALIDATION', `园区 ${park.code} 没有名为"${input.pointName}"的空气点位`, [
      { severity: 'error', field: 'point', value: input.pointName, message: `应为园区的空气点位之一：${names.join('、') || '（尚无空气点位，请先添加）'}` },
    ]);
  }
  if (point.stationId !== null) {
    throw new ServiceError('VALIDATION', `点位"${point.name}"已关联 HJ 212 站点，其数据来自站点上报，不能导入`, [
      { severity: 'error', field: 'point', value: point.name, message: '导入只用于园区不运行的站点（如城市站）；请选择未关联站点的空气点位' },
    ]);
  }
  let series: SeriesFile;
  try {
    series = seriesFileDays(new TextDecoder('utf-8', { fatal: true }).decode(input.bytes), {
      ...(input.year === undefined ? {} : { year: input.year }),
      zoneClass: zoneClassOf(point.standardClass).zoneClass,
    });
  } catch (e) {
    if (e instanceof StandardInputError) {
      throw new ServiceError('IMPORT_INVALID', `${file}：${e.message}，未导入任何数据`, [
        { severity: 'error', file, ...(e.row === undefined ? {} : { row: e.row }), column: e.field, value: e.value, expected: e.expected, message: `${file} ${e.message}` },
      ]);
    }
    if (e instanceof TypeError) {
      throw new ServiceError('IMPORT_INVALID', `${file}：不是 UTF-8 编码的文本，未导入任何数据`, [{ severity: 'error', file, field: 'file', message: '请以 UTF-8 编码保存 CSV 文件' }]);
    }
    throw e;
  }
  if (series.days.length === 0) {
    throw new ServiceError('IMPORT_INVALID', `${file}：没有含数值的日期，未导入任何数据`, [{ severity: 'error', file, field: 'file', message: '至少一天有监测值' }]);
  }
  const importedBy = actorName(ctx.actor);
  const dataLabel = input.simulated ? SIMULATED_DATA_LABEL : null;
  const rows: NewAirSeriesDay[] = series.days.map((d) => ({
    pointId: point.id,
    day: d.date,
    so2: text(d.values.so2),
    no2: text(d.values.no2),
    co: text(d.values.co),
    o3_8h: text(d.values.o3_8h),
    o3_1h: text(d.values.o3_1h),
    pm10: text(d.values.pm10),
    pm25: text(d.values.pm25),
    aqi: d.aqi,
    origin: series.origin,
    dataLabel,
    source: file,
    importedBy,
  }));
  const dates = rows.map((r) => r.day);
  return withTransaction(ctx, async (tx) => {
    const before = await listAirSeriesDaysOn(tx.db, park.id, point.id, dates);
    await upsertAirSeriesDays(tx.db, park.id, rows);
    await recordChange(tx, {
      parkId: park.id,
      entity: 'air_series',
      entityId: point.id,
      action: 'import',
      before: before.length ? { replaced: before.map((b) => ({ day: b.day, so2: b.so2, no2: b.no2, co: b.co, o3_8h: b.o3_8h, pm10: b.pm10, pm25: b.pm25, source: b.source })) } : null,
      after: { file, point: point.name, station: series.station, origin: series.origin, days: rows.length, firstDate: dates[0], lastDate: dates[dates.length - 1], dataLabel },
    });
    return {
      file,
      pointId: point.id,
      point: point.name,
      station: series.station,
      origin: series.origin,
      days: rows.length,
      replaced: before.length,
      firstDate: dates[0],
      lastDate: dates[dates.length - 1],
      dataLabel,
    };
  });
}
