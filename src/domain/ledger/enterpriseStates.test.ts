import { describe, expect, it } from 'vitest';
import { enterprise } from '../../../test/helpers/enterprise.js';
import { acceptanceState, emergencyPlanRequired, emergencyPlanState } from './enterpriseStates.js';
import type { EiaApproval } from './types.js';

const approval = (over: Partial<EiaApproval>): EiaApproval => ({
  type: 'form', documentNumber: null, approvedOn: null, authority: null, acceptance: 'pending', acceptedOn: null, ...over,
});

describe('acceptanceState', () => {
  it('is not applicable without approvals or with 登记表 filings only', () => {
    expect(acceptanceState(enterprise())).toBe('not_applicable');
    expect(acceptanceState(enterprise({ eiaApprovals: [approval({ type: 'registration', acceptance: 'not_applicable' })] }))).toBe('not_applicable');
  });
  it('is done only when every approval needing acceptance is accepted', () => {
    const accepted = approval({ acceptance: 'accepted' });
    const filing = approval({ type: 'registration', acceptance: 'not_applicable' });
    expect(acceptanceState(enterprise({ eiaApprovals: [accepted, filing] }))).toBe('done');
    expect(acceptanceState(enterprise({ eiaApprovals: [accepted, approval({})] }))).toBe('not_done');
  });
});

describe('emergencyPlanState', () => {
  const filing = { filingNumber: '430426-2022-062-M', riskLevel: 'M' as const, filedOn: null };
  it('counts a filing whatever the status or risk source', () => {
    expect(emergencyPlanState(enterprise({ emergencyPlans: [filing], status: 'construction', riskSource: false }))).toBe('filed');
  });
  it('sorts the unfiled by construction, then risk source', () => {
    expect(emergencyPlanState(enterprise({ status: 'construction', riskSource: true }))).toBe('under_construction');
    expect(emergencyPlanState(enterprise({ riskSource: true }))).toBe('not_filed');
    expect(emergencyPlanState(enterprise({ riskSource: false }))).toBe('no_risk_source');
    expect(emergencyPlanState(enterprise({ riskSource: null }))).toBe('risk_unknown');
  });
  it('requires a plan of the filed and of risk sources without one', () => {
    expect(['filed', 'not_filed', 'no_risk_source', 'risk_unknown', 'under_construction'].filter((s) => emergencyPlanRequired(s as never))).toEqual(['filed', 'not_filed']);
  });
});
