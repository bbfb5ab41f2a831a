import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TableBlock, TableCell } from '../../domain/report/reportModel.js';
import { rowsOf } from '../../../test/helpers/reportDocument.js';
import { readWorkbookGrid } from './readWorkbookGrid.js';
import { writeTableWorkbook, type WorkbookSheet } from './writeTableWorkbook.js';

/** Spans rows 1–3 of an enterprise with three EIA approvals. */
function span3(text: string): TableCell {
  return { text, rowSpan: 3 };
}

/** Table 1.3-1 of seeds/000_…, cut to four enterprises around its merged cells. */
const TABLE_1_3_1: TableBlock = {
  kind: 'table',
  key: 'ledger',
  caption: '表1.3-1 园区企业环保执行情况汇总表',
  header: [
    '序号',
    '企业名称',
    '行业类别',
    '是否有环评手续（批复文号）',
    '是否验收',
    '应急预案备案情况',
    '是否取得排污许可证',
    '管理类别（简化或重点）',
  ],
  columnWidths: [4, 16, 12, 14, 6, 12, 14, 8],
  rows: rowsOf([
    [
      { text: '2' },
      { text: '湖南广裕新材料科技有限公司', align: 'left' },
      { text: '非金属矿物制品业' },
      { text: '祁环评[2020]62号' },
      { text: '是' },
      { text: '430426-2021-038-L' },
      { text: '91430426MA4Q74XM72001Q' },
      { text: '简化' },
    ],
    [
      span3('4'),
      { text: '湖南顺隆能源有限公司', rowSpan: 3, align: 'left' },
      span3('其他基础化学原料制造'),
      { text: '湘环评函[2014]27号' },
      span3('是'),
      span3('430426-2020-053-M'),
      span3('914304267580286729001V'),
      span3('重点'),
    ],
    [{ text: '衡环函[2014]97号' }],
    [{ text: '祁环函[2015]54号' }],
    [{ text: '在建企业', colSpan: 8, bold: true, align: 'left' }],
    [
      { text: '1' },
      { text: '湖南弘电新能源有限公司（威马）', align: 'left' },
      { text: '新能源汽车' },
      { text: '登记备案：202043042600000002' },
      { text: '否' },
      { text: '否' },
      { text: '否' },
      { text: '登记' },
    ],
  ]),
};

const INSTRUCTIONS = [
  '填表说明',
  '1. 每家企业一行；有多个环评批复的企业，每个批复占一行，其余各列合并。',
  '',
  '2. 管理类别填写“重点”“简化”或“登记”。',
];

const SHEETS: WorkbookSheet[] = [
  {
    name: '表1.3-1',
    title: TABLE_1_3_1.caption,
    table: TABLE_1_3_1,
    notes: ['注：登记表类项目不需要竣工环境保护验收。'],
  },
  { name: '填表说明', lines: INSTRUCTIONS },
];

