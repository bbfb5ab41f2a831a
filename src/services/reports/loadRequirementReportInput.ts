import type { RequirementReportInput } from '../../domain/report/sections/registers/requirementInput.js';
import { listSourceRows } from '../../store/queries/requirements.js';
import type { ServiceContext } from '../context.js';
import { sourcesOfYear } from '../registers/requirements.js';

/**
 * The requirement registers as the annual report of `year` prints them (tables 1, 2, 4 and 5): every source with its
 * requirements and each one's implementation of the year. Reads in the caller's transaction (the report's snapshot).
 */
export async function loadRequirementReportInput(tx: ServiceContext, parkId: number, year: number): Promise<RequirementReportInput> {
  const rows = new Map((await listSourceRows(tx.db, parkId)).map((r) => [r.id, r]));
  const sources = await sourcesOfYear(tx, parkId, year);
  return {
    sources: sources.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      documentNumber: s.documentNumber,
      issued: s.issued,
      authority: s.authority,
      unit: s.unit,
      by: rows.get(s.id)!.updatedBy,
      at: rows.get(s.id)!.updatedAt.toISOString(),
      requirements: s.requirements.map((r) => ({
        id: r.id,
        dimension: r.dimension,
        number: r.number,
        text: r.text,
        linkedFigure: r.linkedFigure,
        implementation: r.implementation
          ? {
              id: r.implementation.id,
              text: r.implementation.text,
              verdict: r.implementation.verdict,
              carriedFromYear: r.implementation.carriedFromYear,
              by: r.implementation.updatedBy,
              at: r.implementation.updatedAt,
            }
          : null,
      })),
    })),
  };
}
