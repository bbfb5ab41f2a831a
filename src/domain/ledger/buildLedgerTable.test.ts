import { describe, expect, it } from 'vitest';
import { DEMO_LEDGER_ROWS } from '../../services/demo/qidongPark2024.js';
import { buildLedgerTable } from './buildLedgerTable.js';
import { parseLedgerTable } from './parseLedgerTable.js';

const { enterprises } = parseLedgerTable(DEMO_LEDGER_ROWS);
const table = buildLedgerTable(enterprises, { key: 'ledger', caption: '表1.3-1 园区企业环保执行情况汇总表' });

describe('buildLedgerTable', () => {
  it('prints the 8 columns of table 1.3-1', () => {
    expect(table.header).toEqual([...DEMO_LEDGER_ROWS[0]]);
    expect(table.columnWidths).toHaveLength(8);
  });

  it('prints one row per approval with the other columns merged, as the seed does for 湖南顺隆能源有限公司', () => {
    const at = table.rows.findIndex((r) => r.cells[1]?.text === '湖南顺隆能源有限公司');
    expect(table.rows[at].cells.map((c) => [c.text, c.rowSpan ?? 1])).toEqual([
      ['4', 3],
      ['湖南顺隆能源有限公司', 3],
      ['其他基础化学原料制造', 3],
      ['湘环评函[2014]27号', 1],
      ['是', 3],
      ['430426-2020-053-M', 3],
      ['914304267580286729001V', 3],
      ['重点', 3],
    ]);
    expect(table.rows[at + 1].cells.map((c) => c.text)).toEqual(['衡环函[2014]97号']);
    expect(table.rows[at + 2].cells.map((c) => c.text)).toEqual(['祁环函[2015]54号']);
  });

  it('puts 在建企业 in a full-width section row and restarts 序号 under it', () => {
    const at = table.rows.findIndex((r) => r.cells[0].text === '在建企业');
    expect(table.rows[at]).toEqual({ cells: [{ text: '在建企业', colSpan: 8, bold: true }], role: 'section' });
    expect(table.rows[at + 1].cells.slice(0, 4).map((c) => c.text)).toEqual([
      '1',
      '湖南弘电新能源有限公司（威马）',
      '新能源车整车制造',
      '登记备案：202043042600000002',
    ]);
    // 44 producing enterprises with 50 approval rows, the section row, 6 under construction.
    expect(table.rows).toHaveLength(50 + 1 + 6);
  });

  it('prints what the ledger knows in words the table uses', () => {
    const row = (name: string) => table.rows.find((r) => r.cells[1]?.text === name)!.cells.map((c) => c.text);
    expect(row('祁东江南广利冷链有限公司').slice(3, 8)).toEqual(['登记备案：201943042600000059', '不适用', '否', '91430426MA4Q4HEH46001X', '登记']);
    expect(row('湖南衡缘物流有限公司（归阳分公司）').slice(6)).toEqual(['是', '登记']);
    expect(row('湖南天驰高分子新材料有限公司')[2]).toBe('/');
  });

  it('adds the workbook columns when asked, with the EIA type per approval row', () => {
    const wide = buildLedgerTable(enterprises, { key: 'ledger', caption: '', extraColumns: true });
    expect(wide.header.slice(8)).toEqual(['企业状态', '统一社会信用代码', '环评文件类型', '是否涉及环境风险源', '备注']);
    const first = wide.rows[0].cells;
    expect(first.slice(8).map((c) => c.text)).toEqual(['正常生产', '91430426MA4QA91117', '', '', '']);
    expect(wide.rows[1].cells.map((c) => c.text)).toEqual(['祁环评[2021]23号', '']);
  });

  it('prints acceptance per row when an enterprise has approvals in different states', () => {
    const [e] = enterprises;
    const mixed = { ...e, eiaApprovals: [e.eiaApprovals[0], { ...e.eiaApprovals[1], acceptance: 'pending' as const }] };
    const t = buildLedgerTable([mixed], { key: 'ledger', caption: '' });
    expect(t.rows[0].cells.map((c) => c.text)).toContain('是');
    expect(t.rows[1].cells.map((c) => c.text)).toEqual(['祁环评[2021]23号', '否']);
  });

  it('binds every row of an enterprise to its record, and marks identifier cells', () => {
    const t = buildLedgerTable([{ ...enterprises[3]!, id: 7 }], { key: 'ledger', caption: '' });
    expect(t.rows.map((r) => r.record?.id)).toEqual([7, 7, 7]);
    expect(t.rows[0].record).toEqual({ entity: 'enterprise', id: 7, label: '湖南顺隆能源有限公司', code: enterprises[3]!.creditCode });
    expect(t.rows[0].cells.filter((c) => c.identifier).map((c) => c.text)).toEqual([
      '湘环评函[2014]27号',
      '430426-2020-053-M',
      '914304267580286729001V',
    ]);
  });
});
