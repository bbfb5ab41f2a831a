import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readWorkbookGrid } from './readWorkbookGrid.js';
import { WorkbookReadError } from './workbookErrors.js';

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One sheet holding every kind of value the reader must turn into text. */
async function valuesWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('监测数据');
  ws.getCell('A1').value = '  2024年废水监测结果  ';
  ws.mergeCells('A1:D1');

  ws.getCell('A2').value = {
    richText: [{ text: ' 化学需氧量' }, { text: '（COD）', font: { bold: true } }, { text: ' ' }],
  };
  ws.getCell('B2').value = 43;
  ws.getCell('C2').value = 3.5;
  ws.getCell('D2').value = 0.1 + 0.2; // stored as 0.30000000000000004

  ws.getCell('A3').value = new Date(Date.UTC(2024, 4, 6));
  ws.getCell('A3').numFmt = 'yyyy-mm-dd';
  ws.getCell('B3').value = { formula: 'B2*2', result: 86 };
  ws.getCell('C3').value = { text: '排污许可证', hyperlink: 'http://permit.mee.gov.cn/' };
  ws.getCell('D3').value = { error: '#N/A' };
  ws.getCell('E3').value = true;

  // Row 4 is empty and stays, as a row of ''.
  ws.getCell('A5').value = '湖南顺隆能源有限公司';
  ws.mergeCells('A5:A7');
  ws.getCell('B5').value = '湘环评函[2014]27号';
  ws.getCell('B6').value = '衡环函[2014]97号';
  ws.getCell('B7').value = '祁环函[2015]54号';

  ws.getCell('A8').value = new Date(Date.UTC(2024, 0, 15, 8, 30));
  ws.getCell('A8').numFmt = 'yyyy-mm-dd hh:mm';
  ws.getCell('B8').value = { formula: 'A2', result: '化学需氧量（COD）' };
  ws.getCell('C8').value = { formula: 'VLOOKUP(1,B2:B3,2,FALSE)', result: { error: '#N/A' } };
  ws.getCell('D8').value = { formula: 'B2+C2' }; // never calculated: no cached result
  ws.getCell('E8').value = -12.25;

  // Formatting alone does not make a cell used: neither this row nor column K count.
  ws.getCell('K12').font = { bold: true };
  ws.getCell('K12').border = { top: { style: 'thin' } };
  return toBuffer(workbook);
}

describe('readWorkbookGrid', () => {
  it('reads each kind of value as the text Excel shows', async () => {
    const grid = await readWorkbookGrid(await valuesWorkbook());
    expect(grid.sheets).toHaveLength(1);
    expect(grid.sheets[0].name).toBe('监测数据');
    expect(grid.sheets[0].rows).toEqual([
      ['2024年废水监测结果', '', '', '', ''],
      ['化学需氧量（COD）', '43', '3.5', '0.3', ''],
      ['2024-05-06', '86', '排污许可证', '#N/A', 'TRUE'],
      ['', '', '', '', ''],
      ['湖南顺隆能源有限公司', '湘环评函[2014]27号', '', '', ''],
      ['', '衡环函[2014]97号', '', '', ''],
      ['', '祁环函[2015]54号', '', '', ''],
      ['2024-01-15 08:30', '化学需氧量（COD）', '#N/A', '', '-12.25'],
    ]);
  });

  it('keeps merged text in the master cell only, although exceljs repeats it in the covered cells', async () => {
    const buf = await valuesWorkbook();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buf as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    const ws = workbook.getWorksheet('监测数据')!;
    // The behaviour being normalised: exceljs gives covered cells the master's value.
    expect(ws.getCell('C1').value).toBe('  2024年废水监测结果  ');
    expect(ws.getCell('A6').value).toBe('湖南顺隆能源有限公司');

    const rows = (await readWorkbookGrid(buf)).sheets[0].rows;
    expect(rows[0]).toEqual(['2024年废水监测结果', '', '', '', '']);
    expect(rows.map((row) => row[0]).slice(4, 7)).toEqual(['湖南顺隆能源有限公司', '', '']);
  });

  it('counts a merged range as used columns and drops trailing rows left empty', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('表头');
    ws.getCell('A1').value = '表1.3-1 园区企业环保执行情况汇总表';
    ws.mergeCells('A1:H1');
    ws.getCell('A2').value = '序号';
    ws.getCell('B2').value = '企业名称';
    ws.getCell('A3').value = '';
    ws.getCell('A4').value = '   ';
    workbook.addWorksheet('空表');
    const grid = await readWorkbookGrid(await toBuffer(workbook));
    expect(grid.sheets.map((s) => s.name)).toEqual(['表头', '空表']);
    expect(grid.sheets[0].rows).toEqual([
      ['表1.3-1 园区企业环保执行情况汇总表', '', '', '', '', '', '', ''],
      ['序号', '企业名称', '', '', '', '', '', ''],
    ]);
    expect(grid.sheets[1].rows).toEqual([]);
  });

  it('reads a Uint8Array that is not a Buffer', async () => {
    const buf = await valuesWorkbook();
    const copy = new Uint8Array(buf.length + 8).subarray(4, 4 + buf.length);
    copy.set(buf);
    const grid = await readWorkbookGrid(copy);
    expect(grid.sheets[0].rows[1]).toEqual(['化学需氧量（COD）', '43', '3.5', '0.3', '']);
  });

  describe('refuses what is not an .xlsx workbook', () => {
    const NOT_XLSX = /^文件不是有效的 Excel 工作簿（\.xlsx）/;

    async function expectRefused(bytes: Buffer | Uint8Array, detail: RegExp): Promise<void> {
      const error = await readWorkbookGrid(bytes).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WorkbookReadError);
      expect((error as WorkbookReadError).name).toBe('WorkbookReadError');
      expect((error as WorkbookReadError).message).toMatch(NOT_XLSX);
      expect((error as WorkbookReadError).message).toMatch(detail);
    }

    it('an empty buffer', async () => {
      await expectRefused(Buffer.alloc(0), /文件为空/);
      await expectRefused(new Uint8Array(0), /文件为空/);
    });

    it('random bytes', async () => {
      let seed = 12345;
      const bytes = Buffer.alloc(4096, 0).map(() => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed & 0xff;
      });
      await expectRefused(bytes, /不是 \.xlsx 格式/);
    });

    it('a CSV file', async () => {
      const csv = Buffer.from('序号,企业名称,行业类别\n1,湖南领湃新能源科技有限公司,电气机械和器材制造业\n', 'utf8');
      await expectRefused(csv, /不是 \.xlsx 格式/);
    });

    it('a Word document (.docx is a zip too)', async () => {
      const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('一、园区概况')] }] }));
      await expectRefused(docx, /没有工作表/);
    });

    it('a zip that is not an Office file', async () => {
      const zip = new JSZip();
      zip.file('readme.txt', '园区');
      await expectRefused(await zip.generateAsync({ type: 'nodebuffer' }), /没有工作表/);
    });

    it('an Excel 97–2003 .xls (OLE2 compound file)', async () => {
      const ole = Buffer.alloc(512);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
      await expectRefused(ole, /\.xls/);
    });

    it('a truncated .xlsx', async () => {
      const buf = await valuesWorkbook();
      await expectRefused(buf.subarray(0, Math.floor(buf.length / 2)), /损坏|无法解析/);
    });
  });
});
