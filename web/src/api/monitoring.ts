/**
 * 在线监测 (HJ 212): stations, their latest readings and series, alarms, and the receiver's counters, typed as the
 * schemas of src/services/monitoring/schemas.ts describe them.
 */
import type {
  AlarmView,
  DataCn,
  LatestReading,
  Receivers,
  SeriesPoint,
  StationAuthFailureView,
  StationInputBody,
  StationView,
} from '../../../src/services/monitoring/schemas';
import { request } from './client';

export type {
  AlarmView,
  DataCn,
  FactorReading,
  LatestReading,
  ReceiverStats,
  SeriesPoint,
  StationAuthFailureView,
  StationInputBody,
  StationLimit,
  StationView,
} from '../../../src/services/monitoring/schemas';

const base = (code: string) => `/parks/${encodeURIComponent(code)}`;

export const listStations = (code: string, signal?: AbortSignal) => request<StationView[]>(`${base(code)}/stations`, { signal });

export const createStation = (code: string, body: StationInputBody) =>
  request<StationView>(`${base(code)}/stations`, { method: 'POST', body });

export const updateStation = (code: string, id: number, body: StationInputBody) =>
  request<StationView>(`${base(code)}/stations/${id}`, { method: 'PUT', body });

export const getStationLatest = (code: string, id: number, signal?: AbortSignal) =>
  request<LatestReading[]>(`${base(code)}/stations/${id}/latest`, { signal });

export const getStationSeries = (code: string, id: number, q: { cn: DataCn; from: Date; to: Date }, signal?: AbortSignal) =>
  request<SeriesPoint[]>(`${base(code)}/stations/${id}/series`, {
    query: { cn: q.cn, from: q.from.toISOString(), to: q.to.toISOString() },
    signal,
  });

export const listAlarms = (code: string, signal?: AbortSignal) => request<AlarmView[]>(`${base(code)}/alarms`, { signal });

export const listStationAuthFailures = (code: string, signal?: AbortSignal) =>
  request<StationAuthFailureView[]>(`${base(code)}/station-auth-failures`, { signal });

export const getReceiverStats = (signal?: AbortSignal) => request<Receivers>('/receiver/stats', { signal });
