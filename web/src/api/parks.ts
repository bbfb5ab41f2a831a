import { apiUrl, request } from './client';
import type { ParkOverview, ParkProfile, ParkProfileInput, ParkSummary } from './types';

const p = (code: string) => `/parks/${encodeURIComponent(code)}`;

export const listParks = (signal?: AbortSignal) => request<ParkSummary[]>('/parks', { signal });

export const getPark = (code: string, signal?: AbortSignal) => request<ParkProfile>(p(code), { signal });

export const updatePark = (code: string, input: ParkProfileInput) =>
  request<ParkProfile>(p(code), { method: 'PUT', body: input });

export const getOverview = (code: string, year: number, signal?: AbortSignal) =>
  request<ParkOverview>(`${p(code)}/overview`, { query: { year }, signal });

/** The annual self-assessment report (.docx), downloaded by the browser. */
export const annualReportUrl = (code: string, year: number) => apiUrl(`${p(code)}/reports/annual.docx`, { year });