async function loadWithExcelJs(buf: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buf as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

describe('writeTableWorkbook', () => {
  it('merges title, rowSpan, colSpan and note cells where an HTML table would', async () => {
    const workbook = await loadWithExcelJs(await writeTableWorkbook(SHEETS));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['表1.3-1', '填表说明']);
    const ws = workbook.getWorksheet('表1.3-1')!;
    expect([...ws.model.merges].sort()).toEqual(
      [
        'A1:H1', // title
        'A4:A6',
        'B4:B6',
        'C4:C6',
        'E4:E6',
        'F4:F6',
        'G4:G6',
        'H4:H6',
        'A7:H7', // 在建企业
        'A9:H9', // note
      ].sort(),
    );
    // Column D is not merged: each approval has its own cell.
    expect(['D4', 'D5', 'D6'].map((a) => ws.getCell(a).value)).toEqual([
      '湘环评函[2014]27号',
      '衡环函[2014]97号',
      '祁环函[2015]54号',
    ]);
  });

  it('styles the title, a frozen grey header and bordered body cells', async () => {
    const workbook = await loadWithExcelJs(await writeTableWorkbook(SHEETS));
    const ws = workbook.getWorksheet('表1.3-1')!;

    expect(ws.views).toHaveLength(1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.pageSetup.printTitlesRow).toBe('2:2');
    expect(ws.pageSetup.orientation).toBe('landscape');

    const title = ws.getCell('A1');
    expect(title.font).toMatchObject({ bold: true, size: 14 });
    expect(title.alignment).toMatchObject({ horizontal: 'center' });

    const header = ws.getCell('D2');
    expect(header.value).toBe('是否有环评手续（批复文号）');
    expect(header.font).toMatchObject({ bold: true });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
    expect(header.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(header.border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });

    // A covered cell keeps its border, so the merged range is outlined.
    expect(ws.getCell('A6').border).toMatchObject({ left: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell('C3').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws.getCell('B4').alignment).toMatchObject({ horizontal: 'left', vertical: 'middle' });
    expect(ws.getCell('A7').font).toMatchObject({ bold: true });
    expect(ws.getCell('A3').font?.bold).toBeFalsy();

    const widths = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getColumn(c).width ?? 0);
    const total = widths.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(119);
    expect(total).toBeLessThan(121);
    // Relative widths kept: 企业名称 (16) is four times 序号 (4).
    expect(widths[1] / widths[0]).toBeCloseTo(4, 1);
  });

  it('reads back as a grid with text in master cells only', async () => {
    const grid = await readWorkbookGrid(await writeTableWorkbook(SHEETS));
    expect(grid.sheets[0]).toEqual({
      name: '表1.3-1',
      rows: [
        ['表1.3-1 园区企业环保执行情况汇总表', '', '', '', '', '', '', ''],
        TABLE_1_3_1.header,
        ['2', '湖南广裕新材料科技有限公司', '非金属矿物制品业', '祁环评[2020]62号', '是', '430426-2021-038-L', '91430426MA4Q74XM72001Q', '简化'],
        ['4', '湖南顺隆能源有限公司', '其他基础化学原料制造', '湘环评函[2014]27号', '是', '430426-2020-053-M', '914304267580286729001V', '重点'],
        ['', '', '', '衡环函[2014]97号', '', '', '', ''],
        ['', '', '', '祁环函[2015]54号', '', '', '', ''],
        ['在建企业', '', '', '', '', '', '', ''],
        ['1', '湖南弘电新能源有限公司（威马）', '新能源汽车', '登记备案：202043042600000002', '否', '否', '否', '登记'],
        ['注：登记表类项目不需要竣工环境保护验收。', '', '', '', '', '', '', ''],
      ],
    });
    expect(grid.sheets[1]).toEqual({ name: '填表说明', rows: INSTRUCTIONS.map((line) => [line]) });
  });

  it('writes an instruction sheet as wrapped lines in a wide column A', async () => {
    const workbook = await loadWithExcelJs(await writeTableWorkbook(SHEETS));
    const ws = workbook.getWorksheet('填表说明')!;
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(80);
    expect(ws.getCell('A2').alignment).toMatchObject({ horizontal: 'left', wrapText: true });
    expect(ws.model.merges).toEqual([]);
  });

  it('freezes below the header when there is no title', async () => {
    const buf = await writeTableWorkbook([{ name: 'Sheet1', table: { ...TABLE_1_3_1, compact: true } }]);
    const ws = (await loadWithExcelJs(buf)).worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    expect([...ws.model.merges].sort()).toContain('A3:A5');
    expect([...ws.model.merges].sort()).toContain('A6:H6');
    expect(ws.getCell('A2').font).toMatchObject({ size: 9 });
    const grid = await readWorkbookGrid(buf);
    expect(grid.sheets[0].rows[0]).toEqual(TABLE_1_3_1.header);
    expect(grid.sheets[0].rows).toHaveLength(7);
  });

  it('refuses bad sheet names and tables whose spans do not fit the header', async () => {
    await expect(writeTableWorkbook([{ name: '表1/3', lines: [] }])).rejects.toThrow(/工作表名称“表1\/3”无效/);
    await expect(
      writeTableWorkbook([
        { name: '一', lines: [] },
        { name: '一', lines: [] },
      ]),
    ).rejects.toThrow('工作表名称“一”重复');
    await expect(writeTableWorkbook([{ name: 'x'.repeat(32), lines: [] }])).rejects.toThrow(/1–31 个字符/);
    const broken: TableBlock = { ...TABLE_1_3_1, rows: rowsOf([[span3('4'), { text: 'a', colSpan: 8 }], [], []]) };
    await expect(writeTableWorkbook([{ name: '坏表', table: broken }])).rejects.toThrow(/超出表头的 8 列/);
    await expect(
      writeTableWorkbook([{ name: '坏表', table: { ...TABLE_1_3_1, columnWidths: [1, 2] } }]),
    ).rejects.toThrow(/columnWidths 有 2 个，应与表头列数 8 相同/);
  });
});
