import type { TableBlock, TableCell } from '../../domain/report/reportModel.js';

/** A body cell at its 0-based body row and column once row and column spans are resolved. */
export interface PlacedTableCell {
  row: number;
  col: number;
  cell: TableCell;
}

/** The table's rows and spans do not fit its header: a bug in whoever built the table, named precisely. */
export class TableLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TableLayoutError';
  }
}

function spanOf(value: number | undefined, what: string, where: string): number {
  if (value === undefined) return 1;
  if (!Number.isInteger(value) || value < 1) {
    throw new TableLayoutError(`${where}的${what} 为 ${value}，应为不小于 1 的整数`);
  }
  return value;
}

/**
 * Places the body cells of a table as an HTML table does: each row fills the leftmost column not already
 * covered by a rowSpan from a row above, and a cell covers `rowSpan` rows × `colSpan` columns from there.
 *
 * Throws {@link TableLayoutError} when a cell would reach past the last header column, a rowSpan past the
 * last row, or two cells would cover the same position (HTML would draw them overlapping; Excel would
 * refuse the merges). Rows shorter than the header are allowed: the rest of the row stays empty.
 */
export function placeTableCells(table: TableBlock): PlacedTableCell[] {
  const columnCount = table.header.length;
  const rowCount = table.rows.length;
  /** occupied[r][c]: some cell already covers body position (r, c). */
  const occupied: boolean[][] = table.rows.map(() => new Array<boolean>(columnCount).fill(false));
  const placed: PlacedTableCell[] = [];

  table.rows.forEach((cells, r) => {
    let c = 0;
    cells.forEach((cell, i) => {
      const where = `表格「${table.caption}」第 ${r + 1} 行第 ${i + 1} 个单元格（“${cell.text}”）`;
      while (c < columnCount && occupied[r][c]) c++;
      const rowSpan = spanOf(cell.rowSpan, '跨行数 rowSpan', where);
      const colSpan = spanOf(cell.colSpan, '跨列数 colSpan', where);
      if (c + colSpan > columnCount) {
        throw new TableLayoutError(
          `${where}从第 ${c + 1} 列起跨 ${colSpan} 列，超出表头的 ${columnCount} 列（检查上方行的 rowSpan 与本行的单元格数）`,
        );
      }
      if (r + rowSpan > rowCount) {
        throw new TableLayoutError(`${where}跨 ${rowSpan} 行，超出表格的最后一行（共 ${rowCount} 行）`);
      }
      for (let rr = r; rr < r + rowSpan; rr++) {
        for (let cc = c; cc < c + colSpan; cc++) {
          if (occupied[rr][cc]) {
            throw new TableLayoutError(
              `${where}覆盖的第 ${rr + 1} 行第 ${cc + 1} 列已被其他单元格的合并范围占用`,
            );
          }
          occupied[rr][cc] = true;
        }
      }
      placed.push({ row: r, col: c, cell });
      c += colSpan;
    });
  });
  return placed;
}
