import type { CreditFacts } from '../../domain/credit/types.js';
import type { CreditReportInput as SectionInput } from '../../domain/report/sections/registers/creditInput.js';
import { getParkRowByCode } from '../../store/queries/parks.js';
import { getParkCodeById } from '../../store/queries/credit.js';
import type { ServiceContext } from '../context.js';
import { evaluationData } from '../credit/evaluations.js';

/**
 * What the annual report's credit table is built from (the section's input: the year's evaluation, its scheme, total
 * and grade, and the proposals), with the facts the proposals came from.
 */
export interface CreditReportInput extends SectionInput {
  facts: CreditFacts;
}

/**
 * The park's credit self-evaluation of a year for the annual report, read in the caller's transaction (the report's
 * snapshot); undefined when the year has no evaluation.
 */
export async function loadCreditReportInput(tx: ServiceContext, parkId: number, year: number): Promise<CreditReportInput | undefined> {
  const code = await getParkCodeById(tx.db, parkId);
  const park = code === null ? null : await getParkRowByCode(tx.db, code);
  if (!park) throw new Error(`park ${parkId} does not exist`);
  const d = await evaluationData(tx, park, year);
  if (!d.row || !d.scheme || !d.result) return undefined;
  return { scheme: d.scheme, scores: d.scores, result: d.result, proposals: d.proposals, facts: d.facts };
}
