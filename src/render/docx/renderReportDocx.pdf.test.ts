/**
 * The rendered report through LibreOffice: page count, repeated table header, cell text and page numbers in the PDF.
 * Skipped where soffice or pdftotext is missing. Set PARKECO_DOCX_CHECK_DIR to keep the .docx, the .pdf and PNGs of
 * every page (pdftoppm -r 60) there for a look.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  convertToPdf,
  hasPdftoppm,
  hasPdftotext,
  hasSoffice,
  pdfText,
  pdfToPng,
  pdfWords,
  type PdfWord,
} from '../../../test/helpers/libreoffice.js';
import {
  CONSTRUCTION_ENTERPRISES,
  CONSTRUCTION_SECTION_TEXT,
  ENTERPRISE_TABLE_HEADER,
  OPERATING_ENTERPRISES,
  sampleEnterpriseTable,
  sampleReportDocument,
} from './fixtures/sampleReport.js';
import { renderReportDocx } from './renderReportDocx.js';
import { scaleColumnWidths } from './tableBlock.js';
import { PAGE } from './typography.js';

/** Text as pdftotext gives it: without the spaces it puts between Latin and Chinese, and without line breaks. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

const table = sampleEnterpriseTable();
const POINTS_PER_TWIP = 1 / 20;
/** x of the column edges in points: the table fills the text block from the left margin. */
const COLUMN_EDGES = scaleColumnWidths(table.columnWidths).reduce(
  (edges, width) => [...edges, edges[edges.length - 1] + width * POINTS_PER_TWIP],
  [PAGE.marginLeftTwips * POINTS_PER_TWIP],
);
const FOOTER_TOP = (PAGE.heightTwips - PAGE.marginBottomTwips) * POINTS_PER_TWIP;

/** The column whose box holds the whole word, or -1 (body text runs over several columns). */
function columnOf(word: PdfWord): number {
  return COLUMN_EDGES.findIndex((left, i) => i < COLUMN_EDGES.length - 1 && word.xMin >= left - 1 && word.xMax <= COLUMN_EDGES[i + 1] + 1);
}

/** Words of the table on a page: below the caption (or the top margin) and above the footer, each in one column. */
function tableWords(page: PdfWord[]): { word: PdfWord; column: number }[] {
  if (!page.some((word) => word.text === '序号' && columnOf(word) === 0)) return [];
  const caption = page.find((word) => word.text.includes('园区企业环保执行情况汇总表'));
  const top = caption ? caption.yMax : PAGE.marginTopTwips * POINTS_PER_TWIP - 1;
  return page
    .filter((word) => word.yMin >= top && word.yMax <= FOOTER_TOP)
    .map((word) => ({ word, column: columnOf(word) }))
    .filter(({ column }) => column >= 0);
}

/** A column's text on every page, top to bottom, with its header text removed. */
function columnText(pages: PdfWord[][], column: number): string {
  const headerText = ENTERPRISE_TABLE_HEADER[column];
  return pages
    .map((page) =>
      tableWords(page)
        .filter((w) => w.column === column)
        .map((w) => w.word)
        .sort((a, b) => Math.round(a.yMin) - Math.round(b.yMin) || a.xMin - b.xMin)
        .map((word) => word.text)
        .join('')
        .replace(headerText, ''),
    )
    .join('');
}

