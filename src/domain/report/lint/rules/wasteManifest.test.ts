import { describe, expect, it } from 'vitest';
import { documentOf, sectionOf } from '../../../../../test/helpers/reportDocument.js';
import type { ReportDocument, TableBlock } from '../../reportModel.js';
import { WASTE_TABLE_HEADER, WASTE_TABLE_KEY } from '../../sections/registers/wasteTable.js';
import { wasteManifest } from './wasteManifest.js';

function report(rows: string[][]): ReportDocument {
  const table: TableBlock = {
    kind: 'table',
    key: WASTE_TABLE_KEY,
    caption: '表10 企业固体废物处置清单',
    header: [...WASTE_TABLE_HEADER],
    columnWidths: WASTE_TABLE_HEADER.map(() => 1),
    rows: [
      ...rows.map((r, i) => ({ cells: r.map((text) => ({ text })), record: { entity: 'enterprise' as const, id: i + 1, label: r[1]! } })),
      { role: 'total' as const, cells: [{ text: '合计', colSpan: 2 }, ...['0', '0', '0', '0', '0', '0', '0', '0', '√'].map((text) => ({ text }))] },
    ],
  };
  return documentOf('测试', [], [sectionOf('2.6', '（六）', '固体废物管理', [table], 2)]);
}
const check = (doc: ReportDocument) => wasteManifest.check({ report: doc, enterprises: [] });

describe('waste.manifest', () => {
  it('names a row flagged 涉危废转移清单企业 with no hazardous waste (seed 000 table 10 rows 9 and 15)', () => {
    const findings = check(
      report([
        ['1', '湖南荣晟昌新材料科技有限公司', '0.85', '0', '0.85', '0', '0', '0', '0', '0', '√'],
        ['2', '甲公司', '0.40', '0', '0', '0.40', '0.10', '0', '0', '0.10', '√'],
        ['3', '乙公司', '0.17', '0', '0.17', '0', '0', '0', '0', '0', '/'],
      ]),
    );
    expect(findings.map((f) => [f.severity, f.where.row, f.message])).toEqual([
      ['warning', 1, '表10第1行湖南荣晟昌新材料科技有限公司标为涉危废转移清单企业（√），但危险废物产生量为0'],
    ]);
  });

  it('is silent when every flagged row generates hazardous waste, and on the total row', () => {
    expect(check(report([['1', '甲公司', '0.40', '0', '0', '0.40', '0.10', '0', '0', '0.10', '√']]))).toEqual([]);
  });
});
