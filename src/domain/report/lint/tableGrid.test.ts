import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../reportModel.js';
import { tableGrid } from './tableGrid.js';

describe('tableGrid', () => {
  it('repeats merged cells in every row and column they cover, and tells the section of each row', () => {
    const a = { text: 'A', rowSpan: 2 };
    const section = { text: '在建企业', colSpan: 3 };
    const table: TableBlock = {
      kind: 'table',
      key: 't',
      caption: '表',
      header: ['1', '2', '3'],
      columnWidths: [1, 1, 1],
      rows: [
        { cells: [a, { text: 'b1' }, { text: 'c1' }] },
        { cells: [{ text: 'b2' }, { text: 'c2' }] },
        { cells: [section], role: 'section' },
        { cells: [{ text: 'x' }, { text: 'y', colSpan: 2 }] },
      ],
    };
    const grid = tableGrid(table);
    expect(grid.map((r) => r.cells.map((c) => c?.text))).toEqual([
      ['A', 'b1', 'c1'],
      ['A', 'b2', 'c2'],
      ['在建企业', '在建企业', '在建企业'],
      ['x', 'y', 'y'],
    ]);
    expect(grid.map((r) => r.section)).toEqual([null, null, null, '在建企业']);
    expect(grid[1]!.cells[0]).toBe(a);
  });
});
