/**
 * The grid layout of a TableBlock's body, shared by the Word and Excel renderers: HTML-style rowSpan/colSpan
 * resolved to grid columns, with the table's shape checked on the way.
 */
import type { TableBlock, TableCell } from '../domain/report/reportModel.js';

/** Where a body cell lands in the table's grid. */
export interface PlacedCell {
  cell: TableCell;
  /** Zero-based first grid column. */
  column: number;
  rowSpan: number;
  colSpan: number;
}

/** A body row whose cells are placed in the grid; `continuesBelow` when a rowSpan from it or above runs on. */
export interface PlacedRow {
  cells: PlacedCell[];
  continuesBelow: boolean;
}

/** A model error: the table does not describe a rectangular grid. Names the table, row, cell and its text. */
export class TableShapeError extends Error {
  constructor(caption: string, detail: string) {
    super(`表“${caption}”结构有误：${detail}`);
    this.name = 'TableShapeError';
  }
}

function spanOf(caption: string, rowNumber: number, cellNumber: number, name: 'rowSpan' | 'colSpan', value: number | undefined): number {
  if (value === undefined) return 1;
  if (!Number.isInteger(value) || value < 1) {
    throw new TableShapeError(caption, `第 ${rowNumber} 行第 ${cellNumber} 个单元格的 ${name} 为 ${value}，应为不小于 1 的整数`);
  }
  return value;
}

/**
 * Places the body cells in the grid with HTML rules (each row fills the leftmost columns not covered by a rowSpan
 * from above; a cell with rowSpan n covers its columns in the next n-1 rows, which omit it) and checks that the
 * header is not empty, `columnWidths` has one positive width per header column, no cell reaches past the last
 * column or overlaps a rowSpan from above, no rowSpan runs past the last row, and every row fills exactly the
 * header's columns. Throws {@link TableShapeError} otherwise.
 */
export function placeTableCells(block: TableBlock): PlacedRow[] {
  const caption = block.caption || '（无标题）';
  const columnCount = block.header.length;
  if (columnCount === 0) throw new TableShapeError(caption, '表头为空，至少应有 1 列');
  if (block.columnWidths.length !== columnCount) {
    throw new TableShapeError(caption, `columnWidths 有 ${block.columnWidths.length} 个，应与表头列数 ${columnCount} 相同`);
  }
  block.columnWidths.forEach((width, index) => {
    if (!Number.isFinite(width) || width <= 0) {
      throw new TableShapeError(caption, `第 ${index + 1} 列宽度为 ${width}，应为正数`);
    }
  });

  /** For each column, how many more rows a rowSpan from above still covers. */
  const coveredFor = new Array<number>(columnCount).fill(0);
  const placed: PlacedRow[] = [];
  block.rows.forEach((row, rowIndex) => {
    const rowNumber = rowIndex + 1;
    const cells: PlacedCell[] = [];
    let column = 0;
    row.cells.forEach((cell, cellIndex) => {
      const rowSpan = spanOf(caption, rowNumber, cellIndex + 1, 'rowSpan', cell.rowSpan);
      const colSpan = spanOf(caption, rowNumber, cellIndex + 1, 'colSpan', cell.colSpan);
      while (column < columnCount && coveredFor[column] > 0) column++;
      if (column + colSpan > columnCount) {
        throw new TableShapeError(
          caption,
          `第 ${rowNumber} 行第 ${cellIndex + 1} 个单元格“${cell.text}”从第 ${column + 1} 列起占 ${colSpan} 列，超出表头的 ${columnCount} 列`,
        );
      }
      // A rowSpan only reaches down, so a cell can only overlap a rowSpan from above in its own row.
      for (let c = column; c < column + colSpan; c++) {
        if (coveredFor[c] > 0) {
          throw new TableShapeError(
            caption,
            `第 ${rowNumber} 行第 ${cellIndex + 1} 个单元格“${cell.text}”与上方跨行的单元格在第 ${c + 1} 列重叠`,
          );
        }
      }
      if (rowIndex + rowSpan > block.rows.length) {
        throw new TableShapeError(
          caption,
          `第 ${rowNumber} 行第 ${cellIndex + 1} 个单元格“${cell.text}”跨 ${rowSpan} 行，超出表格末行（共 ${block.rows.length} 行）`,
        );
      }
      cells.push({ cell, column, rowSpan, colSpan });
      column += colSpan;
    });
    // Columns covered from above stay covered for this row; columns of this row's cells are now filled.
    const filled = new Array<boolean>(columnCount).fill(false);
    for (let c = 0; c < columnCount; c++) if (coveredFor[c] > 0) filled[c] = true;
    for (const placedCell of cells) {
      for (let c = placedCell.column; c < placedCell.column + placedCell.colSpan; c++) filled[c] = true;
    }
    const missing = filled.flatMap((isFilled, c) => (isFilled ? [] : [c + 1]));
    if (missing.length > 0) {
      throw new TableShapeError(caption, `第 ${rowNumber} 行缺少第 ${missing.join('、')} 列的单元格（表头共 ${columnCount} 列）`);
    }
    for (let c = 0; c < columnCount; c++) if (coveredFor[c] > 0) coveredFor[c]--;
    for (const placedCell of cells) {
      for (let c = placedCell.column; c < placedCell.column + placedCell.colSpan; c++) coveredFor[c] = placedCell.rowSpan - 1;
    }
    placed.push({ cells, continuesBelow: coveredFor.some((rows) => rows > 0) });
  });
  return placed;
}
