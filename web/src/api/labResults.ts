/**
 * 监测结果: a park's lab results of a year per point with their verdicts, and the import of a lab report (.xlsx or
 * .csv), typed as src/services/monitoring/labResultsImport.ts gives them.
 */
import type { LabImportResult, LabResultsYearView } from '../../../src/services/monitoring/labResultsImport';
import { request } from './client';

export type { LabImportResult, LabPointView, LabResultsYearView, LabSampleView } from '../../../src/services/monitoring/labResultsImport';

const base = (code: string) => `/parks/${encodeURIComponent(code)}/lab-results`;

const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const listLabResults = (code: string, year: number, signal?: AbortSignal) => request<LabResultsYearView>(base(code), { query: { year }, signal });

/** Posts the file's bytes as the server reads them: a workbook or a CSV by its extension; the name is kept as the source. */
export const importLabResults = (code: string, year: number, file: File) =>
  request<LabImportResult>(`${base(code)}/import`, {
    method: 'POST',
    body: file,
    contentType: file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : XLSX_CONTENT_TYPE,
    query: { year, file: file.name },
  });
