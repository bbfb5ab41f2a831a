import { describe, expect, it } from 'vitest';
import { changedFields } from '../../web/src/pages/enterprises/fieldLabels.js';

/** 湖南领湃新能源科技有限公司 of the seed report's table 1.3-1: two approvals, one plan filing, a 简化 permit. */
const approval = (documentNumber: string, authority: string | null) => ({
  type: 'form',
  documentNumber,
  approvedOn: null,
  authority,
  acceptance: 'pending',
  acceptedOn: null,
});
const lingpai = (approvals: unknown[], permit: Record<string, unknown>) => ({
  id: 1,
  name: '湖南领湃新能源科技有限公司',
  status: 'operating',
  eiaApprovals: approvals,
  emergencyPlans: [{ filingNumber: '430426-2022-062-M', riskLevel: 'M', filedOn: null }],
  permit,
});
const PERMIT = { held: true, permitClass: 'simplified', number: '91430426MA4QA91117001U', validUntil: null };
const rec = (before: unknown, after: unknown) => ({
  at: '2026-12-03T08:00:00Z',
  actor: 'officer',
  action: 'update',
  before: before as Record<string, unknown>,
  after: after as Record<string, unknown>,
});

describe('changedFields (变更记录)', () => {
  it('names the approval and the field when only the approving authority changed', () => {
    const before = lingpai([approval('祁环评[2019]43号', '祁东县环境保护局'), approval('祁环评[2021]23号', null)], PERMIT);
    const after = lingpai([approval('祁环评[2019]43号', '衡阳市生态环境局祁东分局'), approval('祁环评[2021]23号', null)], PERMIT);
    const changes = changedFields(rec(before, after));
    expect(changes.map(({ label, part, before: b, after: a }) => ({ label, part, b, a }))).toEqual([
      { label: '环评批复 祁环评[2019]43号', part: '审批机关', b: '祁东县环境保护局', a: '衡阳市生态环境局祁东分局' },
    ]);
  });

  it('pairs approvals by document number when their order changed, and by position when the number changed', () => {
    const before = lingpai([approval('祁环评[2019]43号', 'A'), approval('祁环评[2021]23号', null)], PERMIT);
    const reordered = lingpai([approval('祁环评[2021]23号', null), approval('祁环评[2019]43号', 'A')], PERMIT);
    expect(changedFields(rec(before, reordered))).toEqual([]);

    const renumbered = lingpai([approval('祁环评[2019]43号', 'A'), approval('祁环评[2021]24号', null)], PERMIT);
    const c = changedFields(rec(before, renumbered));
    expect(c.map((x) => [x.label, x.part, x.before, x.after])).toEqual([['环评批复 祁环评[2021]23号', '文号/备案号', '祁环评[2021]23号', '祁环评[2021]24号']]);
  });

  it('says which approval was added or removed', () => {
    const one = lingpai([approval('祁环评[2019]43号', null)], PERMIT);
    const two = lingpai([approval('祁环评[2019]43号', null), approval('祁环评[2021]23号', null)], PERMIT);
    expect(changedFields(rec(one, two)).map((x) => [x.label, x.before, x.after])).toEqual([['新增环评批复', '（无）', '祁环评[2021]23号（未验收）']]);
    expect(changedFields(rec(two, one)).map((x) => [x.label, x.before, x.after])).toEqual([['删除环评批复', '祁环评[2021]23号（未验收）', '（无）']]);
  });

  it('diffs the permit field by field with Chinese values, and plain fields as before', () => {
    const before = lingpai([], PERMIT);
    const after = { ...lingpai([], { ...PERMIT, permitClass: 'key' }), status: 'suspended' };
    expect(changedFields(rec(before, after)).map((x) => [x.label, x.part, x.before, x.after])).toEqual([
      ['企业状态', null, '正常生产', '停产'],
      ['排污许可', '管理类别', '简化', '重点'],
    ]);
  });
});
