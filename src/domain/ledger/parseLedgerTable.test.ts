import { describe, expect, it } from 'vitest';
import { DEMO_LEDGER_ROWS } from '../../services/demo/qidongPark2024.js';
import { parseLedgerTable } from './parseLedgerTable.js';

const HEADER = DEMO_LEDGER_ROWS[0];
const errorsOf = (rows: string[][]) => parseLedgerTable(rows).issues.filter((i) => i.severity === 'error');
const byName = (name: string) => parseLedgerTable(DEMO_LEDGER_ROWS).enterprises.find((e) => e.name === name)!;

describe('parseLedgerTable on table 1.3-1 as printed', () => {
  it('joins continuation rows into one enterprise with several approvals that share the merged acceptance', () => {
    const e = byName('湖南顺隆能源有限公司');
    expect(e.eiaApprovals.map((a) => a.documentNumber)).toEqual(['湘环评函[2014]27号', '衡环函[2014]97号', '祁环函[2015]54号']);
    expect(e.eiaApprovals.map((a) => a.acceptance)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(e.industryCode).toBe('C2619');
    expect(e.permit).toEqual({ held: true, permitClass: 'key', number: '914304267580286729001V', validUntil: null });
    // The credit code is the first 18 characters of the permit number.
    expect(e.creditCode).toBe('914304267580286729');
    expect(e.emergencyPlans).toEqual([{ filingNumber: '430426-2020-053-M', riskLevel: 'M', filedOn: null }]);
  });

  it('reads 登记备案 numbers as 登记表 filings, to which acceptance does not apply', () => {
    const e = byName('祁东江南广利冷链有限公司');
    expect(e.eiaApprovals).toEqual([
      { type: 'registration', documentNumber: '201943042600000059', approvedOn: null, authority: null, acceptance: 'not_applicable', acceptedOn: null },
    ]);
    const warning = parseLedgerTable(DEMO_LEDGER_ROWS).issues.find((i) => i.value === '是' && i.row === 33);
    expect(warning).toMatchObject({ severity: 'warning', column: 'E 是否验收' });
  });

  it('understands 是, 否, "/", "\\" and blank cells', () => {
    expect(byName('湖南衡缘物流有限公司（归阳分公司）').permit).toMatchObject({ held: true, number: null, permitClass: 'registration' });
    expect(byName('祁东县泰豪科技发展有限公司').permit).toMatchObject({ held: false, number: null });
    expect(byName('湖南天驰高分子新材料有限公司')).toMatchObject({ industryCode: null, permit: { held: false } });
    expect(byName('衡阳市晶耀电子有限公司').emergencyPlans).toEqual([{ filingNumber: null, riskLevel: null, filedOn: null }]);
    expect(byName('湖南鸿锂新能源科技有限公司').eiaApprovals).toMatchObject([{ type: null, documentNumber: null, acceptance: 'pending' }]);
    expect(byName('湖南华怡食品科技有限公司')).toMatchObject({ industryCode: null, emergencyPlans: [], permit: { held: false } });
  });

  it('gives rows below the "在建企业" section row the construction status, in ledger order', () => {
    const { enterprises } = parseLedgerTable(DEMO_LEDGER_ROWS);
    expect(enterprises.slice(44).map((e) => [e.seq, e.status])).toEqual([45, 46, 47, 48, 49, 50].map((n) => [n, 'construction']));
    expect(enterprises[44].name).toBe('湖南弘电新能源有限公司（威马）');
    expect(enterprises[44].industryCode).toBe('C3612');
  });

  it('skips a title row above the header and blank rows', () => {
    const rows = [['园区企业环保执行情况汇总表'], [...HEADER], ['', '', '', '', '', '', '', ''], [...DEMO_LEDGER_ROWS[1]]];
    const r = parseLedgerTable(rows);
    expect(r.enterprises.map((e) => e.name)).toEqual(['湖南领湃新能源科技有限公司']);
  });

  it('reads the extra columns of our workbook: status, credit code, EIA type, risk source, note', () => {
    const header = [...HEADER, '企业状态', '统一社会信用代码', '环评文件类型', '是否涉及环境风险源', '备注'];
    const row = ['1', '甲公司', 'C38', '祁环评[2019]43号', '是', '否', '是', '简化', '试生产', '91430426MA4QA91117', '报告表', '否', '新入园'];
    const [e] = parseLedgerTable([header, row]).enterprises;
    expect(e).toMatchObject({
      status: 'trial',
      creditCode: '91430426MA4QA91117',
      industryCode: 'C38',
      riskSource: false,
      note: '新入园',
      eiaApprovals: [{ type: 'form', acceptance: 'accepted' }],
    });
  });
});

describe('parseLedgerTable bad input: every error names row, column, value and what was expected', () => {
  it('refuses a sheet without a header row', () => {
    expect(errorsOf([['a', 'b'], ['c', 'd']])).toEqual([
      expect.objectContaining({ row: 1, message: '未找到表头行（应包含"企业名称"列）' }),
    ]);
  });

  it('names the missing columns of the header', () => {
    const [e] = errorsOf([['序号', '企业名称', '行业类别']]);
    expect(e.message).toContain('是否有环评手续（批复文号）');
    expect(e.message).toContain('管理类别（简化或重点）');
  });

  it('refuses an industry that is not in GB/T 4754-2017', () => {
    const [e] = errorsOf([[...HEADER], ['1', '甲公司', '火星采矿业', '是', '否', '否', '否', '登记']]);
    expect(e).toMatchObject({ row: 2, column: 'C 行业类别', value: '火星采矿业', message: '行业类别无法对应到国民经济行业分类' });
    expect(e.expected).toContain('GB/T 4754-2017');
  });

  it('refuses a malformed permit number, pointing at its cell', () => {
    const errors = errorsOf([[...HEADER], ['1', '甲公司', '', '是', '否', '否', '91430426MA4QA9111', '登记']]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ row: 2, column: 'G 是否取得排污许可证', value: '91430426MA4QA9111' });
  });

  it('refuses a malformed emergency-plan filing number', () => {
    const errors = errorsOf([[...HEADER], ['1', '甲公司', '', '是', '否', '430426-22-062-M', '否', '登记']]);
    expect(errors[0]).toMatchObject({ row: 2, column: 'F 应急预案备案情况', value: '430426-22-062-M' });
  });

  it('refuses an unknown management class and an unknown acceptance word', () => {
    const errors = errorsOf([[...HEADER], ['1', '甲公司', '', '祁环评[2019]43号', '待定', '否', '否', '特殊']]);
    expect(errors.map((e) => [e.column, e.value])).toEqual([
      ['H 管理类别（简化或重点）', '特殊'],
      ['E 是否验收', '待定'],
    ]);
  });

  it('refuses a continuation row with nothing to continue, and one that fills enterprise columns', () => {
    expect(errorsOf([[...HEADER], ['', '', '', '祁环评[2019]43号', '', '', '', '']])[0]).toMatchObject({ row: 2, column: 'B 企业名称' });
    const errors = errorsOf([
      [...HEADER],
      ['1', '甲公司', '', '是', '否', '否', '否', '登记'],
      ['', '', '', '祁环评[2019]43号', '', '', '否', '简化'],
    ]);
    expect(errors.map((e) => e.column)).toEqual(['G 是否取得排污许可证', 'H 管理类别（简化或重点）']);
  });

  it('refuses the same enterprise twice', () => {
    const errors = errorsOf([[...HEADER], ['1', '甲公司', '', '是', '否', '否', '否', '登记'], ['2', '甲公司', '', '是', '否', '否', '否', '登记']]);
    expect(errors).toEqual([expect.objectContaining({ row: 3, column: 'B 企业名称', message: '企业名称与第2行重复' })]);
  });
});

