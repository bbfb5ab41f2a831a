/**
 * 总量控制: a park's quotas with their approval, a year's emission rows, the year's summary (totals, verdicts, change
 * from last year), and the workbooks, typed as src/services/registers/quotaSchemas.ts describes them.
 */
import type {
  EmissionInputBody,
  EmissionRowView,
  EmissionSummary,
  EmissionYearView,
  ParkQuotasView,
  QuotasInputBody,
} from '../../../src/services/registers/quotaSchemas';
import { apiUrl, request } from './client';

export type {
  EmissionInputBody,
  EmissionRowView,
  EmissionSummary,
  EmissionYearView,
  ParkQuotasView,
  PollutantTotalView,
  QuotasInputBody,
  QuotaView,
} from '../../../src/services/registers/quotaSchemas';

const park = (code: string) => `/parks/${encodeURIComponent(code)}`;
const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const getQuotas = (code: string, signal?: AbortSignal) => request<ParkQuotasView>(`${park(code)}/quotas`, { signal });

export const replaceQuotas = (code: string, body: QuotasInputBody) => request<ParkQuotasView>(`${park(code)}/quotas`, { method: 'PUT', body });

export const importQuotasWorkbook = (code: string, file: File) =>
  request<ParkQuotasView>(`${park(code)}/quotas/import`, { method: 'POST', body: file, contentType: XLSX_CONTENT_TYPE, query: { fileName: file.name } });

export const quotasWorkbookUrl = (code: string) => apiUrl(`${park(code)}/quotas/export.xlsx`);

export const getEmissions = (code: string, year: number, signal?: AbortSignal) => request<EmissionYearView>(`${park(code)}/emissions`, { query: { year }, signal });

export const getEmissionSummary = (code: string, year: number, signal?: AbortSignal) =>
  request<EmissionSummary>(`${park(code)}/emissions/summary`, { query: { year }, signal });

export const createEmission = (code: string, body: EmissionInputBody) => request<EmissionRowView>(`${park(code)}/emissions`, { method: 'POST', body });

export const updateEmission = (code: string, id: number, body: EmissionInputBody) =>
  request<EmissionRowView>(`${park(code)}/emissions/${id}`, { method: 'PUT', body });

export const deleteEmission = (code: string, id: number) => request<void>(`${park(code)}/emissions/${id}`, { method: 'DELETE' });

/** Replaces the year's enterprise rows (and the published totals when the sheet has them); names confirmed as 表中名称 → 档案名称. */
export const importEmissionsWorkbook = (code: string, year: number, file: File, confirmed: Record<string, string> = {}) =>
  request<EmissionYearView>(`${park(code)}/emissions/import`, {
    method: 'POST',
    body: file,
    contentType: XLSX_CONTENT_TYPE,
    query: { year, fileName: file.name, ...(Object.keys(confirmed).length > 0 ? { confirm: JSON.stringify(confirmed) } : {}) },
  });

export const emissionsWorkbookUrl = (code: string, year: number) => apiUrl(`${park(code)}/emissions/export.xlsx`, { year });
