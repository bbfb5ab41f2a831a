/**
 * 监测点位: a park's monitoring points, typed as src/services/monitoring/pointSchemas.ts describes them.
 */
import type { PointInputBody, PointView } from '../../../src/services/monitoring/pointSchemas';
import { request } from './client';

export type { PointInputBody, PointView } from '../../../src/services/monitoring/pointSchemas';

const base = (code: string) => `/parks/${encodeURIComponent(code)}/monitoring-points`;

export const listPoints = (code: string, signal?: AbortSignal) => request<PointView[]>(base(code), { signal });

export const createPoint = (code: string, body: PointInputBody) => request<PointView>(base(code), { method: 'POST', body });

export const updatePoint = (code: string, id: number, body: PointInputBody) =>
  request<PointView>(`${base(code)}/${id}`, { method: 'PUT', body });

export const deletePoint = (code: string, id: number) => request<void>(`${base(code)}/${id}`, { method: 'DELETE' });
