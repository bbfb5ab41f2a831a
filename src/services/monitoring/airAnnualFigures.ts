import { z } from 'zod';
import type { PointKind } from '../../domain/geo/pointKinds.js';
import {
  AIR_ANNUAL_FIGURE_KEYS,
  airAnnualFigure,
  annualFigureValueError,
  type AirAnnualFigureKey,
} from '../../domain/monitoring/airSeries/annualFigureKeys.js';
import { deleteAirAnnualFigure as deleteFigureRow, listAirAnnualFigureRows, upsertAirAnnualFigures } from '../../store/queries/airSeries.js';
import { getMonitoringPointRow } from '../../store/queries/monitoringPoints.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { notFound, ServiceError } from '../errors.js';
import { int4Positive, MAX_YEAR, MIN_YEAR, safeText } from '../fields.js';
import { resolvePark } from '../parks/resolvePark.js';
import { issuesFromZod } from '../zodIssues.js';
import { AIR_POINT_KINDS, checkAirYear } from './airEvaluation.js';

/** An entered annual figure as shown: what it is, its value as entered, who entered it, when and from where. */
export interface AirAnnualFigureView {
  pointId: number;
  year: number;
  key: AirAnnualFigureKey;
  name: string;
  unit: string;
  value: string;
  source: string;
  enteredBy: string;
  enteredAt: string;
}

/** The figures of one point and year to enter: each key's value as decimal text, and where they come from. */
export const AirAnnualFiguresInput = z.object({
  pointId: int4Positive('点位编号'),
  year: z.number({ error: '年份应为数字' }).int('年份应为整数').min(MIN_YEAR + 1).max(MAX_YEAR),
  source: safeText('来源', 200).min(1, '来源不能为空（如 祁东县2024年空气质量通报）'),
  figures: z.record(z.string(), safeText('数值', 20)).refine((f) => Object.keys(f).length > 0, '至少录入一项'),
});
export type AirAnnualFiguresInput = z.input<typeof AirAnnualFiguresInput>;

const view = (r: { pointId: number; year: number; key: string; value: string; source: string; enteredBy: string; enteredAt: Date }): AirAnnualFigureView => {
  const f = airAnnualFigure(r.key);
  return { pointId: r.pointId, year: r.year, key: r.key as AirAnnualFigureKey, name: f?.name ?? r.key, unit: f?.unit ?? '', value: r.value, source: r.source, enteredBy: r.enteredBy, enteredAt: r.enteredAt.toISOString() };
};

async function airPoint(ctx: ServiceContext, parkId: number, pointId: number) {
  const point = await getMonitoringPointRow(ctx.db, parkId, pointId);
  if (!point) throw notFound(`监测点位 ${pointId} `);
  if (!AIR_POINT_KINDS.includes(point.kind as PointKind)) {
    throw new ServiceError('VALIDATION', `点位"${point.name}"不是空气点位`, [{ severity: 'error', field: 'pointId', value: pointId, message: '应为空气站、微站或城市站' }]);
  }
  return point;
}

/** @summary A park's entered annual air figures of a year and the year before, by point, year and key. */
export async function listAirAnnualFigures(ctx: ServiceContext, parkCode: string, year: number): Promise<AirAnnualFigureView[]> {
  checkAirYear(year);
  const park = await resolvePark(ctx, parkCode, 'read');
  return (await listAirAnnualFigureRows(ctx.db, park.id, [year - 1, year])).map(view);
}

/**
 * @summary Enters annual figures of an air point and year (where only an annual figure exists): each key's value as
 * decimal text, printed as entered; a key entered before takes the new value. One change-log entry.
 * @throws ServiceError('VALIDATION') naming the key and value of a bad figure; nothing is written then
 */
export async function putAirAnnualFigures(ctx: ServiceContext, parkCode: string, body: unknown): Promise<AirAnnualFigureView[]> {
  const parsed = AirAnnualFiguresInput.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', '年度数据有误，请按提示修改', issuesFromZod(parsed.error, body));
  const input = parsed.data;
  const issues = Object.entries(input.figures).flatMap(([key, value]) => {
    const f = airAnnualFigure(key);
    if (!f) return [{ severity: 'error' as const, field: `figures.${key}`, value: key, message: `项目应为 ${AIR_ANNUAL_FIGURE_KEYS.join('、')} 之一` }];
    const error = annualFigureValueError(f.key, value.trim());
    return error ? [{ severity: 'error' as const, field: `figures.${key}`, value, message: `${f.name}应为${error}` }] : [];
  });
  if (issues.length) throw new ServiceError('VALIDATION', '年度数据有误，请按提示修改', issues);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const point = await airPoint(tx, park.id, input.pointId);
    const keys = Object.keys(input.figures);
    const before = (await listAirAnnualFigureRows(tx.db, park.id, [input.year])).filter((r) => r.pointId === point.id && keys.includes(r.key));
    const enteredBy = actorName(tx.actor);
    await upsertAirAnnualFigures(
      tx.db,
      park.id,
      Object.entries(input.figures).map(([key, value]) => ({ pointId: point.id, year: input.year, key, value: value.trim(), source: input.source, enteredBy })),
    );
    await recordChange(tx, {
      parkId: park.id,
      entity: 'air_annual_figures',
      entityId: point.id,
      action: before.length ? 'update' : 'create',
      before: before.length ? { point: point.name, year: input.year, figures: Object.fromEntries(before.map((b) => [b.key, b.value])) } : null,
      after: { point: point.name, year: input.year, source: input.source, figures: input.figures },
    });
    return (await listAirAnnualFigureRows(tx.db, park.id, [input.year])).filter((r) => r.pointId === point.id).map(view);
  });
}

/** @summary Deletes one entered figure of an air point and year; the computed figure, if any, prints again. */
export async function deleteAirAnnualFigure(ctx: ServiceContext, parkCode: string, pointId: number, year: number, key: string): Promise<void> {
  checkAirYear(year);
  await withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const point = await airPoint(tx, park.id, pointId);
    const deleted = await deleteFigureRow(tx.db, park.id, point.id, year, key);
    if (!deleted) throw notFound(`点位"${point.name}" ${year}年的录入数据 ${key} `);
    await recordChange(tx, {
      parkId: park.id,
      entity: 'air_annual_figures',
      entityId: point.id,
      action: 'delete',
      before: { point: point.name, year, key, value: deleted.value, source: deleted.source },
      after: null,
    });
  });
}
