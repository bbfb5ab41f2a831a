/**
 * 固体废物台账: a park's waste ledger of a year with its totals and findings, the preview and import of a table-10
 * workbook with the names the user confirmed, and its export, typed as src/services/registers/wasteLedger.ts gives them.
 */
import type { ConfirmedNames, WasteImportPreview, WasteLedgerYear } from '../../../src/services/registers/wasteLedger';
import { apiUrl, request } from './client';

export type { ConfirmedNames, WasteImportPreview, WasteLedgerYear, WasteNameLink } from '../../../src/services/registers/wasteLedger';
export type { WasteFinding, WasteKind, WasteQuantities } from '../../../src/domain/registers/waste/index';

const base = (code: string) => `/parks/${encodeURIComponent(code)}/waste-ledger`;
const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const getWasteLedger = (code: string, year: number, signal?: AbortSignal) => request<WasteLedgerYear>(base(code), { query: { year }, signal });

const upload = <T>(verb: 'preview' | 'import', code: string, year: number, file: File, confirmed: ConfirmedNames) =>
  request<T>(`${base(code)}/${verb}`, {
    method: 'POST',
    body: file,
    contentType: XLSX_CONTENT_TYPE,
    query: { year, file: file.name, ...(Object.keys(confirmed).length > 0 ? { confirm: JSON.stringify(confirmed) } : {}) },
  });

/** What importing the workbook would do: each row's link to the enterprise file, proposals to confirm; writes nothing. */
export const previewWasteWorkbook = (code: string, year: number, file: File, confirmed: ConfirmedNames = {}) =>
  upload<WasteImportPreview>('preview', code, year, file, confirmed);

/** Replaces the year with the workbook's rows, names linked as confirmed; 400 IMPORT_INVALID names every cell. */
export const importWasteWorkbook = (code: string, year: number, file: File, confirmed: ConfirmedNames = {}) =>
  upload<WasteLedgerYear>('import', code, year, file, confirmed);

export const wasteWorkbookUrl = (code: string, year: number) => apiUrl(`${base(code)}/export.xlsx`, { year });
