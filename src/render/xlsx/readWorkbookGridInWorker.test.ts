import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readWorkbookGrid } from './readWorkbookGrid.js';
import { readWorkbookGridInWorker } from './readWorkbookGridInWorker.js';
import { WorkbookLimitError, WorkbookReadError } from './workbookErrors.js';

async function ledger(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业档案');
  ws.addRow(['序号', '企业名称']);
  ws.addRow([1, '湖南顺隆能源有限公司']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readWorkbookGridInWorker (a worker thread booted through tsx)', () => {
  it('reads the same grid as readWorkbookGrid, for several workbooks queued at once', async () => {
    const bytes = await ledger();
    const expected = await readWorkbookGrid(bytes);
    expect(expected.sheets[0].rows).toEqual([['序号', '企业名称'], ['1', '湖南顺隆能源有限公司']]);
    const grids = await Promise.all([bytes, bytes, bytes].map(readWorkbookGridInWorker));
    for (const grid of grids) expect(grid).toEqual(expected);
  });

  it('brings the refusals back from the worker with their class and figures', async () => {
    const zip = await JSZip.loadAsync(await ledger());
    zip.file('xl/worksheets/sheet1.xml', `<worksheet><dimension ref="A1:A10001"/><sheetData/></worksheet>`);
    const tooLong = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const e = await readWorkbookGridInWorker(tooLong).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WorkbookLimitError);
    expect((e as WorkbookLimitError).breach).toMatchObject({ measure: '工作表行数（<dimension> 声明）', found: '10,001 行' });

    const csv = await readWorkbookGridInWorker(Buffer.from('序号,企业名称\n1,甲')).catch((x: unknown) => x);
    expect(csv).toBeInstanceOf(WorkbookReadError);
    expect((csv as Error).message).toContain('CSV');
  });
});
