import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkWorkbookArchive } from './checkWorkbookArchive.js';
import { readWorkbookGrid } from './readWorkbookGrid.js';
import { WorkbookLimitError } from './workbookErrors.js';

const SHEET = 'xl/worksheets/sheet1.xml';

/** A real workbook from exceljs whose first sheet is replaced by `sheetXml` (and more files added). */
async function workbookWith(sheetXml: string, extra: Record<string, string> = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('企业档案').getCell('A1').value = '企业名称';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file(SHEET, sheetXml);
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Sheet XML holding `cells` one-digit cells, as repeated text (fast to build, compresses ~1000:1). */
function sheetOf(cells: number, { dimension = '', cell = '<c><v>1</v></c>' } = {}): string {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  return `${head}${dimension}<sheetData><row r="1">${cell.repeat(cells)}</row></sheetData></worksheet>`;
}

function refusal(bytes: Buffer): WorkbookLimitError {
  try {
    checkWorkbookArchive(bytes);
  } catch (e) {
    if (e instanceof WorkbookLimitError) return e;
    throw e;
  }
  throw new Error('accepted');
}

/** Offsets of the central directory entry and the local header of `name`. */
function headersOf(zip: Buffer, name: string): { central: number; local: number } {
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let p = zip.indexOf(signature); p >= 0; p = zip.indexOf(signature, p + 4)) {
    const nameLength = zip.readUInt16LE(p + 28);
    if (zip.toString('utf8', p + 46, p + 46 + nameLength) === name) return { central: p, local: zip.readUInt32LE(p + 42) };
  }
  throw new Error(`${name} not in zip`);
}

describe('checkWorkbookArchive refuses workbooks beyond any real ledger, before expanding them', () => {
  it('a zip bomb: 1.6 million cells (24 MB of XML) in a few KB is refused by its declared size, at once', async () => {
    const bomb = await workbookWith(sheetOf(1_600_000));
    expect(bomb.length).toBeLessThan(200 * 1024);
    const started = performance.now();
    const e = refusal(bomb);
    expect(performance.now() - started).toBeLessThan(50);
    // 1,600,000 × 15 bytes of <c><v>1</v></c> plus the other parts: 22.9 MB > 20 MB.
    expect(e.breach).toMatchObject({ measure: '解压后总大小', where: null, allowed: '20.0 MB' });
    expect(e.message).toMatch(/^工作簿超出导入限制：解压后总大小为 22\.\d MB，上限 20\.0 MB/);
    // And readWorkbookGrid refuses it the same way, without handing it to exceljs.
    await expect(readWorkbookGrid(bomb)).rejects.toThrow(WorkbookLimitError);
  });

  it('more cells than 500,000 under the size limit', async () => {
    const e = refusal(await workbookWith(sheetOf(500_001)));
    expect(e.breach).toEqual({ measure: '单元格数', where: SHEET, found: '超过 500,000 个', allowed: '500,000 个' });
  });

  it('a <dimension> of 20,000 rows, and one of 101 columns', async () => {
    const rows = refusal(await workbookWith(sheetOf(1, { dimension: '<dimension ref="A1:M20000"/>' })));
    expect(rows.breach).toEqual({ measure: '工作表行数（<dimension> 声明）', where: SHEET, found: '20,000 行', allowed: '10,000 行' });
    const columns = refusal(await workbookWith(sheetOf(1, { dimension: '<dimension ref="A1:CW3"/>' })));
    expect(columns.breach).toMatchObject({ measure: '工作表列数（<dimension> 声明）', found: '101 列', allowed: '100 列' });
  });

  it('a cell beyond row 10,000 or column CV even without a <dimension>', async () => {
    const row = refusal(await workbookWith(sheetOf(1, { cell: '<c r="A10001"><v>1</v></c>' })));
    expect(row.breach).toMatchObject({ measure: '工作表行数', found: '10,001 行' });
    const column = refusal(await workbookWith(sheetOf(1, { cell: '<x:c r="CW1"><v>1</v></x:c>' })));
    expect(column.breach).toMatchObject({ measure: '工作表列数', found: '101 列' });
  });

  it('more than 200 files in the zip', async () => {
    const extra = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`xl/media/${i}.txt`, 'x']));
    expect(refusal(await workbookWith(sheetOf(1), extra)).breach).toMatchObject({ measure: '压缩包内文件数', allowed: '200' });
  });

  it('a lying header: 1 KB declared in both headers, 6 MB inflated — inflation stops at the declared size', async () => {
    const zip = await workbookWith(sheetOf(400_000));
    const { central, local } = headersOf(zip, SHEET);
    zip.writeUInt32LE(1024, central + 24);
    zip.writeUInt32LE(1024, local + 22);
    const started = performance.now();
    const e = refusal(zip);
    expect(performance.now() - started).toBeLessThan(50);
    expect(e.breach).toEqual({ measure: '文件实际内容与压缩包目录声明不符', where: SHEET, found: '超过 1.0 KB', allowed: '声明的 1.0 KB' });
  });

  it('a central directory that disagrees with the local header', async () => {
    const zip = await workbookWith(sheetOf(10));
    zip.writeUInt32LE(5, headersOf(zip, SHEET).central + 24);
    expect(refusal(zip).breach).toMatchObject({ where: SHEET, found: '本地文件头与中央目录不一致' });
  });

  it('accepts a workbook near the limits a real ledger never reaches: 9,000 rows × 13 columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('企业档案');
    for (let r = 1; r <= 9000; r++) ws.addRow(Array.from({ length: 13 }, (_, c) => `${r}-${c}`));
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(() => checkWorkbookArchive(bytes)).not.toThrow();
  });
});
