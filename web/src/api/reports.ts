/**
 * The annual self-assessment report (年度自评估报告): the Word file, its preview model, the paragraphs a user may
 * write, and its check (报告检查). Types come from the server's schemas, never copied.
 */
import type { LintReport } from '../../../src/services/reports/lintReportSchema';
import type { ReportContents, ReportPreview, ReportTextBlockView } from '../../../src/services/reports/reportModelSchema';
import { request, requestFile } from './client';

const annual = (code: string) => `/parks/${encodeURIComponent(code)}/reports/annual`;
const text = (code: string, key: string) => `${annual(code)}/texts/${encodeURIComponent(key)}`;

/** Builds the annual self-assessment report (.docx): the bytes and the server's file name. */
export const buildAnnualReport = (code: string, year: number) => requestFile(`${annual(code)}.docx`, { year });

/** The annual report's sections and those the platform does not write yet. */
export const getAnnualReportSections = (signal?: AbortSignal) =>
  request<ReportContents>('/reports/annual/sections', { signal });

/** The report model the .docx prints, for the HTML preview (images as data URLs). */
export const getAnnualReportPreview = (code: string, year: number, signal?: AbortSignal) =>
  request<ReportPreview>(annual(code), { query: { year }, signal });

/** The paragraphs of the year's report a user may write, with the text each prints. */
export const listAnnualReportTexts = (code: string, year: number, signal?: AbortSignal) =>
  request<ReportTextBlockView[]>(`${annual(code)}/texts`, { query: { year }, signal });

/** Writes a paragraph's text for the year (in place of the generated one, or a narrative chapter). */
export const setAnnualReportText = (code: string, year: number, key: string, value: string) =>
  request<ReportTextBlockView>(text(code, key), { method: 'PUT', query: { year }, body: { text: value } });

/** Drops the year's written text: back to the generated paragraph (or to last year's narrative, or none). */
export const resetAnnualReportText = (code: string, year: number, key: string) =>
  request<ReportTextBlockView>(text(code, key), { method: 'DELETE', query: { year } });

/** The report lint (报告检查): findings of the year's report, with links to what to fix. */
export const lintAnnualReport = (code: string, year: number, signal?: AbortSignal) =>
  request<LintReport>(`${annual(code)}/lint`, { query: { year }, signal });
