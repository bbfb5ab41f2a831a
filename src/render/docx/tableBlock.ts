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
import type { TableBlock } from '../../domain/report/reportModel.js';
import { placeTableCells } from '../tableLayout.js';
import { CJK_FONT, SIZE, TEXT_WIDTH_TWIPS, runProperties, textRuns, type RunStyle } from './typography.js';

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

/** The Word table for a TableBlock (without its caption). Throws TableShapeError (../tableLayout.js) when the grid is not rectangular. */
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
