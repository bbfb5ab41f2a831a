import { describe, expect, it } from 'vitest';
import { DEMO_LEDGER_ROWS } from '../../services/demo/qidongPark2024.js';
import { approvalYear, computeLedgerStats } from './ledgerStats.js';
import { parseLedgerTable } from './parseLedgerTable.js';
import { enterprise } from '../../../test/helpers/enterprise.js';

/**
 * Hand counts from table 1.3-1 of shared/seeds/000 (44 producing rows numbered 1–44, then the "在建企业"
 * section numbered 1–6). Each figure below was counted from the printed table, not from this code:
 *
 * - status: 44 above the 在建企业 row, 6 below it.
 * - EIA: every one of the 50 rows has an approval number, a 登记备案 number or "是". Approval rows:
 *   44 + extra rows of #1 (1), #4 (2), #8 (2), #11 (1) = 50, plus 6 under construction = 56. Latest year printed: 2022.
 * - acceptance: 登记表-only producing enterprises #26, #29, #35, #37, #38 and 在建 #1 (登记备案) → not applicable (6).
 *   Producing with 验收 "否": #17, #33, #39, #44 (4). 在建 #2–#6 (5) not done. Done: 44 − 5 − 4 = 35.
 * - emergency plans: numbers printed for #1–#10, #13, #20, #24, #30, #31, #34, #36, #42 (18) and "是" for #37 → 19 filed.
 *   The other 25 producing rows say "否" and the table records no risk-source flag. 在建: 6, none filed.
 * - permits: numbers for 41 producing rows, "是" for #19 → 42 held; "/" for #32 and "\" for #43, and all 6 在建
 *   rows ("否", blank, "/") → 8 not held. Of those held: 重点 #4 (1); 简化 #1, 2, 3, 5, 6, 7, 8, 9, 25, 28, 30 (11);
 *   登记 the remaining 30.
 */
describe('computeLedgerStats on the demo park (table 1.3-1)', () => {
  const { enterprises, issues } = parseLedgerTable(DEMO_LEDGER_ROWS);
  const s = computeLedgerStats(enterprises, 2024);

  it('reads the table without errors', () => {
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(enterprises).toHaveLength(50);
  });

  it('counts enterprises by status', () => {
    expect(s.total).toBe(50);
    expect(s.byStatus).toEqual({ operating: 44, trial: 0, construction: 6, suspended: 0, cleared: 0 });
    expect(s.movement).toEqual({ atPreviousYearEnd: 50, enteredInYear: 0, clearedInYear: 0 });
  });

  it('counts EIA approvals', () => {
    expect(s.eia).toEqual({ withApproval: 50, withoutApproval: 0, approvals: 56, newInYear: 0 });
  });

  it('counts completion acceptance and why it is not done', () => {
    expect(s.acceptance).toEqual({
      done: 35,
      notDone: 9,
      notDoneUnderConstruction: 5,
      notDoneTrial: 0,
      notDoneOther: 4,
      notApplicable: 6,
      newInYear: 0,
    });
  });

  it('counts emergency-plan filings', () => {
    expect(s.emergencyPlan).toEqual({
      required: 19,
      filed: 19,
      notFiled: 0,
      noRiskSource: 0,
      riskSourceUnknown: 25,
      underConstruction: 6,
    });
  });

  it('counts permits by management class', () => {
    expect(s.permit).toEqual({
      held: 42,
      byClass: { key: 1, simplified: 11, registration: 30 },
      heldClassUnknown: 0,
      notHeld: 8,
      notHeldUnderConstruction: 6,
    });
  });

  it('counts approvals of the report year: 2022 has 祁环评[2022]7号, 3号, 1号, 26号 and 在建 25号', () => {
    expect(computeLedgerStats(enterprises, 2022).eia.newInYear).toBe(5);
  });
});

const base = enterprise;

describe('computeLedgerStats rules', () => {
  it('keeps cleared enterprises out of the park total but counts them in the year they left', () => {
    const s = computeLedgerStats(
      [
        base({ name: 'A', status: 'cleared', clearedOn: '2024-05-01' }),
        base({ name: 'B', enteredOn: '2024-02-01' }),
        base({ name: 'C', enteredOn: '2020-01-01' }),
        base({ name: 'D', status: 'cleared', clearedOn: '2023-01-01' }),
      ],
      2024,
    );
    expect(s.total).toBe(2);
    expect(s.byStatus.cleared).toBe(2);
    // At the end of 2023: A (left in 2024) and C; B came in 2024, D left in 2023.
    expect(s.movement).toEqual({ atPreviousYearEnd: 2, enteredInYear: 1, clearedInYear: 1 });
  });

  it('splits acceptance not done by status and treats mixed approvals as not done', () => {
    const approval = (acceptance: 'accepted' | 'pending') => ({
      type: 'form' as const,
      documentNumber: null,
      approvedOn: null,
      authority: null,
      acceptance,
      acceptedOn: acceptance === 'accepted' ? '2024-03-01' : null,
    });
    const s = computeLedgerStats(
      [
        base({ name: 'A', status: 'trial', eiaApprovals: [approval('pending')] }),
        base({ name: 'B', eiaApprovals: [approval('accepted'), approval('pending')] }),
        base({ name: 'C', eiaApprovals: [approval('accepted')] }),
        base({ name: 'D' }),
      ],
      2024,
    );
    expect(s.acceptance).toMatchObject({ done: 1, notDone: 2, notDoneTrial: 1, notDoneOther: 1, notApplicable: 1, newInYear: 2 });
    expect(s.eia.withoutApproval).toBe(1);
  });

  it('requires a plan for a producing enterprise with a risk source, not for one without', () => {
    const s = computeLedgerStats([base({ name: 'A', riskSource: true }), base({ name: 'B', riskSource: false })], 2024);
    expect(s.emergencyPlan).toMatchObject({ required: 1, filed: 0, notFiled: 1, noRiskSource: 1 });
  });

  it('dates approvals by date, else by the year in the document number or registration number', () => {
    expect(approvalYear('2019-06-30', '祁环评[2018]1号')).toBe(2019);
    expect(approvalYear(null, '湘环评函〔2014〕27号')).toBe(2014);
    expect(approvalYear(null, '201943042600000059')).toBe(2019);
    expect(approvalYear(null, null)).toBeNull();
  });
});
