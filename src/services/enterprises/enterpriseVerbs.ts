import { listChanges } from '../../store/queries/changeLog.js';
import {
  deleteEnterpriseById,
  getEnterpriseById,
  getEnterpriseIdByName,
  insertEnterprise,
  maxEnterpriseSeq,
  replaceEnterprise,
} from '../../store/queries/enterprises.js';
import { recordChange } from '../audit/recordChange.js';
import { enterpriseAccess } from '../auth/access.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { forbidden, notFound, ServiceError } from '../errors.js';
import { resolvePark } from '../parks/resolvePark.js';
import { toEnterpriseView } from './enterpriseView.js';
import { prepareEnterprise } from './prepareEnterprise.js';
import type { ChangeRecord, EnterpriseView } from './schemas.js';

const duplicateName = (name: string) =>
  new ServiceError('CONFLICT', `企业"${name}"已在本园区档案中`, [
    { severity: 'error', field: 'name', value: name, message: '本园区已有同名企业' },
  ]);

/** The park and the enterprise, if the actor may read (or `write`) that enterprise. */
async function resolveEnterprise(ctx: ServiceContext, parkCode: string, id: number, write: boolean) {
  const park = await resolvePark(ctx, parkCode, 'enterprise');
  if (!enterpriseAccess(ctx.actor, park, id, write)) {
    throw forbidden(write && park.access === 'read' ? '只读用户不能修改数据' : write ? '无权修改该企业档案' : '无权查看该企业档案');
  }
  const enterprise = await getEnterpriseById(ctx.db, park.id, id);
  if (!enterprise) throw notFound(`企业（编号${id}）`);
  return { park, enterprise };
}

export async function getEnterprise(ctx: ServiceContext, parkCode: string, id: number): Promise<EnterpriseView> {
  return toEnterpriseView((await resolveEnterprise(ctx, parkCode, id, false)).enterprise);
}

/** Adds an enterprise to the park's file; without a 序号 it goes to the end of the ledger. */
export async function createEnterprise(ctx: ServiceContext, parkCode: string, body: unknown): Promise<EnterpriseView> {
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const { input } = prepareEnterprise(body, (await maxEnterpriseSeq(tx.db, park.id)) + 1);
    if (await getEnterpriseIdByName(tx.db, park.id, input.name)) throw duplicateName(input.name);
    const id = await insertEnterprise(tx.db, park.id, input);
    await recordChange(tx, { parkId: park.id, entity: 'enterprise', entityId: id, action: 'create', before: null, after: input });
    return getEnterprise(tx, parkCode, id);
  });
}

/** Replaces an enterprise's record (fields, approvals, filings, permit). An enterprise user may change only its own. */
export async function updateEnterprise(ctx: ServiceContext, parkCode: string, id: number, body: unknown): Promise<EnterpriseView> {
  return withTransaction(ctx, async (tx) => {
    const { park, enterprise: before } = await resolveEnterprise(tx, parkCode, id, true);
    const { input } = prepareEnterprise(body, before.seq);
    // The ledger order is the park's to set, not the enterprise's.
    if (park.access === 'enterprise') input.seq = before.seq;
    const other = await getEnterpriseIdByName(tx.db, park.id, input.name);
    if (other !== null && other !== id) throw duplicateName(input.name);
    await replaceEnterprise(tx.db, park.id, id, input);
    await recordChange(tx, { parkId: park.id, entity: 'enterprise', entityId: id, action: 'update', before, after: input });
    return getEnterprise(tx, parkCode, id);
  });
}

export async function deleteEnterprise(ctx: ServiceContext, parkCode: string, id: number): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const before = await getEnterpriseById(tx.db, park.id, id);
    if (!before || !(await deleteEnterpriseById(tx.db, park.id, id))) throw notFound(`企业（编号${id}）`);
    await recordChange(tx, { parkId: park.id, entity: 'enterprise', entityId: id, action: 'delete', before, after: null });
  });
}

/** The change log of one enterprise, newest first. */
export async function getEnterpriseHistory(ctx: ServiceContext, parkCode: string, id: number): Promise<ChangeRecord[]> {
  const park = await resolvePark(ctx, parkCode, 'enterprise');
  if (!enterpriseAccess(ctx.actor, park, id, false)) throw forbidden('无权查看该企业档案');
  const rows = await listChanges(ctx.db, park.id, 'enterprise', id);
  // recordChange stores an enterprise's record (an object) or null as `before` and `after`.
  const snapshot = (v: unknown) => (v ?? null) as Record<string, unknown> | null;
  return rows.map((r) => ({ at: r.at.toISOString(), actor: r.actor, action: r.action, before: snapshot(r.before), after: snapshot(r.after) }));
}
