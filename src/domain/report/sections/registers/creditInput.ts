import type { CreditScheme, EvaluationResult, ItemProposal, ItemScore } from '../../../credit/types.js';

/**
 * What 二（九）园区信用评价 reads: the scheme the year's evaluation used, the park's entered item scores, the total
 * and grade scoreEvaluation computed from them, and the platform's proposal for every item (proposeScores).
 * src/services/reports/loadCreditReportInput.ts returns this (with the facts the proposals came from).
 */
export interface CreditReportInput {
  scheme: CreditScheme;
  scores: ItemScore[];
  result: EvaluationResult;
  proposals: ItemProposal[];
}
