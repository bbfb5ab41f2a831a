import { describe, expect, it } from 'vitest';
import { documentOf, sectionOf } from '../../../../../test/helpers/reportDocument.js';
import type { ReportDocument, TableBlock, TableCell } from '../../reportModel.js';
import { WASTE_TABLE_HEADER, WASTE_TABLE_KEY } from '../../sections/registers/wasteTable.js';
import { wasteBalance } from './wasteBalance.js';

const cells = (...texts: string[]): TableCell[] => texts.map((text) => ({ text }));

function report(rows: string[][], key = WASTE_TABLE_KEY): ReportDocument {
  const table: TableBlock = {
    kind: 'table',
    key,
    caption: '表10 企业固体废物处置清单',
    header: [...WASTE_TABLE_HEADER],
    columnWidths: WASTE_TABLE_HEADER.map(() => 1),
    rows: rows.map((r, i) => ({ cells: cells(...r), record: { entity: 'enterprise', id: i + 1, label: r[1]! } })),
  };
  return documentOf('测试', [], [sectionOf('2.6', '（六）', '固体废物管理', [table], 2)]);
}
const check = (doc: ReportDocument) => wasteBalance.check({ report: doc, enterprises: [] });

describe('waste.balance', () => {
  it('is silent on rows that balance, to within 0.02 t/a', () => {
    expect(check(report([['1', '甲公司', '1.20', '0', '0.80', '0.40', '0.10', '0', '0', '0.10', '√'], ['2', '乙公司', '1.00', '0.5', '0', '0.48', '0', '0', '0', '0', '/']]))).toEqual([]);
  });

  it('names a row whose generated waste is not what was utilised, disposed and entrusted, for each kind', () => {
    const findings = check(report([['1', '甲公司', '1.20', '0', '0.80', '0.30', '0.50', '0', '0', '0.10', '√']]));
    expect(findings.map((f) => [f.where.row, f.message])).toEqual([
      [1, '表10第1行甲公司的一般工业固体废物产生量为1.2t/a，而自行综合利用、自行处置、委托处理之和为1.1t/a，相差0.1t/a'],
      [1, '表10第1行甲公司的危险废物产生量为0.5t/a，而自行综合利用、自行处置、委托处理之和为0.1t/a，相差0.4t/a'],
    ]);
    expect(findings[0]!.links).toEqual([{ entity: 'enterprise', id: 1, label: '甲公司' }]);
  });

  it('reads only table 10', () => {
    expect(check(report([['1', '甲公司', '1.20', '0', '0', '0', '0', '0', '0', '0', '/']], 'other'))).toEqual([]);
  });
});
