import ExcelJS from 'exceljs';
import type { TableBlock } from '../../domain/report/reportModel.js';
import { placeTableCells } from '../tableLayout.js';

/** A sheet holding one table: an optional merged title row, the header row, the body, then notes. */
export interface TableSheet {
  name: string;
  /** A title row merged over all columns above the header, e.g. the table's caption. */
  title?: string;
  table: TableBlock;
  /** Lines written below the table, one per row, merged over all columns (e.g. 注：… or instructions). */
  notes?: string[];
}

/** A sheet of text lines (e.g. 填表说明), one per row in a wide, wrapping column A. */
export interface LinesSheet {
  name: string;
  lines: string[];
}

export type WorkbookSheet = TableSheet | LinesSheet;

/** The column widths of a table add up to about this many characters (Excel width units). */
const TABLE_WIDTH_CHARS = 120;
const MIN_COLUMN_WIDTH_CHARS = 4;
/** Column A of a lines sheet. */
const LINES_COLUMN_WIDTH_CHARS = 100;

const FONT_NAME = '宋体';
/** 五号 and 小五. */
const BODY_FONT_SIZE = 10.5;
const COMPACT_FONT_SIZE = 9;
const TITLE_FONT_SIZE = 14;
/** Points per line of 10.5–11 pt text, for rows whose height Excel will not fit by itself (merged cells). */
const LINE_HEIGHT_POINTS = 15;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const THIN_BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Excel's rules for sheet names. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[\\/?*:[\]]/;

/**
 * Writes tables and text-line sheets into one .xlsx. Tables get thin borders, a bold grey header row frozen
 * at the top and repeated on every printed page, merged cells from rowSpan/colSpan placed as in HTML
 * ({@link placeTableCells}, which throws TableShapeError for a table that is not a full grid), and column widths from `columnWidths` scaled to about 120 characters.
 * Cell texts are written as text, exactly as the report model holds them.
 */