describe('parseLedgerTable lists what it decided on its own (待核对), with row, column, text and reading', () => {
  const HEADER_ROW = [...HEADER];
  const decisionsOf = (...rows: string[][]) => parseLedgerTable([HEADER_ROW, ...rows]).decisions;
  const CLEAN = ['1', '甲公司', '电气机械和器材制造业', '祁环评[2019]43号', '是', '430426-2022-062-M', '91430426MA4QA91117001U', '简化'];

  it('a clean row written with official names, numbers, 是 and 否 yields no decision', () => {
    const r = parseLedgerTable([HEADER_ROW, CLEAN]);
    expect(r.issues).toEqual([]);
    expect(r.decisions).toEqual([]);
    expect(decisionsOf(['1', '甲公司', 'C38', '/', '', '否', '否', '/'])).toEqual([]);
  });

  it('an industry name that is not a GB/T 4754-2017 class name, mapped to a code by the alias table', () => {
    const row = [...CLEAN];
    row[2] = '新能源汽车';
    const { enterprises, decisions } = parseLedgerTable([HEADER_ROW, row]);
    expect(enterprises[0].industryCode).toBe('C3612');
    expect(decisions).toEqual([
      {
        row: 2,
        column: 'C 行业类别',
        value: '新能源汽车',
        takenAs: 'C3612 新能源车整车制造',
        message: '"新能源汽车"不是《国民经济行业分类》(GB/T 4754-2017)的类别名称，已对应为 C3612 新能源车整车制造',
      },
    ]);
  });

  it('a permit "是" without a number, stored as held', () => {
    const row = [...CLEAN];
    row[6] = '是';
    const { enterprises, decisions } = parseLedgerTable([HEADER_ROW, row]);
    expect(enterprises[0].permit).toMatchObject({ held: true, number: null });
    expect(decisions).toEqual([
      expect.objectContaining({ row: 2, column: 'G 是否取得排污许可证', value: '是', takenAs: '已取得排污许可证（编号未填）' }),
    ]);
  });

  it('an EIA "是" without a document number, counted as an approval', () => {
    const row = [...CLEAN];
    row[3] = '是';
    const { enterprises, decisions } = parseLedgerTable([HEADER_ROW, row]);
    expect(enterprises[0].eiaApprovals).toMatchObject([{ documentNumber: null, acceptance: 'accepted' }]);
    expect(decisions).toEqual([
      expect.objectContaining({ row: 2, column: 'D 是否有环评手续（批复文号）', value: '是', takenAs: '有环评批复（文号未填）' }),
    ]);
  });

  it('是否验收 "已完成" read as 是, and "未完成" as 否', () => {
    const done = [...CLEAN];
    done[4] = '已完成';
    const notDone = ['2', '乙公司', 'C38', '祁环评[2019]44号', '未完成', '否', '否', '/'];
    const { enterprises, decisions } = parseLedgerTable([HEADER_ROW, done, notDone]);
    expect(enterprises.map((e) => e.eiaApprovals[0].acceptance)).toEqual(['accepted', 'pending']);
    expect(decisions).toEqual([
      { row: 2, column: 'E 是否验收', value: '已完成', takenAs: '是', message: '"已完成"已按"是"读取' },
      { row: 3, column: 'E 是否验收', value: '未完成', takenAs: '否', message: '"未完成"已按"否"读取' },
    ]);
  });

  it('a merged acceptance cell shared by continuation rows is one decision, at its own row', () => {
    const first = [...CLEAN];
    first[4] = '已验收';
    const decisions = decisionsOf(first, ['', '', '', '衡环函[2014]97号', '', '', '', '']);
    expect(decisions).toEqual([expect.objectContaining({ row: 2, column: 'E 是否验收', value: '已验收', takenAs: '是' })]);
  });

  it('the demo ledger: its three "是" cells without numbers and its one alias industry, nothing else', () => {
    const { decisions } = parseLedgerTable(DEMO_LEDGER_ROWS);
    expect(decisions.map((d) => [d.column.split(' ')[0], d.value, d.takenAs]).sort()).toEqual(
      [
        ['C', '新能源汽车', 'C3612 新能源车整车制造'],
        ['D', '是', '有环评批复（文号未填）'],
        ['D', '是', '有环评批复（文号未填）'],
        ['F', '是', '已备案（编号未填）'],
        ['G', '是', '已取得排污许可证（编号未填）'],
      ].sort(),
    );
  });
});
