/**
 * The rendered report through LibreOffice: page count, repeated table header, cell text and page numbers in the PDF.
 * Skipped where soffice or pdftotext is missing. Set PARKECO_DOCX_CHECK_DIR to keep the .docx, the .pdf and PNGs of
 * every page (pdftoppm -r 60) there for a look.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf, hasPdftoppm, hasPdftotext, hasSoffice, pdfText, pdfToPng } from '../../../test/helpers/libreoffice.js';
import { CONSTRUCTION_SECTION_TEXT, OPERATING_ENTERPRISES, sampleReportDocument } from './fixtures/sampleReport.js';
import { renderReportDocx } from './renderReportDocx.js';

/** Text as pdftotext gives it: without the spaces it puts between Latin and Chinese, and without line breaks. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

describe.skipIf(!hasSoffice || !hasPdftotext)('renderReportDocx through LibreOffice', () => {
  let workDir: string;
  let pages: string[];

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'parkeco-docx-pdf-'));
    const docxPath = join(workDir, 'report.docx');
    writeFileSync(docxPath, await renderReportDocx(sampleReportDocument()));
    const pdfPath = await convertToPdf(docxPath, workDir);
    if (pdfPath === null) throw new Error('soffice disappeared from PATH');
    pages = pdfText(pdfPath).map(squash);
    const keepDir = process.env.PARKECO_DOCX_CHECK_DIR;
    if (keepDir) {
      mkdirSync(keepDir, { recursive: true });
      copyFileSync(docxPath, join(keepDir, 'report.docx'));
      copyFileSync(pdfPath, join(keepDir, 'report.pdf'));
      if (hasPdftoppm) pdfToPng(pdfPath, join(keepDir, 'page'), { dpi: 60 });
    }
  });

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('has a cover page and the table runs over several pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]).toContain(squash('湖南祁东高新技术产业开发区2024年度生态环境管理自评估报告'));
    expect(pages[0]).toContain('2025年3月');
    expect(pages[0]).not.toContain('—1—');
    expect(pages[1]).toContain('一、园区概况');
  });

  it('numbers the body pages from 1 in the footer', () => {
    pages.slice(1).forEach((page, index) => expect(page).toContain(`—${index + 1}—`));
  });

  it('repeats the header row on every page that holds table rows', () => {
    // Every page from the caption's to the one with the last enterprise holds table rows.
    const first = pages.findIndex((page) => page.includes('表1.3-1园区企业环保执行情况汇总表'));
    const last = pages.findIndex((page) => page.includes('湖南黄花源农业科技'));
    expect(first).toBe(1);
    expect(last).toBeGreaterThan(first);
    for (let page = first; page <= last; page++) {
      expect(pages[page], `page ${page + 1}`).toContain('企业名称');
      expect(pages[page], `page ${page + 1}`).toContain('应急预案');
    }
    // The header is printed once per page, not once per row.
    const headerCount = pages.reduce((n, page) => n + page.split('企业名称').length - 1, 0);
    expect(headerCount).toBe(last - first + 1);
  });

  it('prints the cells of the table, each enterprise once', () => {
    const all = pages.join('');
    for (const text of ['湘环评函[2014]27号', '衡环函[2014]97号', '祁环函[2015]54号', '430426-2020-053-M', '重点', CONSTRUCTION_SECTION_TEXT]) {
      expect(all).toContain(text);
    }
    // A merged cell prints its text once: 湖南顺隆能源 spans three rows.
    expect(all.split('湖南顺隆能源').length - 1).toBe(1);
    // Short names fit on one line of their cell; all 30 operating enterprises appear once.
    for (const enterprise of OPERATING_ENTERPRISES) {
      expect(all.split(squash(enterprise.approvals[0])).length - 1, enterprise.approvals[0]).toBeGreaterThanOrEqual(1);
    }
  });
});
