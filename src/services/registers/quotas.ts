import { pollutantKey, type PollutantCode } from '../../domain/registers/quota/pollutants.js';
import { listQuotaRows, replaceQuotaRows, type NewQuotaRow, type QuotaRow } from '../../store/queries/quotas.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import { withReadTransaction, withTransaction, type ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { resolvePark } from '../parks/resolvePark.js';
import { issuesFromZod } from '../zodIssues.js';
import { QuotasInput, type ParkQuotasView, type QuotaView, type QuotasInputValues } from './quotaSchemas.js';

/** The pollutant code of a stored key: 'COD' → COD, 'other:颗粒物' → other. */
export const codeOfKey = (key: string): PollutantCode => (key.startsWith('other:') ? 'other' : (key as PollutantCode));

/** The domain's pollutant of a stored key and name. */
export const pollutantOfKey = (key: string, name: string) => (key.startsWith('other:') ? { code: 'other' as const, name } : { code: codeOfKey(key) });

const quotaView = (r: QuotaRow): QuotaView => ({
  key: r.pollutantKey,
  code: codeOfKey(r.pollutantKey),
  name: r.pollutantName,
  tonnesPerYear: r.tonnesPerYear,
  updatedBy: r.updatedBy,
  updatedAt: r.updatedAt.toISOString(),
});

/** The quotas' view: the approval of the first quota (all quotas of a park come from one approval). */
export function parkQuotasView(parkCode: string, rows: readonly QuotaRow[]): ParkQuotasView {
  const first = rows[0];
  return {
    park: parkCode,
    approval: first ? { documentNumber: first.approvalDocument, title: first.approvalTitle, issued: first.approvalIssued } : null,
    quotas: rows.map(quotaView),
  };
}

/** The park's quotas (总量控制指标) with the approval they come from; every user of the park may read them. */
export async function getQuotas(ctx: ServiceContext, parkCode: string): Promise<ParkQuotasView> {
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'enterprise');
    return parkQuotasView(park.code, await listQuotaRows(tx.db, park.id));
  });
}

export function parseQuotas(body: unknown): QuotasInputValues {
  const parsed = QuotasInput.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', '总量控制指标有误，请按提示修改', issuesFromZod(parsed.error, body));
  const seen = new Map<string, number>();
  parsed.data.quotas.forEach((q, i) => {
    const { key } = pollutantKey(q.pollutant.code === 'other' ? { code: 'other', name: q.pollutant.name ?? '' } : { code: q.pollutant.code });
    const first = seen.get(key);
    if (first !== undefined) {
      throw new ServiceError('VALIDATION', '总量控制指标有误，请按提示修改', [
        { severity: 'error', field: `quotas.${i}.pollutant`, value: key, message: `与第${first + 1}项是同一种污染物` },
      ]);
    }
    seen.set(key, i);
  });
  return parsed.data;
}

const auditOf = ({ updatedAt: _u, id: _i, parkId: _p, ...fields }: QuotaRow) => fields;

/**
 * Replaces the park's quotas with `body`'s set and approval. Each pollutant whose quota is added, changed or
 * removed gets one audit entry.
 */
export async function replaceQuotas(ctx: ServiceContext, parkCode: string, body: unknown): Promise<ParkQuotasView> {
  const input = parseQuotas(body);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const before = new Map((await listQuotaRows(tx.db, park.id)).map((r) => [r.pollutantKey, r]));
    const rows: NewQuotaRow[] = input.quotas.map((q, i) => {
      const { key, name } = pollutantKey(q.pollutant.code === 'other' ? { code: 'other', name: q.pollutant.name ?? '' } : { code: q.pollutant.code });
      return {
        pollutantKey: key,
        pollutantName: name,
        tonnesPerYear: q.tonnesPerYear,
        approvalDocument: input.approval.documentNumber,
        approvalTitle: input.approval.title,
        approvalIssued: input.approval.issued,
        sortOrder: i + 1,
        updatedBy: actorName(tx.actor),
      };
    });
    const written = await replaceQuotaRows(tx.db, park.id, rows);
    for (const row of written) {
      const old = before.get(row.pollutantKey);
      const same = old && JSON.stringify(auditOf(old)) === JSON.stringify({ ...auditOf(row), updatedBy: old.updatedBy });
      if (same) continue;
      await recordChange(tx, { parkId: park.id, entity: 'pollutant_quota', entityId: row.id, action: old ? 'update' : 'create', before: old ? auditOf(old) : null, after: auditOf(row) });
    }
    const kept = new Set(written.map((r) => r.pollutantKey));
    for (const [key, old] of before) {
      if (!kept.has(key)) await recordChange(tx, { parkId: park.id, entity: 'pollutant_quota', entityId: old.id, action: 'delete', before: auditOf(old), after: null });
    }
    return parkQuotasView(park.code, written);
  });
}
