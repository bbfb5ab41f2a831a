import ExcelJS from 'exceljs';
import type { WasteQuantities, WasteRow } from '../../domain/registers/waste/types.js';
import type { WasteTotals } from '../../domain/registers/waste/wasteTotals.js';
import { MANIFEST_MARK, WASTE_MANIFEST_HEADER, WASTE_QUANTITY_COLUMNS } from '../../domain/report/sections/registers/wasteTable.js';

const FONT_NAME = '宋体';
const FONT_SIZE = 10.5;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The sheet the waste table is written to. */
export const WASTE_SHEET = '表10';

const KINDS = ['general', 'hazardous'] as const;
const GROUPS = { general: '一般工业固体废物（t/a）', hazardous: '危险废物（t/a）' } as const;
/** Columns after table 10's own, so that a workbook read back links rows by credit code and keeps HW categories. */
const EXTRA = ['统一社会信用代码', '危险废物类别'] as const;
const WIDTHS = [6, 36, 10, 12, 10, 14, 10, 12, 10, 10, 12, 22, 16];

/**
 * A waste ledger year in the layout of table 10 (企业固体废物处置清单): a title row, the seed's two header rows
 * (序号, 企业名称, 一般工业固体废物（t/a） and 危险废物（t/a） over their four quantities, 涉危废转移清单企业, each
 * merged as the seed has them), one row per enterprise, and the 合计 row; then 统一社会信用代码 and 危险废物类别.
 * Quantities are number cells (0.01 shown), text is text: reading the workbook back gives the same rows.
 */
export async function writeWasteWorkbook(title: string, rows: readonly WasteRow[], totals: WasteTotals): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'parkeco';
  const ws = workbook.addWorksheet(WASTE_SHEET);
  const width = 11 + EXTRA.length;
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const quantityCells = (q: WasteQuantities) => WASTE_QUANTITY_COLUMNS.map(({ key }) => Number(q[key]));
  const grid: (string | number)[][] = [
    [title],
    ['序号', '企业名称', GROUPS.general, '', '', '', GROUPS.hazardous, '', '', '', WASTE_MANIFEST_HEADER, ...EXTRA],
    ['', '', ...KINDS.flatMap((kind) => WASTE_QUANTITY_COLUMNS.map((c) => c[kind])), '', '', ''],
    ...rows.map((r, i) => [
      i + 1,
      // The enterprise file's name, never the name an imported table wrote: a re-import links by it (see exportWasteWorkbook).
      r.enterpriseName,
      ...quantityCells(r.general),
      ...quantityCells(r.hazardous),
      r.transferManifest ? MANIFEST_MARK.yes : MANIFEST_MARK.no,
      r.creditCode ?? '',
      r.hwCategories.join('、'),
    ]),
    ['合计', '', ...quantityCells(totals.general), ...quantityCells(totals.hazardous), '', '', ''],
  ];
  grid.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    for (let c = 0; c < (r === 0 ? 1 : width); c++) {
      const cell = row.getCell(c + 1);
      const value = cells[c] ?? '';
      if (value !== '') cell.value = value;
      if (r === 0) {
        cell.font = { name: FONT_NAME, size: 14, bold: true };
        cell.alignment = { horizontal: 'center', vertical: 'middle' };
        continue;
      }
      const header = r <= 2;
      cell.font = { name: FONT_NAME, size: FONT_SIZE, bold: header || cells[0] === '合计' };
      cell.border = BORDERS;
      cell.alignment = { horizontal: c === 1 && !header ? 'left' : 'center', vertical: 'middle', wrapText: true };
      if (header) cell.fill = HEADER_FILL;
      if (typeof value === 'number') cell.numFmt = c === 0 ? '0' : '0.00';
      // A credit code is text: as a number it would lose digits.
      if (c === 11 && value !== '') cell.numFmt = '@';
    }
  });
  ws.getRow(1).height = 28;
  const totalRow = grid.length;
  for (const range of [`A1:${columnOf(width)}1`, 'A2:A3', 'B2:B3', 'C2:F2', 'G2:J2', 'K2:K3', 'L2:L3', 'M2:M3', `A${totalRow}:B${totalRow}`]) ws.mergeCells(range);
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 3, topLeftCell: 'C4' }];
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:3' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const columnOf = (n: number) => String.fromCharCode(64 + n);
