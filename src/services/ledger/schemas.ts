import { z } from 'zod';
import type { LedgerStats as DomainLedgerStats } from '../../domain/ledger/ledgerStats.js';
import { ENTERPRISE_STATUSES, PERMIT_CLASSES } from '../../domain/ledger/types.js';
import { typesAgree } from '../typesAgree.js';

const count = z.number().int();
const countsOf = <T extends readonly string[]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, count])) as { [K in T[number]]: typeof count });

/** The figures of the paragraph above table 1.3-1 (src/domain/ledger/ledgerStats.ts). */
export const LedgerStatsSchema = z.object({
  total: count.describe('入园企业数（不含已清退）'),
  byStatus: countsOf(ENTERPRISE_STATUSES),
  movement: z.object({ atPreviousYearEnd: count, enteredInYear: count, clearedInYear: count }),
  eia: z.object({ withApproval: count, withoutApproval: count, approvals: count, newInYear: count }),
  acceptance: z.object({
    done: count,
    notDone: count,
    notDoneUnderConstruction: count,
    notDoneTrial: count,
    notDoneOther: count,
    notApplicable: count,
    newInYear: count,
  }),
  emergencyPlan: z.object({
    required: count,
    filed: count,
    notFiled: count,
    noRiskSource: count,
    riskSourceUnknown: count,
    underConstruction: count,
  }),
  permit: z.object({
    held: count,
    byClass: countsOf(PERMIT_CLASSES),
    heldClassUnknown: count,
    notHeld: count,
    notHeldUnderConstruction: count,
  }),
});
export type LedgerStats = z.infer<typeof LedgerStatsSchema>;
typesAgree<DomainLedgerStats, LedgerStats>();

/** GET /parks/:code/ledger/stats. */
export const LedgerStatsResultSchema = z.object({
  parkCode: z.string(),
  year: z.number().int(),
  stats: LedgerStatsSchema,
  text: z.string().describe('年度报告表1.3-1上方的段落'),
});
export type LedgerStatsResult = z.infer<typeof LedgerStatsResultSchema>;
