import { lookupDivision } from '../../domain/regions/index.js';
import { listParkRows } from '../../store/queries/parks.js';
import { parkAccess } from '../auth/access.js';
import type { ServiceContext } from '../context.js';
import { checkReportYear, getLedgerStats } from '../ledger/getLedgerStats.js';
import type { RegionOverview, RegionPark } from './schemas.js';

/**
 * The parks the actor may read, side by side with their key figures for a year — the reviewer's region view.
 * Enterprise users have no region view.
 */
export async function getRegionOverview(ctx: ServiceContext, year: unknown): Promise<RegionOverview> {
  const y = checkReportYear(year);
  const visible = (await listParkRows(ctx.db)).flatMap((p) => {
    const access = parkAccess(ctx.actor, p);
    return access === 'read' || access === 'write' ? [{ p, access }] : [];
  });
  const parks: RegionPark[] = [];
  for (const { p, access } of visible) {
    const ledger = await getLedgerStats(ctx, p.code, y);
    parks.push({
      code: p.code,
      name: p.name,
      level: p.level,
      divisionCode: p.divisionCode,
      divisionName: lookupDivision(p.divisionCode)?.fullName ?? null,
      access,
      stats: ledger.stats,
    });
  }
  return { year: y, parks };
}