describe.skipIf(!hasSoffice || !hasPdftotext)('renderReportDocx through LibreOffice', () => {
  let workDir: string;
  let pages: string[];
  let words: PdfWord[][];
  let conversionMs: number;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'parkeco-docx-pdf-'));
    const docxPath = join(workDir, 'report.docx');
    writeFileSync(docxPath, await renderReportDocx(sampleReportDocument()));
    const started = performance.now();
    const pdfPath = await convertToPdf(docxPath, workDir);
    conversionMs = performance.now() - started;
    if (pdfPath === null) throw new Error('soffice disappeared from PATH');
    pages = pdfText(pdfPath).map(squash);
    words = pdfWords(pdfPath);
    const keepDir = process.env.PARKECO_DOCX_CHECK_DIR;
    if (keepDir) {
      mkdirSync(keepDir, { recursive: true });
      copyFileSync(docxPath, join(keepDir, 'report.docx'));
      copyFileSync(pdfPath, join(keepDir, 'report.pdf'));
      if (hasPdftoppm) pdfToPng(pdfPath, join(keepDir, 'page'), { dpi: 60 });
      writeFileSync(join(keepDir, 'conversion-ms.txt'), `${Math.round(conversionMs)}\n`);
    }
  });

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('has a cover page, then the body over several pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(words).toHaveLength(pages.length);
    expect(pages[0]).toContain(squash('湖南祁东高新技术产业开发区2024年度生态环境管理自评估报告'));
    expect(pages[0]).toContain('2025年3月');
    expect(pages[0]).not.toContain('—1—');
    expect(pages[1]).toContain('一、园区概况');
    expect(pages[1]).toContain('表1.3-1园区企业环保执行情况汇总表');
  });

  it('numbers the body pages from 1 in the footer', () => {
    pages.slice(1).forEach((page, index) => expect(page).toContain(`—${index + 1}—`));
  });

  it('repeats the header row on every page that holds table rows', () => {
    // A page holds table rows when a 序号 (a number alone in the first column) is printed on it.
    const rowPages = words.flatMap((page, index) =>
      page.some((word) => /^\d+$/.test(word.text) && columnOf(word) === 0 && word.yMax <= FOOTER_TOP) ? [index] : [],
    );
    expect(rowPages.length).toBeGreaterThanOrEqual(2);
    for (const index of rowPages) {
      const page = words[index];
      const firstNumber = Math.min(...page.filter((w) => /^\d+$/.test(w.text) && columnOf(w) === 0).map((w) => w.yMin));
      const header = page.find((w) => w.text === '企业名称' && columnOf(w) === 1);
      expect(header, `page ${index + 1}`).toBeDefined();
      expect(header!.yMax, `page ${index + 1}`).toBeLessThan(firstNumber);
    }
    // Once per page, not once per row.
    const headerCount = words.reduce((n, page) => n + page.filter((w) => w.text === '企业名称').length, 0);
    expect(headerCount).toBe(rowPages.length);
  });

  it('prints every enterprise name once, in order, in the 企业名称 column', () => {
    const names = [...OPERATING_ENTERPRISES, ...CONSTRUCTION_ENTERPRISES].map((e) => e.name).join('');
    expect(columnText(words, 1)).toBe(names);
  });

  it('prints every approval number in order in the 批复文号 column, and the other columns once per enterprise', () => {
    const all = [...OPERATING_ENTERPRISES, ...CONSTRUCTION_ENTERPRISES];
    expect(columnText(words, 3)).toBe(all.flatMap((e) => e.approvals).join(''));
    expect(columnText(words, 5)).toBe(all.map((e) => e.emergencyPlan).join(''));
    expect(columnText(words, 6)).toBe(all.map((e) => e.permit).join(''));
    expect(columnText(words, 7)).toBe(all.map((e) => e.managementClass).join(''));
  });

  it('centres a merged cell over its rows and spans the 在建企业 row from the first column', () => {
    const page = words.find((p) => p.some((w) => w.text.startsWith('湖南顺隆能源')))!;
    const name = page.find((w) => w.text.startsWith('湖南顺隆能源'))!;
    const nameLines = page.filter((w) => columnOf(w) === 1 && Math.abs(w.yMin - name.yMin) < 20);
    const nameCentre = (Math.min(...nameLines.map((w) => w.yMin)) + Math.max(...nameLines.map((w) => w.yMax))) / 2;
    const first = page.find((w) => w.text.includes('湘环评函'))!;
    const third = page.find((w) => w.text.includes('祁环函'))!;
    expect(nameCentre).toBeGreaterThan(first.yMax);
    expect(nameCentre).toBeLessThan(third.yMin);
    const section = words.flat().find((w) => w.text === CONSTRUCTION_SECTION_TEXT);
    expect(section).toBeDefined();
    expect(section!.xMin).toBeLessThan(COLUMN_EDGES[1]);
    expect(section!.xMax).toBeGreaterThan(COLUMN_EDGES[1]);
  });

  it('converts in reasonable time', () => {
    expect(conversionMs).toBeLessThan(60_000);
  });
});
