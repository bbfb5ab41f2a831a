import { describe, expect, it } from 'vitest';
import type { TableBlock, TableCell } from '../domain/report/reportModel.js';
import { TableShapeError, placeTableCells } from './tableLayout.js';

function table(header: string[], rows: TableCell[][]): TableBlock {
  return { kind: 'table', key: 't', caption: '测试表', header, columnWidths: header.map(() => 1), rows: rows.map((cells) => ({ cells })) };
}

/** Shorthand: 'text' or ['text', rowSpan, colSpan]. */
function cells(...specs: (string | [string, number, number])[]): TableCell[] {
  return specs.map((spec) =>
    typeof spec === 'string' ? { text: spec } : { text: spec[0], rowSpan: spec[1], colSpan: spec[2] },
  );
}

/** The layout as "text@row,column" strings, in the order the cells were given. */
function layout(block: TableBlock): string[] {
  return placeTableCells(block).flatMap((row, r) => row.cells.map(({ cell, column }) => `${cell.text}@${r},${column}`));
}

describe('placeTableCells', () => {
  it('places cells after the columns a rowSpan covers, as HTML does, and marks rows a rowSpan runs on from', () => {
    const placed = placeTableCells(
      table(
        ['A', 'B', 'C'],
        [
          [{ text: 'a', rowSpan: 2 }, { text: 'b' }, { text: 'c', rowSpan: 3 }],
          [{ text: 'b2' }],
          [{ text: 'a3', colSpan: 2 }],
        ],
      ),
    );
    expect(placed.map((row) => row.cells.map((c) => [c.cell.text, c.column]))).toEqual([
      [['a', 0], ['b', 1], ['c', 2]],
      [['b2', 1]],
      [['a3', 0]],
    ]);
    expect(placed.map((row) => row.continuesBelow)).toEqual([true, true, false]);
  });

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
    expect(placeTableCells(block).map((row) => row.continuesBelow)).toEqual([true, true, false, false]);
  });

  it('places a section row spanning all eight columns, and the row after it from column 0', () => {
    const header = ['序号', '企业名称', '行业类别', '环评', '验收', '应急预案', '排污许可', '管理类别'];
    const placed = placeTableCells(
      table(header, [
        cells('1', 'a', 'b', 'c', 'd', 'e', 'f', 'g'),
        cells(['在建企业', 1, 8]),
        cells('1', 'h', 'i', 'j', 'k', 'l', 'm', 'n'),
      ]),
    );
    expect(placed[1].cells).toEqual([
      { cell: { text: '在建企业', rowSpan: 1, colSpan: 8 }, column: 0, rowSpan: 1, colSpan: 8 },
    ]);
    expect(placed[2].cells.map(({ column }) => column)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
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

  it('refuses a cell past the last column, naming the table, row, cell and text', () => {
    // The second row forgot that column 0 is covered and repeats it.
    const block = table(['c0', 'c1', 'c2'], [cells(['a', 2, 1], 'b', 'c'), cells('a', 'd', 'e')]);
    expect(() => placeTableCells(block)).toThrow(TableShapeError);
    expect(() => placeTableCells(block)).toThrow('表“测试表”结构有误：第 2 行第 3 个单元格“e”从第 4 列起占 1 列，超出表头的 3 列');
  });

  it.each<[TableCell[][], string]>([
    [[cells('a', 'b', 'c', 'd')], '第 1 行第 4 个单元格“d”从第 4 列起占 1 列，超出表头的 3 列'],
    [[cells(['a', 1, 4])], '第 1 行第 1 个单元格“a”从第 1 列起占 4 列，超出表头的 3 列'],
    [[cells('a', ['b', 1, 3])], '第 1 行第 2 个单元格“b”从第 2 列起占 3 列，超出表头的 3 列'],
    [[cells(['a', 2, 1], 'b', 'c')], '第 1 行第 1 个单元格“a”跨 2 行，超出表格末行（共 1 行）'],
    [[cells(['a', 3, 1], 'b', 'c'), cells('d', 'e')], '第 1 行第 1 个单元格“a”跨 3 行，超出表格末行（共 2 行）'],
    [[cells('a', ['b', 2, 1], 'c'), cells(['x', 1, 2], 'y')], '第 2 行第 1 个单元格“x”与上方跨行的单元格在第 2 列重叠'],
    [[cells('a'), cells('b', 'c', 'd')], '第 1 行缺少第 2、3 列的单元格（表头共 3 列）'],
    [[cells(['a', 2, 1], 'b', 'c'), cells('d')], '第 2 行缺少第 3 列的单元格（表头共 3 列）'],
    [[[{ text: 'a', rowSpan: 0 }, { text: 'b' }, { text: 'c' }]], '第 1 行第 1 个单元格的 rowSpan 为 0，应为不小于 1 的整数'],
    [[[{ text: 'a', colSpan: 1.5 }, { text: 'b' }, { text: 'c' }]], '第 1 行第 1 个单元格的 colSpan 为 1.5，应为不小于 1 的整数'],
  ])('refuses %j', (rows, message) => {
    expect(() => placeTableCells(table(['A', 'B', 'C'], rows))).toThrow(new TableShapeError('测试表', message));
  });

  it('names a table without a caption as （无标题）', () => {
    expect(() => placeTableCells({ ...table(['A'], [[]]), caption: '' })).toThrow('表“（无标题）”结构有误：第 1 行缺少第 1 列的单元格');
  });

  it('refuses an empty header and widths that do not match the header', () => {
    const base = table(['A', 'B', 'C'], []);
    expect(() => placeTableCells({ ...base, columnWidths: [1, 1] })).toThrow('columnWidths 有 2 个，应与表头列数 3 相同');
    expect(() => placeTableCells({ ...base, columnWidths: [1, 0, 1] })).toThrow('第 2 列宽度为 0，应为正数');
    expect(() => placeTableCells({ ...base, columnWidths: [1, Number.NaN, 1] })).toThrow('第 2 列宽度为 NaN，应为正数');
    expect(() => placeTableCells({ ...base, header: [], columnWidths: [] })).toThrow('表头为空');
  });
});