export async function writeTableWorkbook(sheets: WorkbookSheet[]): Promise<Buffer> {
  checkSheetNames(sheets);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'parkeco';
  for (const sheet of sheets) {
    if ('lines' in sheet) addLinesSheet(workbook, sheet);
    else addTableSheet(workbook, sheet);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function checkSheetNames(sheets: WorkbookSheet[]): void {
  const seen = new Set<string>();
  for (const { name } of sheets) {
    if (name.trim() === '' || name.length > SHEET_NAME_MAX) {
      throw new Error(`工作表名称“${name}”无效：应为 1–${SHEET_NAME_MAX} 个字符`);
    }
    if (SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new Error(`工作表名称“${name}”无效：不能含有 \\ / ? * : [ ]，也不能以单引号开头或结尾`);
    }
    const key = name.toLowerCase();
    if (seen.has(key)) throw new Error(`工作表名称“${name}”重复`);
    seen.add(key);
  }
}

/** Display width in Excel character units: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** Lines a text wraps to in a cell `widthChars` wide (a little narrower, for padding and word breaks). */
function wrappedLineCount(text: string, widthChars: number): number {
  const usable = Math.max(1, widthChars * 0.9);
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

/**
 * Relative widths → Excel widths adding up to about {@link TABLE_WIDTH_CHARS}. The widths must already be checked
 * (one positive width per header column) by {@link placeTableCells}.
 */
function scaleColumnWidths(columnWidths: readonly number[]): number[] {
  const total = columnWidths.reduce((a, b) => a + b, 0);
  return columnWidths.map((w) =>
    Math.max(MIN_COLUMN_WIDTH_CHARS, Math.round(((TABLE_WIDTH_CHARS * w) / total) * 10) / 10),
  );
}

function addTableSheet(workbook: ExcelJS.Workbook, sheet: TableSheet): void {
  const { table } = sheet;
  // Checks the header, widths and spans; throws TableShapeError before anything is written.
  const placedRows = placeTableCells(table);
  const widths = scaleColumnWidths(table.columnWidths);
  const columnCount = table.header.length;
  const fontSize = table.compact ? COMPACT_FONT_SIZE : BODY_FONT_SIZE;
  const totalWidth = widths.reduce((a, b) => a + b, 0);

  const worksheet = workbook.addWorksheet(sheet.name);
  widths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });

  // All values and styles first, merges last: exceljs drops merges when values are set inside them.
  const merges: [number, number, number, number][] = [];
  let rowNumber = 1;

  if (sheet.title !== undefined) {
    const cell = worksheet.getCell(rowNumber, 1);
    cell.value = sheet.title;
    cell.font = { name: FONT_NAME, size: TITLE_FONT_SIZE, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    worksheet.getRow(rowNumber).height = Math.max(
      24,
      wrappedLineCount(sheet.title, totalWidth / 1.4) * (TITLE_FONT_SIZE + 6),
    );
    if (columnCount > 1) merges.push([rowNumber, 1, rowNumber, columnCount]);
    rowNumber++;
  }

  const headerRowNumber = rowNumber;
  table.header.forEach((text, i) => {
    const cell = worksheet.getCell(headerRowNumber, i + 1);
    cell.value = text;
    cell.font = { name: FONT_NAME, size: fontSize, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDERS;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  rowNumber++;

  const bodyStart = rowNumber;
  // Every body position gets a border, including covered cells (so merged ranges are outlined).
  for (let r = 0; r < table.rows.length; r++) {
    for (let c = 0; c < columnCount; c++) {
      const cell = worksheet.getCell(bodyStart + r, c + 1);
      cell.font = { name: FONT_NAME, size: fontSize };
      cell.border = THIN_BORDERS;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  const placed = placedRows.flatMap((placedRow, row) =>
    placedRow.cells.map(({ cell, column, rowSpan, colSpan }) => ({ row, col: column, rowSpan, colSpan, tableCell: cell })),
  );
  for (const { row, col, rowSpan, colSpan, tableCell } of placed) {
    const cell = worksheet.getCell(bodyStart + row, col + 1);
    if (tableCell.text !== '') cell.value = tableCell.text;
    cell.font = { name: FONT_NAME, size: fontSize, bold: tableCell.bold === true };
    cell.alignment = {
      horizontal: tableCell.align === 'left' ? 'left' : 'center',
      vertical: 'middle',
      wrapText: true,
    };
    if (rowSpan > 1 || colSpan > 1) {
      merges.push([bodyStart + row, col + 1, bodyStart + row + rowSpan - 1, col + colSpan]);
    }
  }
  rowNumber = bodyStart + table.rows.length;

  for (const note of sheet.notes ?? []) {
    const cell = worksheet.getCell(rowNumber, 1);
    cell.value = note;
    cell.font = { name: FONT_NAME, size: fontSize };
    cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    // Excel does not fit the height of merged cells: estimate it.
    worksheet.getRow(rowNumber).height = wrappedLineCount(note, totalWidth) * LINE_HEIGHT_POINTS;
    if (columnCount > 1) merges.push([rowNumber, 1, rowNumber, columnCount]);
    rowNumber++;
  }

  for (const [top, left, bottom, right] of merges) worksheet.mergeCells(top, left, bottom, right);

  worksheet.views = [
    { state: 'frozen', xSplit: 0, ySplit: headerRowNumber, topLeftCell: `A${headerRowNumber + 1}` },
  ];
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRowNumber}:${headerRowNumber}`,
  };
}

function addLinesSheet(workbook: ExcelJS.Workbook, sheet: LinesSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name);
  worksheet.getColumn(1).width = LINES_COLUMN_WIDTH_CHARS;
  sheet.lines.forEach((line, i) => {
    const cell = worksheet.getCell(i + 1, 1);
    if (line !== '') cell.value = line;
    cell.font = { name: FONT_NAME, size: 11 };
    cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    worksheet.getRow(i + 1).height = wrappedLineCount(line, LINES_COLUMN_WIDTH_CHARS) * LINE_HEIGHT_POINTS;
  });
}
