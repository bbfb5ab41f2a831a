import type { EnterpriseInput } from './types.js';

/**
 * The per-enterprise judgements the ledger statistics count, the list filters select and the web labels. One
 * function each, so "未完成验收的有10家" and the list filtered to 未完成验收 cannot disagree.
 */

/** 竣工环保验收 of an enterprise, over the approvals that need it. */
export const ACCEPTANCE_STATES = ['done', 'not_done', 'not_applicable'] as const;
export type AcceptanceState = (typeof ACCEPTANCE_STATES)[number];

/**
 * `done`: every approval that needs acceptance is accepted; `not_done`: at least one still awaits it;
 * `not_applicable`: only 登记表 filings or no approval at all (《建设项目竣工环境保护验收暂行办法》第二条).
 */
export function acceptanceState(e: Pick<EnterpriseInput, 'eiaApprovals'>): AcceptanceState {
  const needing = e.eiaApprovals.filter((a) => a.acceptance !== 'not_applicable');
  if (needing.length === 0) return 'not_applicable';
  return needing.every((a) => a.acceptance === 'accepted') ? 'done' : 'not_done';
}

/** 突发环境事件应急预案备案 of an enterprise. */
export const EMERGENCY_PLAN_STATES = ['filed', 'not_filed', 'no_risk_source', 'risk_unknown', 'under_construction'] as const;
export type EmergencyPlanState = (typeof EMERGENCY_PLAN_STATES)[number];

/**
 * `filed`: has a filing (whatever its status); `under_construction`: being built and not filed, no plan due yet;
 * `not_filed`: involves a risk source and has none; `no_risk_source`: none required; `risk_unknown`: not filed and
 * whether it involves a risk source is not recorded.
 */
export function emergencyPlanState(e: Pick<EnterpriseInput, 'emergencyPlans' | 'status' | 'riskSource'>): EmergencyPlanState {
  if (e.emergencyPlans.length > 0) return 'filed';
  if (e.status === 'construction') return 'under_construction';
  if (e.riskSource === true) return 'not_filed';
  if (e.riskSource === false) return 'no_risk_source';
  return 'risk_unknown';
}

/** Whether the state counts as 应完成应急预案备案 (filed, or a risk source without a filing). */
export const emergencyPlanRequired = (s: EmergencyPlanState) => s === 'filed' || s === 'not_filed';
