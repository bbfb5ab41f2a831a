import { getParkRowByCode, type ParkRow } from '../../store/queries/parks.js';
import { parkAccess, type ParkAccess } from '../auth/access.js';
import type { ServiceContext } from '../context.js';
import { forbidden, notFound } from '../errors.js';

const RANK: Record<ParkAccess, number> = { none: 0, enterprise: 1, read: 2, write: 3 };

/**
 * The park with this code, if the context's actor has at least `need` access to it.
 * `need`: 'read' for park-wide figures and lists, 'write' for changes, 'enterprise' where an enterprise user may
 * act on its own file (the caller then checks which enterprise).
 */
export async function resolvePark(ctx: ServiceContext, code: string, need: Exclude<ParkAccess, 'none'>): Promise<ParkRow & { access: ParkAccess }> {
  const park = await getParkRowByCode(ctx.db, code);
  if (!park) throw notFound(`园区 ${code} `);
  const access = parkAccess(ctx.actor, park);
  if (RANK[access] < RANK[need]) {
    if (park.retiredAt && access !== 'none') throw forbidden(`园区 ${code} 已停用，数据只读；恢复后方可修改`);
    throw forbidden(access === 'none' ? `无权访问园区 ${code}` : access === 'read' ? '只读用户不能修改数据' : '企业用户只能查看和修改本企业档案');
  }
  return { ...park, access };
}
