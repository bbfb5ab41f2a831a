import { acceptanceState, emergencyPlanState } from '../../domain/ledger/enterpriseStates.js';
import { ENTERPRISE_STATUSES } from '../../domain/ledger/types.js';
import { listEnterprisesOfPark } from '../../store/queries/enterprises.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { resolvePark } from '../parks/resolvePark.js';
import { enterpriseAccess } from '../auth/access.js';
import { toEnterpriseView } from './enterpriseView.js';
import { EnterpriseListQuery, type EnterpriseList, type EnterpriseView } from './schemas.js';

const zh = new Intl.Collator('zh-CN');

/**
 * The park's enterprises the actor may see (an enterprise user: its own), filtered, searched and sorted. A park holds hundreds of enterprises at most,
 * so filtering happens on the loaded ledger: the same rules as the statistics, no second SQL version of them.
 */
export async function listEnterprises(
  ctx: ServiceContext,
  parkCode: string,
  query: unknown = {},
): Promise<EnterpriseList> {
  const parsed = EnterpriseListQuery.safeParse(query);
  if (!parsed.success) throw new ServiceError('BAD_REQUEST', '查询条件有误');
  const q = parsed.data;
  const park = await resolvePark(ctx, parkCode, 'enterprise');
  const needle = q.q?.trim().toUpperCase();

  const items = (await listEnterprisesOfPark(ctx.db, park.id)).map(toEnterpriseView).filter((e) => {
    if (!enterpriseAccess(ctx.actor, park, e.id, false)) return false;
    if (q.status && e.status !== q.status) return false;
    if (q.industry && !(e.industryCode ?? '').startsWith(q.industry.toUpperCase())) return false;
    if (q.permitClass && !(e.permit.held && e.permit.permitClass === q.permitClass)) return false;
    if (q.emergency && emergencyPlanState(e) !== q.emergency) return false;
    if (q.acceptance && acceptanceState(e) !== q.acceptance) return false;
    if (needle) {
      const haystack = [
        e.name,
        e.creditCode,
        e.industryName,
        e.permit.number,
        ...e.eiaApprovals.map((a) => a.documentNumber),
        ...e.emergencyPlans.map((p) => p.filingNumber),
      ];
      if (!haystack.some((h) => h?.toUpperCase().includes(needle))) return false;
    }
    return true;
  });

  const statusRank = (s: EnterpriseView['status']) => ENTERPRISE_STATUSES.indexOf(s);
  const compare: Record<typeof q.sort, (a: EnterpriseView, b: EnterpriseView) => number> = {
    seq: (a, b) => a.seq - b.seq,
    name: (a, b) => zh.compare(a.name, b.name),
    industry: (a, b) => (a.industryCode ?? '~').localeCompare(b.industryCode ?? '~') || a.seq - b.seq,
    status: (a, b) => statusRank(a.status) - statusRank(b.status) || a.seq - b.seq,
  };
  items.sort(compare[q.sort]);
  if (q.order === 'desc') items.reverse();
  return { items, total: items.length };
}
