/**
 * The administrator's verbs on parks (系统管理 → 园区管理): edit a park's identity (code, name, level, division),
 * retire it (停用: its data stays, read-only, and pickers leave it out) and restore it. Each is recorded in the audit
 * trail in the same transaction.
 */
import { getParkRowByCode, setParkRetired, updateParkIdentity, type ParkIdentity } from '../../store/queries/parks.js';
import { recordChange } from '../audit/recordChange.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { forbidden, notFound, ServiceError } from '../errors.js';
import { issuesFromZod } from '../zodIssues.js';
import { checkIdentity, listParks } from './parkProfile.js';
import { resolvePark } from './resolvePark.js';
import { ParkIdentitySchema, type ParkSummary } from './schemas.js';

function requireAdmin(ctx: ServiceContext, what: string): void {
  if (ctx.actor.kind === 'user' && ctx.actor.role !== 'admin') throw forbidden(`只有管理员可以${what}`);
}

const identityOf = (p: ParkIdentity): ParkIdentity => ({ code: p.code, name: p.name, level: p.level, divisionCode: p.divisionCode });

async function summaryOf(ctx: ServiceContext, code: string): Promise<ParkSummary> {
  const found = (await listParks(ctx, { includeRetired: true })).find((p) => p.code === code);
  if (!found) throw notFound(`园区 ${code} `);
  return found;
}

/** Changes a park's code, name, level or division. A retired park must be restored first. */
export async function editParkIdentity(ctx: ServiceContext, code: string, body: unknown): Promise<ParkSummary> {
  requireAdmin(ctx, '修改园区代码、名称、级别和行政区划');
  const parsed = ParkIdentitySchema.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', '园区信息有误，请按提示修改', issuesFromZod(parsed.error, body));
  const next = parsed.data;
  checkIdentity(next);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, code, 'write');
    if (next.code !== park.code && (await getParkRowByCode(tx.db, next.code))) {
      throw new ServiceError('CONFLICT', `园区代码 ${next.code} 已存在`, [
        { severity: 'error', field: 'code', value: next.code, message: '已有园区使用该代码' },
      ]);
    }
    await updateParkIdentity(tx.db, park.id, next);
    await recordChange(tx, { parkId: park.id, entity: 'park', entityId: park.id, action: 'update', before: identityOf(park), after: next });
    return summaryOf(tx, next.code);
  });
}

/** 停用: the park keeps its data, becomes read-only and leaves the pickers. */
export async function retirePark(ctx: ServiceContext, code: string, now = new Date()): Promise<ParkSummary> {
  requireAdmin(ctx, '停用园区');
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, code, 'write');
    await setParkRetired(tx.db, park.id, now);
    await recordChange(tx, { parkId: park.id, entity: 'park', entityId: park.id, action: 'retire', before: { retiredAt: null }, after: { retiredAt: now.toISOString() } });
    return summaryOf(tx, code);
  });
}

/** 恢复: a retired park is in use again. */
export async function restorePark(ctx: ServiceContext, code: string): Promise<ParkSummary> {
  requireAdmin(ctx, '恢复园区');
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, code, 'read');
    if (!park.retiredAt) throw new ServiceError('CONFLICT', `园区 ${code} 未停用`);
    await setParkRetired(tx.db, park.id, null);
    await recordChange(tx, {
      parkId: park.id,
      entity: 'park',
      entityId: park.id,
      action: 'restore',
      before: { retiredAt: park.retiredAt.toISOString() },
      after: { retiredAt: null },
    });
    return summaryOf(tx, code);
  });
}
