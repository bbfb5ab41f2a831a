import type { QuotaReportEmission, QuotaReportInput } from '../../domain/report/sections/registers/quotaInput.js';
import { listEmissionRows, listQuotaRows } from '../../store/queries/quotas.js';
import type { ServiceContext } from '../context.js';
import { parkQuotasOf } from '../registers/emissionSummary.js';
import { pollutantOfKey } from '../registers/quotas.js';

/**
 * The total-pollutant-control part of the annual report's data: the park's quotas with their approval, and the
 * emission rows of the year and the year before. Runs inside the report's read transaction.
 */
export async function loadQuotaReportInput(ctx: ServiceContext, parkId: number, year: number): Promise<QuotaReportInput> {
  const quotaRows = await listQuotaRows(ctx.db, parkId);
  const years: QuotaReportInput['years'] = [];
  for (const y of [year - 1, year]) {
    const rows = await listEmissionRows(ctx.db, parkId, y);
    years.push({
      year: y,
      rows: rows.map(
        (r): QuotaReportEmission => ({
          enterprise: r.enterpriseId === null ? null : String(r.enterpriseId),
          pollutant: pollutantOfKey(r.pollutantKey, r.pollutantName),
          key: r.pollutantKey,
          name: r.pollutantName,
          tonnesPerYear: r.tonnesPerYear,
          record: { entity: 'emissionRecord', id: r.id, label: `${y}年${r.enterpriseName ?? '园区公布总量'} ${r.pollutantName}`, ...(r.creditCode ? { code: r.creditCode } : {}) },
          by: r.updatedBy,
          at: r.updatedAt.toISOString(),
        }),
      ),
    });
  }
  return {
    approval: parkQuotasOf(quotaRows)?.approval ?? null,
    quotas: quotaRows.map((q) => ({
      pollutant: pollutantOfKey(q.pollutantKey, q.pollutantName),
      key: q.pollutantKey,
      name: q.pollutantName,
      tonnesPerYear: q.tonnesPerYear,
      record: { entity: 'pollutantQuota', id: q.id, label: `${q.pollutantName}总量控制指标（${q.approvalDocument}）` },
      by: q.updatedBy,
      at: q.updatedAt.toISOString(),
    })),
    years,
  };
}
