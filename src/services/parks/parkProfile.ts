import { checkParkCode } from '../../domain/identifiers/parkCode.js';
import { lookupDivision } from '../../domain/regions/index.js';
import { recordChange } from '../audit/recordChange.js';
import {
  getParkApprovals,
  getParkRowByCode,
  getParkYearlyFigures,
  insertPark,
  listParkRows,
  replacePark,
  type ParkRecord,
  type ParkRow,
} from '../../store/queries/parks.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { issuesFromZod } from '../zodIssues.js';
import { parkAccess } from '../auth/access.js';
import { forbidden, ServiceError } from '../errors.js';
import { resolvePark } from './resolvePark.js';
import { ParkProfileSchema, type ParkApproval, type ParkProfile, type ParkSummary } from './schemas.js';

const divisionName = (code: string) => lookupDivision(code)?.fullName ?? null;

const summary = (p: ParkRow): ParkSummary => ({
  id: p.id,
  code: p.code,
  name: p.name,
  level: p.level,
  divisionCode: p.divisionCode,
  divisionName: divisionName(p.divisionCode),
  retiredAt: p.retiredAt ? p.retiredAt.toISOString() : null,
});

/**
 * The parks the actor may see (an enterprise user sees its own park). Retired parks are left out, as pickers want,
 * unless `includeRetired` (the administrator's park list).
 */
export async function listParks(ctx: ServiceContext, options: { includeRetired?: boolean } = {}): Promise<ParkSummary[]> {
  return (await listParkRows(ctx.db))
    .filter((p) => (options.includeRetired || !p.retiredAt) && parkAccess(ctx.actor, p) !== 'none')
    .map(summary);
}

export async function getParkProfile(ctx: ServiceContext, code: string): Promise<ParkProfile> {
  const p = await resolvePark(ctx, code, 'read');
  const [approvals, yearlyFigures] = await Promise.all([getParkApprovals(ctx.db, p.id), getParkYearlyFigures(ctx.db, p.id)]);
  return {
    ...summary(p),
    location: p.location,
    leadingIndustries: p.leadingIndustries,
    approvedAreaKm2: p.approvedAreaKm2,
    extendedAreaKm2: p.extendedAreaKm2,
    extensionDocument: p.extensionDocument,
    history: p.history,
    // Written only through ParkProfileSchema, which takes no other kind.
    approvals: approvals.map((a) => ({ ...a, kind: a.kind as ParkApproval['kind'] })),
    yearlyFigures,
  };
}

function parseProfile(body: unknown): ParkRecord {
  const parsed = ParkProfileSchema.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', '园区信息有误，请按提示修改', issuesFromZod(parsed.error, body));
  checkIdentity(parsed.data);
  return parsed.data;
}

/** The division must exist and the code agree with it and with the level (园区代码 S437012: 43 湖南, S 省级). */
export function checkIdentity(p: { code: string; divisionCode: string; level: string }): void {
  if (!lookupDivision(p.divisionCode)) {
    throw new ServiceError('VALIDATION', '园区信息有误，请按提示修改', [
      { severity: 'error', field: 'divisionCode', value: p.divisionCode, message: '行政区划代码不在 GB/T 2260 区划表中' },
    ]);
  }
  const errors = checkParkCode(p.code, p.divisionCode, p.level);
  if (errors.length > 0) {
    throw new ServiceError(
      'VALIDATION',
      '园区信息有误，请按提示修改',
      errors.map((message) => ({ severity: 'error' as const, field: 'code', value: p.code, message })),
    );
  }
}

/** Creates a park from its profile. */
export async function createPark(ctx: ServiceContext, body: unknown): Promise<ParkProfile> {
  if (ctx.actor.kind === 'user' && ctx.actor.role !== 'admin') throw forbidden('只有管理员可以新建园区');
  const record = parseProfile(body);
  return withTransaction(ctx, async (tx) => {
    if (await getParkRowByCode(tx.db, record.code)) {
      throw new ServiceError('CONFLICT', `园区代码 ${record.code} 已存在`);
    }
    const id = await insertPark(tx.db, record);
    await recordChange(tx, { parkId: id, entity: 'park', entityId: id, action: 'create', before: null, after: record });
    return getParkProfile(tx, record.code);
  });
}

/** Replaces a park's profile. The park code in the path wins over one in the body. */
export async function updateParkProfile(ctx: ServiceContext, code: string, body: unknown): Promise<ParkProfile> {
  const record = parseProfile({ ...(body as object), code });
  return withTransaction(ctx, async (tx) => {
    await resolvePark(tx, code, 'write');
    const before = await getParkProfile(tx, code);
    await replacePark(tx.db, before.id, record);
    await recordChange(tx, { parkId: before.id, entity: 'park', entityId: before.id, action: 'update', before, after: record });
    return getParkProfile(tx, code);
  });
}
