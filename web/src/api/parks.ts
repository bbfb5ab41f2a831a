import { request } from './client';
import type { ParkIdentityInput, ParkOverview, ParkProfile, ParkProfileInput, ParkSummary } from './types';

const p = (code: string) => `/parks/${encodeURIComponent(code)}`;

/** The parks in use; with `includeRetired`, the retired ones too (园区管理). */
export const listParks = (signal?: AbortSignal, includeRetired = false) =>
  request<ParkSummary[]>('/parks', { signal, query: includeRetired ? { includeRetired: 'true' } : undefined });

export const createPark = (input: ParkIdentityInput) => request<ParkProfile>('/parks', { method: 'POST', body: input });

export const editParkIdentity = (code: string, input: ParkIdentityInput) =>
  request<ParkSummary>(`${p(code)}/identity`, { method: 'PUT', body: input });

export const retirePark = (code: string) => request<ParkSummary>(`${p(code)}/retire`, { method: 'POST' });

export const restorePark = (code: string) => request<ParkSummary>(`${p(code)}/restore`, { method: 'POST' });

export const getPark = (code: string, signal?: AbortSignal) => request<ParkProfile>(p(code), { signal });

export const updatePark = (code: string, input: ParkProfileInput) =>
  request<ParkProfile>(p(code), { method: 'PUT', body: input });

export const getOverview = (code: string, year: number, signal?: AbortSignal) =>
  request<ParkOverview>(`${p(code)}/overview`, { query: { year }, signal });
