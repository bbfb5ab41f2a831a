import type { EiaApproval, EnterpriseInput, EnterpriseStatus, PermitClass } from './types.js';
import { ENTERPRISE_STATUSES, PERMIT_CLASSES } from './types.js';
import { acceptanceState, emergencyPlanRequired, emergencyPlanState, type EmergencyPlanState } from './enterpriseStates.js';

const EMERGENCY_COUNTER: Record<EmergencyPlanState, Exclude<keyof LedgerStats['emergencyPlan'], 'required'>> = {
  filed: 'filed',
  not_filed: 'notFiled',
  no_risk_source: 'noRiskSource',
  risk_unknown: 'riskSourceUnknown',
  under_construction: 'underConstruction',
};

/**
 * The figures of the paragraph above table 1.3-1 of the annual self-assessment report
 * ("已入园企业50家 … 正常投产企业44家，在建企业6家 … 已完成环评批复手续企业数量50个 …"),
 * computed from the enterprise ledger so that the narrative cannot disagree with the table.
 *
 * Cleared enterprises (已清退) are kept in the ledger for history but are not 入园企业: they are
 * counted only in `byStatus.cleared` and `clearedInYear`.
 */
export interface LedgerStats {
  /** Enterprises in the park (all statuses except cleared). */
  total: number;
  byStatus: Record<EnterpriseStatus, number>;
  /** 上一年度末已签约入园企业数量 / 本年度内新入园 / 本年度清退 */
  movement: { atPreviousYearEnd: number; enteredInYear: number; clearedInYear: number };
  eia: {
    /** Enterprises holding at least one EIA approval or 登记表 filing. */
    withApproval: number;
    withoutApproval: number;
    /** All approvals and filings held by enterprises in the park. */
    approvals: number;
    /** Approvals dated (or numbered) in the report year. */
    newInYear: number;
  };
  acceptance: {
    /** Every approval that needs acceptance is accepted. */
    done: number;
    /** At least one approval still awaits acceptance, split by why. */
    notDone: number;
    notDoneUnderConstruction: number;
    notDoneTrial: number;
    notDoneOther: number;
    /** Only 登记表 filings (or no approval at all): acceptance does not apply. */
    notApplicable: number;
    /** Approvals accepted in the report year. */
    newInYear: number;
  };
  emergencyPlan: {
    /** Producing enterprises that involve a risk source, or that have filed a plan. */
    required: number;
    filed: number;
    notFiled: number;
    /** Producing enterprises that involve no risk source: no plan is required. */
    noRiskSource: number;
    /** Producing enterprises without a filing whose risk-source status is not recorded. */
    riskSourceUnknown: number;
    /** Under construction: no plan is due yet. */
    underConstruction: number;
  };
  permit: {
    /** Enterprises holding a discharge permit or registration. */
    held: number;
    byClass: Record<PermitClass, number>;
    /** Held, but no management class recorded. */
    heldClassUnknown: number;
    notHeld: number;
    notHeldUnderConstruction: number;
  };
}

/** The year an approval belongs to: its date, or the 〔YYYY〕 of its document number. */
export function approvalYear(approvedOn: string | null, documentNumber: string | null): number | null {
  if (approvedOn) return Number(approvedOn.slice(0, 4));
  const m = documentNumber?.match(/[〔\[［(（【]((?:19|20)\d{2})[〕\]］)）】]/);
  if (m) return Number(m[1]);
  const reg = documentNumber?.match(/^((?:19|20)\d{2})\d{14}$/); // 登记表备案号 YYYY+division+seq (inferred)
  return reg ? Number(reg[1]) : null;
}

/** One thing a ledger figure counts: an enterprise, or one EIA approval of it. */
export interface LedgerItem<E extends EnterpriseInput = EnterpriseInput> {
  enterprise: E;
  approval: EiaApproval | null;
}

type SetsOf<S, I> = { [K in keyof S]: S[K] extends number ? I[] : SetsOf<S[K], I> };

/** What each figure of {@link LedgerStats} counts: the items themselves, so a report can name its records. */
export type LedgerSets<E extends EnterpriseInput = EnterpriseInput> = SetsOf<LedgerStats, LedgerItem<E>>;

/**
 * The items each ledger figure counts, for a report year.
 *
 * @example
 * computeLedgerSets(enterprises, 2024).byStatus.construction.length //=> 6 for the Qidong demo park
 */
