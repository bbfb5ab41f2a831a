import { emissionChangeSentence, emissionYearOnYear } from '../../domain/registers/quota/emissionYearOnYear.js';
import { quotaVerdict } from '../../domain/registers/quota/quotaVerdict.js';
import { emissionYearTotals, type YearTotal } from '../../domain/registers/quota/yearTotals.js';
import { listEmissionRows, listQuotaRows, type EmissionRowWithEnterprise, type QuotaRow } from '../../store/queries/quotas.js';
import { withReadTransaction, type ServiceContext } from '../context.js';
import { resolvePark } from '../parks/resolvePark.js';
import { checkEmissionYear } from './emissions.js';
import type { EmissionSummary, PollutantTotalView } from './quotaSchemas.js';
import { pollutantOfKey } from './quotas.js';

/** A year's stored rows as the domain's totals read them, each with its stored row. */
export function yearTotalsOf(rows: readonly EmissionRowWithEnterprise[], year: number): YearTotal<EmissionRowWithEnterprise>[] {
  return emissionYearTotals(
    rows.map((r) => ({
      // The enterprise by id: two enterprises of one name in the file are still two.
      enterprise: r.enterpriseId === null ? null : `${r.enterpriseId}`,
      pollutant: pollutantOfKey(r.pollutantKey, r.pollutantName),
      key: r.pollutantKey,
      name: r.pollutantName,
      tonnesPerYear: r.tonnesPerYear,
      ref: r,
    })),
    year,
  );
}

/** The domain's quotas of the stored rows; null when the park has none. */
export function parkQuotasOf(rows: readonly QuotaRow[]) {
  const first = rows[0];
  if (!first) return null;
  return {
    approval: { documentNumber: first.approvalDocument, title: first.approvalTitle, issued: first.approvalIssued },
    quotas: rows.map((q) => ({ pollutant: pollutantOfKey(q.pollutantKey, q.pollutantName), tonnesPerYear: q.tonnesPerYear })),
  };
}

const totalView = ({ refs: _r, publishedRef: _p, ...t }: YearTotal): PollutantTotalView => t;

/**
 * A year's total pollutant control (总量控制) of the park: the total per pollutant, each quota's verdict (within or
 * not, margin, share), and the change from last year per pollutant with the sentence computed from the numbers.
 */
export async function emissionSummary(ctx: ServiceContext, parkCode: string, year: number): Promise<EmissionSummary> {
  checkEmissionYear(year);
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'read');
    const quotas = parkQuotasOf(await listQuotaRows(tx.db, park.id));
    const totals = yearTotalsOf(await listEmissionRows(tx.db, park.id, year), year);
    const previous = yearTotalsOf(await listEmissionRows(tx.db, park.id, year - 1), year - 1);
    const verdict = quotas ? quotaVerdict(quotas, totals.map((t) => ({ key: t.key, name: t.name, tonnesPerYear: t.tonnesPerYear, enterprises: t.enterprises }))) : null;
    const keys = [...totals.map((t) => t.key), ...previous.filter((p) => !totals.some((t) => t.key === p.key)).map((p) => p.key)];
    const changes = keys.map((key) => {
      const now = totals.find((t) => t.key === key);
      const before = previous.find((t) => t.key === key);
      return { key, ...emissionYearOnYear({ name: (now ?? before)!.name, previous: before?.tonnesPerYear ?? null, current: now?.tonnesPerYear ?? null }) };
    });
    return {
      park: park.code,
      year,
      approval: quotas?.approval ?? null,
      totals: totals.map(totalView),
      verdict: verdict && {
        withinQuota: verdict.withinQuota,
        verdicts: verdict.verdicts,
        unquoted: verdict.unquoted.map(({ key, name, tonnesPerYear }) => ({ key, name, tonnesPerYear })),
      },
      previousYear: year - 1,
      previousTotals: previous.map(totalView),
      changes,
      sentence: changes.length ? emissionChangeSentence(year - 1, year, changes) : null,
    };
  });
}
