/**
 * A TableBlock as a Word table: caption above, one header row that repeats on every page, rows that do not split
 * across pages, HTML-style rowSpan/colSpan rendered as w:vMerge/w:gridSpan.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import type { TableBlock, TableCell as ModelCell } from '../../domain/report/reportModel.js';
import { CJK_FONT, SIZE, TEXT_WIDTH_TWIPS, runProperties, textRuns, type RunStyle } from './typography.js';

/** Where a body cell lands in the table's grid. */
export interface PlacedCell {
  cell: ModelCell;
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

/** A model error: the table does not describe a rectangular grid. */
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
 * Places the body cells in the grid with HTML rules (a cell with rowSpan n covers its columns in the next n-1 rows,
 * which omit it) and checks that every row fills exactly the header's columns and no rowSpan runs past the last row.
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
    row.forEach((cell, cellIndex) => {
      const rowSpan = spanOf(caption, rowNumber, cellIndex + 1, 'rowSpan', cell.rowSpan);
      const colSpan = spanOf(caption, rowNumber, cellIndex + 1, 'colSpan', cell.colSpan);
      while (column < columnCount && coveredFor[column] > 0) column++;
      if (column + colSpan > columnCount) {
        throw new TableShapeError(
          caption,
          `第 ${rowNumber} 行第 ${cellIndex + 1} 个单元格“${cell.text}”从第 ${column + 1} 列起占 ${colSpan} 列，超出表头的 ${columnCount} 列`,
        );
      }
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

/** Scales relative widths to twips that add up to exactly `totalTwips`. */
export function scaleColumnWidths(relative: readonly number[], totalTwips: number = TEXT_WIDTH_TWIPS): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  const scaled = relative.map((width) => Math.floor((width / sum) * totalTwips));
  let remainder = totalTwips - scaled.reduce((a, b) => a + b, 0);
  // Hand the rounding remainder out one twip at a time, widest columns first.
  const order = relative.map((width, index) => ({ width, index })).sort((a, b) => b.width - a.width || a.index - b.index);
  for (let i = 0; remainder > 0; i = (i + 1) % order.length, remainder--) scaled[order[i].index]++;
  return scaled;
}

const CELL_MARGIN_TWIPS = 57;
const SINGLE_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const CELL_BORDERS: ITableCellBorders = { top: SINGLE_BORDER, bottom: SINGLE_BORDER, left: SINGLE_BORDER, right: SINGLE_BORDER };

function cellParagraph(text: string, style: RunStyle, align: 'left' | 'center'): Paragraph {
  return new Paragraph({
    alignment: align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' },
    indent: { firstLine: 0, left: 0, right: 0 },
    run: runProperties(style),
    children: textRuns(text, style),
  });
}

function wordCell(text: string, style: RunStyle, align: 'left' | 'center', spans: { rowSpan?: number; colSpan?: number }): TableCell {
  return new TableCell({
    children: [cellParagraph(text, style, align)],
    verticalAlign: VerticalAlignTable.CENTER,
    borders: CELL_BORDERS,
    ...(spans.rowSpan && spans.rowSpan > 1 ? { rowSpan: spans.rowSpan } : {}),
    ...(spans.colSpan && spans.colSpan > 1 ? { columnSpan: spans.colSpan } : {}),
  });
}

/** The caption paragraph: 黑体 四号, centred, kept on the page of the table's first row. */
export function captionParagraph(caption: string): Paragraph {
  const style: RunStyle = { cjkFont: CJK_FONT.hei, size: SIZE.siHao };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    keepLines: true,
    spacing: { before: 120, after: 60, line: 360, lineRule: 'auto' },
    indent: { firstLine: 0 },
    run: runProperties(style),
    children: textRuns(caption, style),
  });
}

/** The Word table for a TableBlock (without its caption). Throws TableShapeError when the grid is not rectangular. */
export function renderTable(block: TableBlock): Table {
  const placedRows = placeTableCells(block);
  const size = block.compact ? SIZE.xiaoWu : SIZE.wuHao;
  const headerStyle: RunStyle = { cjkFont: CJK_FONT.hei, size };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.header.map((text) => wordCell(text, headerStyle, 'center', {})),
  });
  const body = placedRows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        // Keep the rows of a merged group on one page, so a merged cell is not cut by a page break.
        ...(row.continuesBelow ? { keepNext: true } : {}),
        children: row.cells.map(({ cell, rowSpan, colSpan }) =>
          wordCell(cell.text, { cjkFont: CJK_FONT.fangSong, size, bold: cell.bold ?? false }, cell.align ?? 'center', {
            rowSpan,
            colSpan,
          }),
        ),
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: scaleColumnWidths(block.columnWidths),
    layout: TableLayoutType.FIXED,
    // 0.1 cm left and right, none above and below: narrow columns such as 序号 keep two characters on a line.
    margins: { left: CELL_MARGIN_TWIPS, right: CELL_MARGIN_TWIPS, top: 0, bottom: 0 },
    alignment: AlignmentType.CENTER,
    borders: {
      top: SINGLE_BORDER,
      bottom: SINGLE_BORDER,
      left: SINGLE_BORDER,
      right: SINGLE_BORDER,
      insideHorizontal: SINGLE_BORDER,
      insideVertical: SINGLE_BORDER,
    },
  });
}
