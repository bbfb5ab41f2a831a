import { describe, expect, it } from 'vitest';
import type { TableBlock, TableCell } from '../../domain/report/reportModel.js';
import { placeTableCells, TableLayoutError } from './placeTableCells.js';

function table(header: string[], rows: TableCell[][]): TableBlock {
  return { kind: 'table', caption: '测试表', header, columnWidths: header.map(() => 1), rows };
}

/** Shorthand: 'text' or ['text', rowSpan, colSpan]. */
function cells(...specs: (string | [string, number, number])[]): TableCell[] {
  return specs.map((spec) =>
    typeof spec === 'string' ? { text: spec } : { text: spec[0], rowSpan: spec[1], colSpan: spec[2] },
  );
}

/** The layout as "text@row,col" strings, in the order the cells were given. */
function layout(block: TableBlock): string[] {
  return placeTableCells(block).map(({ row, col, cell }) => `${cell.text}@${row},${col}`);
}

describe('placeTableCells', () => {
  it('puts a later row after the columns a rowSpan above still covers', () => {
    // An enterprise with three EIA approvals: every column but 3 spans the three rows.
    const block = table(
      ['序号', '企业名称', '行业类别', '环评批复文号', '是否验收'],
      [
        cells(['4', 3, 1], ['湖南顺隆能源有限公司', 3, 1], ['其他基础化学原料制造', 3, 1], '湘环评函[2014]27号', ['是', 3, 1]),
        cells('衡环函[2014]97号'),
        cells('祁环函[2015]54号'),
        cells('5', '湖南某公司', '通用设备制造业', '祁环评[2016]8号', '否'),
      ],
    );
    expect(layout(block)).toEqual([
      '4@0,0',
      '湖南顺隆能源有限公司@0,1',
      '其他基础化学原料制造@0,2',
      '湘环评函[2014]27号@0,3',
      '是@0,4',
      '衡环函[2014]97号@1,3',
      '祁环函[2015]54号@2,3',
      '5@3,0',
      '湖南某公司@3,1',
      '通用设备制造业@3,2',
      '祁环评[2016]8号@3,3',
      '否@3,4',
    ]);
  });

  it('places a section row spanning all eight columns, and the row after it from column 0', () => {
    const header = ['序号', '企业名称', '行业类别', '环评', '验收', '应急预案', '排污许可', '管理类别'];
    const block = table(header, [
      cells('1', 'a', 'b', 'c', 'd', 'e', 'f', 'g'),
      cells(['在建企业', 1, 8]),
      cells('1', 'h', 'i', 'j', 'k', 'l', 'm', 'n'),
    ]);
    const placed = placeTableCells(block);
    expect(placed[8]).toEqual({ row: 1, col: 0, cell: { text: '在建企业', rowSpan: 1, colSpan: 8 } });
    expect(placed.slice(9).map(({ row, col }) => [row, col])).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map((col) => [2, col]),
    );
  });

  it('resolves rowSpan and colSpan together, and spans that start mid-row', () => {
    //      c0  c1  c2  c3
    // r0 | A (2×2) | B | C |
    // r1 |         | D | E |
    // r2 | F | G  | H (1×2) |
    // r3 | I | (G)| J | K |
    const block = table(
      ['c0', 'c1', 'c2', 'c3'],
      [cells(['A', 2, 2], 'B', 'C'), cells('D', 'E'), cells('F', ['G', 2, 1], ['H', 1, 2]), cells('I', 'J', 'K')],
    );
    expect(layout(block)).toEqual(['A@0,0', 'B@0,2', 'C@0,3', 'D@1,2', 'E@1,3', 'F@2,0', 'G@2,1', 'H@2,2', 'I@3,0', 'J@3,2', 'K@3,3']);
  });

  it('skips a covered column in the middle of a row', () => {
    const block = table(['c0', 'c1', 'c2'], [cells('a', ['b', 2, 1], 'c'), cells('d', 'e')]);
    expect(layout(block)).toEqual(['a@0,0', 'b@0,1', 'c@0,2', 'd@1,0', 'e@1,2']);
  });

  it('allows a row shorter than the header', () => {
    const block = table(['c0', 'c1', 'c2'], [cells('a'), cells('b', 'c', 'd')]);
    expect(layout(block)).toEqual(['a@0,0', 'b@1,0', 'c@1,1', 'd@1,2']);
  });

  it('refuses a cell past the last column, naming the table, row and cell', () => {
    // The second row forgot that column 0 is covered and repeats it.
    const block = table(['c0', 'c1', 'c2'], [cells(['a', 2, 1], 'b', 'c'), cells('a', 'd', 'e')]);
    expect(() => placeTableCells(block)).toThrow(TableLayoutError);
    expect(() => placeTableCells(block)).toThrow('表格「测试表」第 2 行第 3 个单元格（“e”）从第 4 列起跨 1 列，超出表头的 3 列');
    expect(() => placeTableCells(table(['c0', 'c1'], [cells('a', ['b', 1, 2])]))).toThrow(/从第 2 列起跨 2 列/);
  });

  it('refuses a rowSpan past the last row', () => {
    const block = table(['c0', 'c1'], [cells(['a', 3, 1], 'b'), cells('c')]);
    expect(() => placeTableCells(block)).toThrow('表格「测试表」第 1 行第 1 个单元格（“a”）跨 3 行，超出表格的最后一行（共 2 行）');
  });

  it('refuses overlapping spans', () => {
    const block = table(['c0', 'c1', 'c2'], [cells('a', ['b', 2, 1], 'c'), cells(['d', 1, 2], 'e')]);
    expect(() => placeTableCells(block)).toThrow('第 2 行第 1 个单元格（“d”）覆盖的第 2 行第 2 列已被其他单元格的合并范围占用');
  });

  it('refuses spans that are not positive integers', () => {
    expect(() => placeTableCells(table(['c0'], [[{ text: 'a', rowSpan: 0 }]]))).toThrow(/跨行数 rowSpan 为 0，应为不小于 1 的整数/);
    expect(() => placeTableCells(table(['c0', 'c1'], [[{ text: 'a', colSpan: 1.5 }]]))).toThrow(/跨列数 colSpan 为 1\.5/);
  });
});
