import { chinaExtentWarnings } from '../../domain/geo/chinaExtent.js';
import { formatDecimalDegrees, formatDms } from '../../domain/geo/formatCoordinate.js';
import { pointKindLabel, pointRoleLabel, type PointKind, type PointRole } from '../../domain/geo/pointKinds.js';
import type { StandardCode } from '../../domain/standards/evaluateSample.js';
import { getStationById } from '../../store/queries/monitoring.js';
import {
  deleteMonitoringPoint,
  getMonitoringPointByName,
  getMonitoringPointRow,
  insertMonitoringPoint,
  listMonitoringPointRows,
  updateMonitoringPoint,
  type MonitoringPointWithStation,
} from '../../store/queries/monitoringPoints.js';
import { recordChange } from '../audit/recordChange.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { notFound, ServiceError } from '../errors.js';
import { resolvePark } from '../parks/resolvePark.js';
import { issuesFromZod } from '../zodIssues.js';
import { PointInput, type PointInputValues, type PointView } from './pointSchemas.js';

export { PointInput };

const INVALID = '监测点位信息有误，请按提示修改';

/** The stored kind, role and standard are the schema's (the service writes nothing else). */
function present(p: MonitoringPointWithStation): PointView {
  const kind = p.kind as PointKind;
  const role = p.role as PointRole | null;
  return {
    id: p.id,
    name: p.name,
    kind,
    kindLabel: pointKindLabel(kind),
    role,
    roleLabel: pointRoleLabel(role),
    longitude: formatDecimalDegrees(p.longitude),
    latitude: formatDecimalDegrees(p.latitude),
    longitudeDms: formatDms(p.longitude, 'longitude'),
    latitudeDms: formatDms(p.latitude, 'latitude'),
    stationId: p.stationId,
    stationMn: p.stationMn,
    stationName: p.stationName,
    standardCode: p.standardCode as StandardCode | null,
    standardClass: p.standardClass,
    items: p.items,
    note: p.note,
    warnings: chinaExtentWarnings(p.longitude, p.latitude),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

function parsePoint(body: unknown): PointInputValues {
  const parsed = PointInput.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', INVALID, issuesFromZod(parsed.error, body));
  return parsed.data;
}

/** A linked station must be one of the park's own; a point name is unique within the park. */
async function checkPoint(tx: ServiceContext, parkId: number, input: PointInputValues, id: number | null) {
  if (input.stationId !== null && !(await getStationById(tx.db, parkId, input.stationId))) {
    throw new ServiceError('VALIDATION', INVALID, [
      { severity: 'error', field: 'stationId', message: `站点 ${input.stationId} 不是本园区的监测站点`, value: input.stationId },
    ]);
  }
  const same = await getMonitoringPointByName(tx.db, parkId, input.name);
  if (same && same.id !== id) {
    throw new ServiceError('CONFLICT', `点位“${input.name}”已存在`, [
      { severity: 'error', field: 'name', message: `本园区已有名为“${input.name}”的点位`, value: input.name },
    ]);
  }
}

async function pointOf(ctx: ServiceContext, parkCode: string, id: number, need: 'read' | 'write') {
  const park = await resolvePark(ctx, parkCode, need);
  const point = await getMonitoringPointRow(ctx.db, park.id, id);
  if (!point) throw notFound(`监测点位（编号${id}）`);
  return { park, point };
}

/** What the audit trail keeps of a point: its own fields, not the joined station's. */
const auditOf = ({ stationMn: _m, stationName: _n, createdAt: _c, updatedAt: _u, ...fields }: MonitoringPointWithStation) => fields;

/** A park's monitoring points (监测点位), in the order they were added. */
export async function listPoints(ctx: ServiceContext, parkCode: string): Promise<PointView[]> {
  const park = await resolvePark(ctx, parkCode, 'read');
  return (await listMonitoringPointRows(ctx.db, park.id)).map(present);
}

export async function getPoint(ctx: ServiceContext, parkCode: string, id: number): Promise<PointView> {
  return present((await pointOf(ctx, parkCode, id, 'read')).point);
}

/** Adds a point; coordinates as degrees-minutes-seconds text or decimal degrees. */
export async function createPoint(ctx: ServiceContext, parkCode: string, body: unknown): Promise<PointView> {
  const input = parsePoint(body);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    await checkPoint(tx, park.id, input, null);
    const id = await insertMonitoringPoint(tx.db, park.id, input);
    await recordChange(tx, { parkId: park.id, entity: 'monitoring_point', entityId: id, action: 'create', before: null, after: input });
    return present((await getMonitoringPointRow(tx.db, park.id, id))!);
  });
}

export async function updatePoint(ctx: ServiceContext, parkCode: string, id: number, body: unknown): Promise<PointView> {
  const input = parsePoint(body);
  return withTransaction(ctx, async (tx) => {
    const { park, point } = await pointOf(tx, parkCode, id, 'write');
    await checkPoint(tx, park.id, input, id);
    await updateMonitoringPoint(tx.db, park.id, id, input);
    await recordChange(tx, { parkId: park.id, entity: 'monitoring_point', entityId: id, action: 'update', before: auditOf(point), after: input });
    return present((await getMonitoringPointRow(tx.db, park.id, id))!);
  });
}

export async function deletePoint(ctx: ServiceContext, parkCode: string, id: number): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const { park, point } = await pointOf(tx, parkCode, id, 'write');
    await deleteMonitoringPoint(tx.db, park.id, id);
    await recordChange(tx, { parkId: park.id, entity: 'monitoring_point', entityId: id, action: 'delete', before: auditOf(point), after: null });
  });
}
