import { comparisonWords } from './rules/comparisonWords.js';
import { countVsTable } from './rules/countVsTable.js';
import { creditProposals } from './rules/creditProposals.js';
import { creditTotal } from './rules/creditTotal.js';
import { editedFigures } from './rules/editedFigures.js';
import { emissionPublishedTotal } from './rules/emissionPublishedTotal.js';
import { emissionYoy } from './rules/emissionYoy.js';
import { enterpriseNames } from './rules/enterpriseNames.js';
import { factsCapacity } from './rules/factsCapacity.js';
import { factsLedgerCount } from './rules/factsLedgerCount.js';
import { figureUnits } from './rules/figureUnits.js';
import { identifiers } from './rules/identifiers.js';
import { monitoringAllComply } from './rules/monitoringAllComply.js';
import { planImplemented } from './rules/planImplemented.js';
import { quotaWithinText } from './rules/quotaWithinText.js';
import { rateDays } from './rules/rateDays.js';
import { requirementImplementation } from './rules/requirementImplementation.js';
import { requirementLinkedFigure } from './rules/requirementLinkedFigure.js';
import { sectionNumbers } from './rules/sectionNumbers.js';
import { sumParts } from './rules/sumParts.js';
import { tableTotals } from './rules/tableTotals.js';
import { unitFragments } from './rules/unitFragments.js';
import { wasteBalance } from './rules/wasteBalance.js';
import { wasteManifest } from './rules/wasteManifest.js';
import { yearsInText } from './rules/yearsInText.js';
import type { LintFinding, LintInput, LintRule } from './types.js';

export type { FindingPlace, FindingSeverity, LintEnterprise, LintFinding, LintInput, LintRule } from './types.js';

/** The rules the report lint runs, in the order their findings are listed within a place. */
export const LINT_RULES: readonly LintRule[] = [
  sectionNumbers,
  sumParts,
  countVsTable,
  tableTotals,
  editedFigures,
  comparisonWords,
  rateDays,
  planImplemented,
  monitoringAllComply,
  figureUnits,
  yearsInText,
  identifiers,
  enterpriseNames,
  unitFragments,
  wasteBalance,
  wasteManifest,
  requirementLinkedFigure,
  requirementImplementation,
  factsCapacity,
  factsLedgerCount,
  quotaWithinText,
  emissionYoy,
  emissionPublishedTotal,
  creditProposals,
  creditTotal,
];

/**
 * Every finding of every rule over a report and the ledgers it was built from, in report order: by section, then
 * paragraph or table and row, errors before warnings; findings about the ledger as a whole come last.
 */
export function lintReport(input: LintInput, rules: readonly LintRule[] = LINT_RULES): LintFinding[] {
  const sectionOrder = new Map(input.report.sections.map((s, i) => [s.key, i]));
  const blockOrder = new Map(input.report.sections.flatMap((s) => s.blocks.map((b, i) => [`${s.key}/${b.key}`, i] as const)));
  const rank = (f: LintFinding) => [
    sectionOrder.get(f.where.sectionKey) ?? Number.MAX_SAFE_INTEGER,
    blockOrder.get(`${f.where.sectionKey}/${f.where.blockKey}`) ?? -1,
    f.where.row ?? 0,
    f.severity === 'error' ? 0 : 1,
  ];
  const findings = rules.flatMap((r) => r.check(input));
  return findings
    .map((f, i) => ({ f, i, r: rank(f) }))
    .sort((a, b) => a.r.reduce((d, v, k) => d || v - b.r[k]!, 0) || a.i - b.i)
    .map((x) => x.f);
}
