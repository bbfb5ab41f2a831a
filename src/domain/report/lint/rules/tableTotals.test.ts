import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../../../test/helpers/reportDocument.js';
import type { TableBlock, TableRow } from '../../reportModel.js';
import { tableTotals } from './tableTotals.js';

const table = (rows: TableRow[]): TableBlock => ({
  kind: 'table',
  key: 'w',
  caption: '表10 固体废物产生及处置情况',
  header: ['企业名称', '产生量（t/a）', '委托处置（t/a）'],
  columnWidths: [1, 1, 1],
  rows,
});
const body: TableRow[] = [
  { cells: [{ text: '甲' }, { text: '1.25' }, { text: '1,000', rowSpan: 2 }] },
  { cells: [{ text: '乙' }, { text: '2.5' }] },
];
const check = (total: TableRow) => tableTotals.check({ report: reportOf([table([...body, total])]), enterprises: [] });

describe('table.total', () => {
  it('is silent when the total is the sum, a merged cell counted once', () => {
    expect(check({ cells: [{ text: '合计' }, { text: '3.75' }, { text: '1,000' }], role: 'total' })).toEqual([]);
  });

  it('compares at the precision the total prints with', () => {
    expect(check({ cells: [{ text: '合计' }, { text: '3.8' }, { text: '1000' }], role: 'total' })).toEqual([]);
  });

  it('finds a total that is not the sum of its rows', () => {
    const [f] = check({ cells: [{ text: '合计' }, { text: '4.75' }, { text: '1000' }], role: 'total' });
    expect(f).toMatchObject({ rule: 'table.total', severity: 'error', where: { table: '表10 固体废物产生及处置情况', row: 3 } });
    expect(f!.message).toBe('表10“产生量（t/a）”列合计为4.75，而各行之和为3.75');
  });
});
