import { apiUrl, request } from './client';
import type { ChangeRecord, Enterprise, EnterpriseBody, EnterpriseList, EnterpriseQuery, ImportResult } from './types';

const base = (code: string) => `/parks/${encodeURIComponent(code)}/enterprises`;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const listEnterprises = (code: string, query: EnterpriseQuery, signal?: AbortSignal) =>
  request<EnterpriseList>(base(code), { query: { ...query }, signal });

export const getEnterprise = (code: string, id: number, signal?: AbortSignal) =>
  request<Enterprise>(`${base(code)}/${id}`, { signal });

export const getEnterpriseHistory = (code: string, id: number, signal?: AbortSignal) =>
  request<ChangeRecord[]>(`${base(code)}/${id}/history`, { signal });

export const createEnterprise = (code: string, input: EnterpriseBody) =>
  request<Enterprise>(base(code), { method: 'POST', body: input });

export const updateEnterprise = (code: string, id: number, input: EnterpriseBody) =>
  request<Enterprise>(`${base(code)}/${id}`, { method: 'PUT', body: input });

export const deleteEnterprise = (code: string, id: number) =>
  request<void>(`${base(code)}/${id}`, { method: 'DELETE' });

/** Sends the workbook bytes as they are; 400 IMPORT_INVALID carries every cell issue. */
export const importWorkbook = (code: string, file: Blob) =>
  request<ImportResult>(`${base(code)}/import`, { method: 'POST', body: file, contentType: XLSX_CONTENT_TYPE });

export const exportWorkbookUrl = (code: string) => apiUrl(`${base(code)}/export.xlsx`);

export const templateWorkbookUrl = () => apiUrl('/enterprises/template.xlsx');
