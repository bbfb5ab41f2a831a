import ExcelJS from 'exceljs';
import { checkArchiveDirectory, checkWorkbookArchive } from './checkWorkbookArchive.js';
import { WorkbookReadError } from './workbookErrors.js';

/**
 * Every worksheet of an .xlsx as a grid of display strings, for importers and for tests of what we write.
 *
 * - `rows[i]` is sheet row `i + 1`; empty rows in the middle stay (as rows of ''), trailing empty rows are dropped.
 * - Every row has the sheet's used column count: the last column holding text or part of a merged range.
 * - A merged range keeps its text in the top-left (master) cell only; the other cells of the range are ''.
 */
export interface WorkbookGrid {
  sheets: WorkbookGridSheet[];
}

export interface WorkbookGridSheet {
  name: string;
  rows: string[][];
}

const NOT_XLSX = '文件不是有效的 Excel 工作簿（.xlsx）';
/** D0 CF 11 E0 A1 B1 1A E1: an OLE2 compound file — an Excel 97–2003 .xls, or an encrypted .xlsx. */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** PK\x03\x04: every .xlsx is a zip whose first entry starts with a local file header. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/**
 * The checks that cost next to nothing: an empty file, an old .xls, not a zip, and the zip's directory against
 * {@link WORKBOOK_LIMITS}. Run on the event loop before a workbook is handed to a worker.
 */
export function precheckWorkbook(buf: Buffer | Uint8Array): Buffer {
  if (buf.length === 0) {
    throw new WorkbookReadError(`${NOT_XLSX}：文件为空`);
  }
  if (startsWith(buf, OLE2_SIGNATURE)) {
    throw new WorkbookReadError(
      `${NOT_XLSX}：文件是旧版 Excel 97–2003（.xls）格式或已加密，请在 Excel 中另存为未加密的 .xlsx 后重试`,
    );
  }
  if (!startsWith(buf, ZIP_SIGNATURE)) {
    throw new WorkbookReadError(`${NOT_XLSX}：文件内容不是 .xlsx 格式（例如 CSV 或文本文件）`);
  }
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  checkArchiveDirectory(bytes);
  return bytes;
}

/**
 * Reads every worksheet of an .xlsx into display strings; throws {@link WorkbookReadError} if it is not one, and
 * its {@link WorkbookLimitError} subclass, before expanding anything, if it is larger than any real workbook.
 * CPU-bound for seconds on a large file: servers call it through `readWorkbookGridInWorker`.
 */
export async function readWorkbookGrid(buf: Buffer | Uint8Array): Promise<WorkbookGrid> {
  const bytes = precheckWorkbook(buf);
  checkWorkbookArchive(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own `Buffer extends ArrayBuffer`; at run time it takes a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (cause) {
    throw new WorkbookReadError(`${NOT_XLSX}：文件已损坏或无法解析`, { cause });
  }
  // A .docx, .pptx or any other zip loads without error but has no worksheet.
  if (workbook.worksheets.length === 0) {
    throw new WorkbookReadError(`${NOT_XLSX}：文件中没有工作表（可能是 Word 文档或其他压缩包）`);
  }
  return { sheets: workbook.worksheets.map(readSheet) };
}

function readSheet(worksheet: ExcelJS.Worksheet): WorkbookGridSheet {
  /** Sheet row number → (column number → text), plus the columns that belong to a merged range. */
  const texts = new Map<number, Map<number, string>>();
  const mergedColumns = new Map<number, number>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowTexts = new Map<number, string>();
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged) {
        mergedColumns.set(rowNumber, Math.max(mergedColumns.get(rowNumber) ?? 0, colNumber));
        // exceljs reports the master's value for every cell of the range: only the master keeps it.
        if (cell.master.address !== cell.address) return;
      }
      const text = cellValueText(cell.value);
      if (text !== '') rowTexts.set(colNumber, text);
    });
    if (rowTexts.size > 0) texts.set(rowNumber, rowTexts);
  });

  // Loops, not Math.max(...keys): a sheet may have more rows than a call has arguments.
  let lastRow = 0;
  let columnCount = 0;
  for (const [rowNumber, rowTexts] of texts) {
    lastRow = Math.max(lastRow, rowNumber);
    for (const colNumber of rowTexts.keys()) columnCount = Math.max(columnCount, colNumber);
  }
  for (const [rowNumber, lastMerged] of mergedColumns) {
    if (rowNumber <= lastRow) columnCount = Math.max(columnCount, lastMerged);
  }

  const rows: string[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const rowTexts = texts.get(r);
    const row: string[] = [];
    for (let c = 1; c <= columnCount; c++) row.push(rowTexts?.get(c) ?? '');
    rows.push(row);
  }
  return { name: worksheet.name, rows };
}

/** The text a cell shows: formulas by their cached result, hyperlinks by their text, errors as #N/A etc. */
export function cellValueText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return '';
  if ('richText' in value) return value.richText.map((run) => run.text).join('').trim();
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    return cellValueText(value.result as ExcelJS.CellValue | undefined);
  }
  if ('hyperlink' in value) {
    // The text of a hyperlink may itself be rich text.
    return cellValueText(value.text as ExcelJS.CellValue);
  }
  return '';
}

/**
 * A number as Excel shows it in a General cell, without binary artefacts: Excel keeps 15 significant digits,
 * so 0.1+0.2 stored as 0.30000000000000004 reads "0.3"; integers read "43", decimals "3.5".
 */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const text = String(Number(n.toPrecision(15)));
  return text === '-0' ? '0' : text;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Excel dates arrive as JS Dates in UTC. A date reads YYYY-MM-DD; a date with a time YYYY-MM-DD HH:mm
 * (HH:mm:ss when the seconds are not zero); a time alone (serial < 1, day 1899-12-30) HH:mm[:ss].
 */
function dateText(date: Date): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return '';
  // Serial day fractions carry float noise (…:59.999): round to the second.
  const d = new Date(Math.round(ms / 1000) * 1000);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const hours = d.getUTCHours();
  const minutes = d.getUTCMinutes();
  const seconds = d.getUTCSeconds();
  if (hours === 0 && minutes === 0 && seconds === 0) return day;
  const time = `${pad(hours)}:${pad(minutes)}${seconds === 0 ? '' : `:${pad(seconds)}`}`;
  return d.getTime() < Date.UTC(1899, 11, 31) ? time : `${day} ${time}`;
}
