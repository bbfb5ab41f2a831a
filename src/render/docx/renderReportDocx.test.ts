import { beforeAll, describe, expect, it } from 'vitest';
import type { TableBlock } from '../../domain/report/reportModel.js';
import { documentOf, rowsOf, sectionOf, textBlock } from '../../../test/helpers/reportDocument.js';
import {
  CONSTRUCTION_ENTERPRISES,
  CONSTRUCTION_SECTION_TEXT,
  ENTERPRISE_TABLE_HEADER,
  OPERATING_ENTERPRISES,
  SAMPLE_PARAGRAPHS,
  sampleEnterpriseTable,
  sampleReportDocument,
  type EnterpriseLine,
} from './fixtures/sampleReport.js';
import { readDocx, readDocxPart, type DocxCell, type DocxContent } from './readDocx.js';
import { renderReportDocx } from './renderReportDocx.js';
import { scaleColumnWidths } from './tableBlock.js';

/** Columns of table 1.3-1 that an enterprise with several approvals merges down: all but 批复文号 (3). */
const MERGED_COLUMNS = [0, 1, 2, 4, 5, 6, 7];

/**
 * The Word rows expected for one enterprise, from the ledger values rather than from the table model: the first row
 * starts the vertical merges, the next rows continue them (empty) and carry one approval each.
 */
function expectedWordRows(enterprise: EnterpriseLine): DocxCell[][] {
  const values = [
    enterprise.no,
    enterprise.name,
    enterprise.industry,
    '',
    enterprise.accepted,
    enterprise.emergencyPlan,
    enterprise.permit,
    enterprise.managementClass,
  ];
  const several = enterprise.approvals.length > 1;
  return enterprise.approvals.map((approval, index) =>
    values.map((value, column): DocxCell => {
      if (column === 3) return { text: approval, gridSpan: 1, vMerge: null };
      if (!several) return { text: value, gridSpan: 1, vMerge: null };
      return index === 0 ? { text: value, gridSpan: 1, vMerge: 'restart' } : { text: '', gridSpan: 1, vMerge: 'continue' };
    }),
  );
}

