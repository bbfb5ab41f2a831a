import type { EnterpriseInput } from '../../src/domain/ledger/types.js';

/** An operating enterprise with nothing on file, for tests to fill in what they are about. */
export const enterprise = (over: Partial<EnterpriseInput> = {}): EnterpriseInput => ({
  seq: 1,
  name: '测试企业',
  creditCode: null,
  industryCode: null,
  status: 'operating',
  riskSource: null,
  address: null,
  contactName: null,
  contactPhone: null,
  note: null,
  enteredOn: null,
  clearedOn: null,
  eiaApprovals: [],
  emergencyPlans: [],
  permit: { held: false, permitClass: null, number: null, validUntil: null },
  ...over,
});
