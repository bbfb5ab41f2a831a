import { describe, expect, it } from 'vitest';
import { SEED000_WASTE_TABLE } from '../../../../test/fixtures/seed000Waste.js';
import { parseWasteTable } from './parseWasteTable.js';

const parsed = parseWasteTable(SEED000_WASTE_TABLE, 2024);
const rowsOf = () => {
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return parsed.rows;
};
const withCell = (sheetRow: number, col: number, value: string) =>
  SEED000_WASTE_TABLE.map((r, i) => (i === sheetRow - 1 ? r.map((c, j) => (j === col ? value : c)) : r));
const issuesOf = (table: readonly (readonly string[])[]) => {
  const p = parseWasteTable(table, 2024);
  if (p.ok) throw new Error('expected issues');
  return p.issues;
};

describe('parseWasteTable on seed 000 table 10', () => {
  it('reads the 36 enterprise rows and skips the title, both header rows and the 合计 row', () => {
    const rows = rowsOf();
    expect(rows).toHaveLength(36);
    expect(rows[0]).toEqual({
      enterpriseName: '衡阳市富比德科学仪器有限公司',
      creditCode: null,
      year: 2024,
      general: { generatedTonnes: '0.4', selfUtilisedTonnes: '0', selfDisposedTonnes: '0', entrustedTonnes: '0.4' },
      hazardous: { generatedTonnes: '0.1', selfUtilisedTonnes: '0', selfDisposedTonnes: '0', entrustedTonnes: '0.1' },
      transferManifest: true,
      hwCategories: [],
    });
    expect(rows[35]!.enterpriseName).toBe('祁东江南广利冷链有限公司');
    // Title on sheet row 1, headers on rows 2 and 3: enterprise n is on sheet row n + 3.
    expect(parsed.ok && parsed.sheetRows).toEqual(Array.from({ length: 36 }, (_, i) => i + 4));
  });

  it('places 委托处理（外售） under general waste and reads "/" in the manifest column as no', () => {
    const row25 = rowsOf()[24]!;
    expect(row25.enterpriseName).toBe('湖南日虹科技有限公司');
    expect(row25.general).toEqual({ generatedTonnes: '15.08', selfUtilisedTonnes: '0', selfDisposedTonnes: '1.5', entrustedTonnes: '13.58' });
    expect(row25.transferManifest).toBe(false);
  });

  it('reads an optional credit-code and HW-category column', () => {
    const table = SEED000_WASTE_TABLE.map((r, i) => {
      if (i === 1) return [...r, '统一社会信用代码', '危险废物类别'];
      if (i === 3) return [...r, '91430426MA4QA91117', 'HW08、hw49'];
      return r;
    });
    const p = parseWasteTable(table, 2024);
    expect(p.ok && p.rows[0]).toMatchObject({ creditCode: '91430426MA4QA91117', hwCategories: ['HW08', 'HW49'] });
  });

  it('refuses the whole table on a bad number, naming row, column and value', () => {
    // Sheet row 5 is enterprise 2; column C is 一般工业固体废物 产生量.
    expect(issuesOf(withCell(5, 2, '1.O8'))).toEqual([
      {
        row: 5,
        column: 'C 一般工业固体废物 产生量(吨）',
        value: '1.O8',
        expected: '非负数（t/a），无则填 0',
        message: '第5行 一般工业固体废物产生量"1.O8"不是非负数',
      },
    ]);
    expect(issuesOf(withCell(6, 9, '-0.4'))).toMatchObject([{ row: 6, column: 'J 危险废物 委托处理', value: '-0.4' }]);
  });

  it('refuses an unknown manifest word, an HW code outside HW01–HW50, a bad credit code and a missing name', () => {
    expect(issuesOf(withCell(4, 10, '有转移'))).toMatchObject([{ row: 4, column: 'K 涉危废转移清单企业', value: '有转移' }]);
    const table = SEED000_WASTE_TABLE.map((r, i) => {
      if (i === 1) return [...r, '统一社会信用代码', '危险废物类别'];
      if (i === 3) return [...r, '9143042', 'HW51'];
      return r;
    });
    expect(issuesOf(table)).toMatchObject([
      { row: 4, column: 'L 统一社会信用代码', value: '9143042', expected: '18位统一社会信用代码' },
      { row: 4, column: 'M 危险废物类别', value: 'HW51' },
    ]);
    expect(issuesOf(withCell(7, 1, ' '))).toMatchObject([{ row: 7, column: 'B 企业名称', value: '', message: '第7行缺少企业名称' }]);
  });

  it('names a header column that is missing', () => {
    const table = SEED000_WASTE_TABLE.map((r, i) => (i === 2 ? r.map((c) => (c === '自行处置' ? '' : c)) : r));
    expect(issuesOf(table).map((i) => i.column)).toEqual(['一般工业固体废物 自行处置', '危险废物 自行处置']);
    expect(issuesOf([['序号', '名称']])).toMatchObject([{ row: 1, message: '未找到表头行（应包含"企业名称"列）' }]);
  });

  it('reads the 外委处置 and 单位名称 wording of other tables', () => {
    const table = SEED000_WASTE_TABLE.map((r, i) =>
      i === 1 ? r.map((c) => (c === '企业名称' ? '单位名称' : c)) : i === 2 ? r.map((c) => (c === '委托处理' ? '外委处置' : c)) : r,
    );
    const p = parseWasteTable(table, 2024);
    expect(p.ok && p.rows[10]!.hazardous.entrustedTonnes).toBe('8.1');
  });
});