describe('renderReportDocx', () => {
  let buf: Buffer;
  let content: DocxContent;
  let documentXml: string;

  beforeAll(async () => {
    buf = await renderReportDocx(sampleReportDocument());
    content = await readDocx(buf);
    documentXml = await readDocxPart(buf, 'word/document.xml');
  });

  it('produces a zip package (a .docx starts with PK)', () => {
    expect(buf.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes the cover, headings, body paragraphs and caption in order', () => {
    expect(content.paragraphs).toEqual([
      '湖南祁东高新技术产业开发区2024年度生态环境管理自评估报告',
      '湖南祁东高新技术产业开发区管理委员会',
      '2025年3月',
      '一、园区概况',
      SAMPLE_PARAGRAPHS[0],
      SAMPLE_PARAGRAPHS[1],
      '表1.3-1 园区企业环保执行情况汇总表',
      '（一）规划环评批复要求落实情况',
      '1.规划环评执行情况',
      '园区主要污染物总量控制指标：化学需氧量300t/a，氨氮40t/a，二氧化硫500t/a，氮氧化物750t/a。',
    ]);
  });

  it('writes table 1.3-1 with one repeated header row of the 8 columns', () => {
    expect(content.tables).toHaveLength(1);
    const [table] = content.tables;
    const operatingRows = OPERATING_ENTERPRISES.reduce((n, e) => n + e.approvals.length, 0);
    expect(operatingRows).toBe(36);
    expect(table.rows).toHaveLength(1 + operatingRows + 1 + CONSTRUCTION_ENTERPRISES.length);
    expect(table.rows[0].isHeader).toBe(true);
    expect(table.rows[0].cells.map((c) => c.text)).toEqual([...ENTERPRISE_TABLE_HEADER]);
    expect(table.rows.slice(1).every((row) => !row.isHeader)).toBe(true);
  });

  it('merges the columns of 湖南顺隆能源有限公司 down its three approval rows', () => {
    const rows = content.tables[0].rows;
    const first = rows.findIndex((row) => row.cells[1]?.text === '湖南顺隆能源有限公司');
    expect(first).toBeGreaterThan(0);
    const group = rows.slice(first, first + 3);
    expect(group.map((row) => row.cells.length)).toEqual([8, 8, 8]);
    expect(group.map((row) => row.cells[3])).toEqual([
      { text: '湘环评函[2014]27号', gridSpan: 1, vMerge: null },
      { text: '衡环函[2014]97号', gridSpan: 1, vMerge: null },
      { text: '祁环函[2015]54号', gridSpan: 1, vMerge: null },
    ]);
    for (const column of MERGED_COLUMNS) {
      expect(group.map((row) => row.cells[column].vMerge), `column ${column}`).toEqual(['restart', 'continue', 'continue']);
      expect(group[1].cells[column].text).toBe('');
      expect(group[2].cells[column].text).toBe('');
    }
    expect(group[0].cells.map((c) => c.text)).toEqual([
      '4',
      '湖南顺隆能源有限公司',
      '其他基础化学原料制造',
      '湘环评函[2014]27号',
      '是',
      '430426-2020-053-M',
      '914304267580286729001V',
      '重点',
    ]);
    // The row after the group is the next enterprise, unmerged.
    expect(rows[first + 3].cells.map((c) => c.vMerge)).toEqual(new Array(8).fill(null));
    expect(rows[first + 3].cells[1].text).toBe('湖南长城科技有限公司');
  });

  it('spans the 在建企业 section row over all 8 columns', () => {
    const rows = content.tables[0].rows;
    const section = rows.filter((row) => row.cells.some((c) => c.text === CONSTRUCTION_SECTION_TEXT));
    expect(section).toHaveLength(1);
    expect(section[0].cells).toEqual([{ text: CONSTRUCTION_SECTION_TEXT, gridSpan: 8, vMerge: null }]);
  });

  it('puts the text of every cell in the right place', () => {
    const expected = [
      ...OPERATING_ENTERPRISES.flatMap(expectedWordRows),
      [{ text: CONSTRUCTION_SECTION_TEXT, gridSpan: 8, vMerge: null }],
      ...CONSTRUCTION_ENTERPRISES.flatMap(expectedWordRows),
    ];
    expect(content.tables[0].rows.slice(1).map((row) => row.cells)).toEqual(expected);
  });

  it('names the Chinese fonts and the zh-CN East Asian language', () => {
    for (const font of ['方正小标宋简体', '黑体', '楷体', '仿宋_GB2312']) expect(content.fonts.eastAsia).toContain(font);
    expect([...content.fonts.langEastAsia]).toEqual(['zh-CN']);
  });

  it('gives every run Times New Roman, a Chinese font and lang eastAsia zh-CN', async () => {
    const footerXml = await readDocxPart(buf, 'word/footer1.xml');
    for (const xml of [documentXml, footerXml]) {
      const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
      expect(runs.length).toBeGreaterThan(0);
      for (const run of runs) {
        expect(run).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"[^>]*w:eastAsia="[^"]+"[^>]*w:hAnsi="Times New Roman"/);
        expect(run).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
      }
    }
    const stylesXml = await readDocxPart(buf, 'word/styles.xml');
    expect(stylesXml).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="zh-CN"[\s\S]*<\/w:docDefaults>/);
  });

  it('lays out A4 portrait with the GB/T 9704 margins, the cover in its own unnumbered section', () => {
    const sections = documentXml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    for (const section of sections) {
      expect(section).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
      // 3.7 cm, 2.6 cm, 3.5 cm, 2.8 cm in twips.
      expect(section).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    }
    expect(sections[0]).not.toContain('w:footerReference');
    expect(sections[1]).toContain('<w:footerReference');
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1"\/>/);
    expect(sections[1]).toMatch(/<w:type w:val="nextPage"\/>/);
  });

  it('sets body text in 仿宋_GB2312 三号 with fixed 28 pt lines and a two-character indent', () => {
    const paragraph = (documentXml.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g) ?? []).find((p) =>
      p.includes('2024年园区工业总产值40.25亿元'),
    );
    expect(paragraph).toBeDefined();
    expect(paragraph).toMatch(/<w:spacing [^>]*w:line="560" w:lineRule="exact"/);
    expect(paragraph).toMatch(/<w:ind [^>]*w:firstLineChars="200"/);
    expect(paragraph).toMatch(/<w:jc w:val="both"\/>/);
    expect(paragraph).toContain('w:eastAsia="仿宋_GB2312"');
    expect(paragraph).toContain('<w:sz w:val="32"/>');
  });

  it('sets headings in 黑体, 楷体 and bold 仿宋 三号 with heading styles', () => {
    const paragraphWith = (text: string) =>
      (documentXml.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g) ?? []).find((p) => p.includes(text)) ?? '';
    const h1 = paragraphWith('一、园区概况');
    expect(h1).toContain('<w:pStyle w:val="Heading1"/>');
    expect(h1).toContain('w:eastAsia="黑体"');
    expect(h1).toContain('<w:sz w:val="32"/>');
    const h2 = paragraphWith('（一）规划环评批复要求落实情况');
    expect(h2).toContain('<w:pStyle w:val="Heading2"/>');
    expect(h2).toContain('w:eastAsia="楷体"');
    const h3 = paragraphWith('1.规划环评执行情况');
    expect(h3).toContain('<w:pStyle w:val="Heading3"/>');
    expect(h3).toContain('w:eastAsia="仿宋_GB2312"');
    expect(h3).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    const cover = paragraphWith('2024年度生态环境管理自评估报告');
    expect(cover).toContain('w:eastAsia="方正小标宋简体"');
    expect(cover).toContain('<w:sz w:val="44"/>');
  });

  it('marks the header row as repeating, keeps every row whole and sizes the table to the text width', () => {
    const table = documentXml.match(/<w:tbl>[\s\S]*<\/w:tbl>/)?.[0] ?? '';
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(44);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    expect(rows.filter((row) => row.includes('<w:tblHeader/>'))).toEqual([rows[0]]);
    expect(table).toContain('<w:tblW w:type="dxa" w:w="8845"/>');
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(8);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8845);
    // 五号 (10.5 pt) cells; every cell centred vertically, merged-down cells included.
    expect(rows[1]).toContain('<w:sz w:val="21"/>');
    const cells = table.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    expect(cells.every((cell) => cell.includes('<w:vAlign w:val="center"/>'))).toBe(true);
  });

  it('uses 小五 (9 pt) in a compact table', async () => {
    const doc = documentOf('紧凑表', [], [sectionOf('1', '一、', '表', [sampleEnterpriseTable({ compact: true })])]);
    const xml = await readDocxPart(await renderReportDocx(doc), 'word/document.xml');
    const table = xml.match(/<w:tbl>[\s\S]*<\/w:tbl>/)?.[0] ?? '';
    expect(table).toContain('<w:sz w:val="18"/>');
    expect(table).not.toContain('<w:sz w:val="21"/>');
  });

  it('writes a centred page number field in the footer', async () => {
    const footerXml = await readDocxPart(buf, 'word/footer1.xml');
    expect(footerXml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footerXml).toContain('<w:jc w:val="center"/>');
    expect(footerXml).toContain('— ');
  });

  it('returns markup characters literally, drops characters XML cannot carry, and starts a paragraph at a line break', async () => {
    const tricky = '<b>&"\'';
    const doc = documentOf(`标题${tricky}`, [`封面${tricky}`], [
      sectionOf('1', '一、', `标题一${tricky}`, [
        textBlock('a', `正文${tricky}\u0001\u000B结束`),
        textBlock('b', '第一行\r\n第二行'),
        {
          kind: 'table',
          key: 't',
          caption: `表${tricky}`,
          header: [`列${tricky}`, '备注'],
          columnWidths: [1, 1],
          rows: rowsOf([[{ text: tricky }, { text: '甲\n乙' }]]),
        },
      ]),
    ]);
    const read = await readDocx(await renderReportDocx(doc));
    expect(read.paragraphs).toEqual([`标题${tricky}`, `封面${tricky}`, `一、标题一${tricky}`, `正文${tricky}结束`, '第一行', '第二行', `表${tricky}`]);
    expect(read.tables[0].rows.map((row) => row.cells.map((c) => c.text))).toEqual([[`列${tricky}`, '备注'], [tricky, '甲\n乙']]);
  });

  it('ends the document with a paragraph after a closing table, and renders an empty report', async () => {
    const onlyTable = await readDocxPart(
      await renderReportDocx(documentOf('表', [], [sectionOf('1', '一、', '表', [sampleEnterpriseTable()])])),
      'word/document.xml',
    );
    expect(onlyTable).toMatch(/<\/w:tbl><w:p>/);
    const empty = await readDocx(await renderReportDocx(documentOf('空报告', [], [])));
    expect(empty.paragraphs).toEqual(['空报告']);
    expect(empty.tables).toEqual([]);
  });

  it('refuses a table whose rows do not fill the header, naming the table and row', async () => {
    const table: TableBlock = {
      kind: 'table',
      key: 'ledger',
      caption: '表1.3-1 园区企业环保执行情况汇总表',
      header: ['序号', '企业名称', '批复文号'],
      columnWidths: [1, 3, 2],
      rows: rowsOf([[{ text: '1' }, { text: '湖南领湃新能源科技有限公司' }]]),
    };
    await expect(renderReportDocx(documentOf('t', [], [sectionOf('1', '一、', 't', [table])]))).rejects.toThrow(
      '表“表1.3-1 园区企业环保执行情况汇总表”结构有误：第 1 行缺少第 3 列的单元格（表头共 3 列）',
    );
  });
});

describe('scaleColumnWidths', () => {
  it('scales relative widths to exactly the text width', () => {
    const widths = scaleColumnWidths([0.8, 3.2, 2.6, 2.8, 1.1, 2.4, 2.8, 1.3]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8845);
    expect(widths[1] / widths[0]).toBeCloseTo(4, 1);
    expect(scaleColumnWidths([1, 1, 1], 100)).toEqual([34, 33, 33]);
  });
});