export function computeLedgerSets<E extends EnterpriseInput>(enterprises: readonly E[], year: number): LedgerSets<E> {
  const byStatus = Object.fromEntries(ENTERPRISE_STATUSES.map((st) => [st, []])) as unknown as LedgerSets<E>['byStatus'];
  const byClass = Object.fromEntries(PERMIT_CLASSES.map((c) => [c, []])) as unknown as LedgerSets<E>['permit']['byClass'];
  const s: LedgerSets<E> = {
    total: [],
    byStatus,
    movement: { atPreviousYearEnd: [], enteredInYear: [], clearedInYear: [] },
    eia: { withApproval: [], withoutApproval: [], approvals: [], newInYear: [] },
    acceptance: {
      done: [],
      notDone: [],
      notDoneUnderConstruction: [],
      notDoneTrial: [],
      notDoneOther: [],
      notApplicable: [],
      newInYear: [],
    },
    emergencyPlan: { required: [], filed: [], notFiled: [], noRiskSource: [], riskSourceUnknown: [], underConstruction: [] },
    permit: { held: [], byClass, heldClassUnknown: [], notHeld: [], notHeldUnderConstruction: [] },
  };

  for (const e of enterprises) {
    const item: LedgerItem<E> = { enterprise: e, approval: null };
    s.byStatus[e.status].push(item);
    const entered = e.enteredOn ? Number(e.enteredOn.slice(0, 4)) : null;
    const cleared = e.status === 'cleared' && e.clearedOn ? Number(e.clearedOn.slice(0, 4)) : null;
    if (entered === year) s.movement.enteredInYear.push(item);
    if (cleared === year) s.movement.clearedInYear.push(item);
    // In the park at the end of the previous year: entered before the year, not cleared before it.
    const enteredBefore = entered === null || entered < year;
    const stillThen = e.status !== 'cleared' || (cleared !== null && cleared >= year);
    if (enteredBefore && stillThen) s.movement.atPreviousYearEnd.push(item);
    if (e.status === 'cleared') continue;
    s.total.push(item);

    // EIA approvals (环评批复 / 登记表备案)
    (e.eiaApprovals.length > 0 ? s.eia.withApproval : s.eia.withoutApproval).push(item);
    for (const approval of e.eiaApprovals) {
      const one = { enterprise: e, approval };
      s.eia.approvals.push(one);
      if (approvalYear(approval.approvedOn, approval.documentNumber) === year) s.eia.newInYear.push(one);
      if (approval.acceptance === 'accepted' && approval.acceptedOn?.startsWith(String(year))) s.acceptance.newInYear.push(one);
    }

    // Completion acceptance (竣工环保验收), judged per enterprise over the approvals that need it.
    const acceptance = acceptanceState(e);
    if (acceptance === 'not_applicable') s.acceptance.notApplicable.push(item);
    else if (acceptance === 'done') s.acceptance.done.push(item);
    else {
      s.acceptance.notDone.push(item);
      if (e.status === 'construction') s.acceptance.notDoneUnderConstruction.push(item);
      else if (e.status === 'trial') s.acceptance.notDoneTrial.push(item);
      else s.acceptance.notDoneOther.push(item);
    }

    // Emergency plans (应急预案备案)
    const plan = emergencyPlanState(e);
    if (emergencyPlanRequired(plan)) s.emergencyPlan.required.push(item);
    s.emergencyPlan[EMERGENCY_COUNTER[plan]].push(item);

    // Discharge permits (排污许可证 / 排污登记)
    if (e.permit.held) {
      s.permit.held.push(item);
      if (e.permit.permitClass) s.permit.byClass[e.permit.permitClass].push(item);
      else s.permit.heldClassUnknown.push(item);
    } else {
      s.permit.notHeld.push(item);
      if (e.status === 'construction') s.permit.notHeldUnderConstruction.push(item);
    }
  }
  return s;
}

const countsOf = (sets: object): object =>
  Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, Array.isArray(v) ? v.length : countsOf(v as object)]));

/**
 * Computes the ledger statistics of a park for a report year: the number of items of each of {@link computeLedgerSets}.
 *
 * @example
 * computeLedgerStats(enterprises, 2024).byStatus.construction //=> 6 for the Qidong demo park
 */
export function computeLedgerStats(enterprises: readonly EnterpriseInput[], year: number): LedgerStats {
  return countsOf(computeLedgerSets(enterprises, year)) as LedgerStats;
}
