/**
 * 在线监测 (HJ 212): stations, their latest readings and series, alarms, and the receiver's counters.
 * Shapes as src/services/monitoring/stations.ts and src/server/routes/monitoring.ts answer them.
 */
import type { ReceiverCounters } from '../../../src/domain/monitoring/receiverCounters';
import { request } from './client';

/** Decimal values travel as strings (PostgreSQL numeric), as the logger sent them. */
export interface StationLimit {
  factorCode: string;
  upper: string | null;
  lower: string | null;
}

export interface StationView {
  id: number;
  mn: string;
  name: string;
  /** 系统编码 ST (22 空气质量监测, 32 地表水体环境污染源 …). */
  systemCode: string;
  enterpriseId: number | null;
  location: string | null;
  longitude: string | null;
  latitude: string | null;
  uploadIntervalSeconds: number;
  active: boolean;
  lastSeenAt: string | null;
  /** Heard from within three upload intervals. */
  online: boolean;
  limits: StationLimit[];
}

/** POST/PUT body; `password` only when set (on edit: only to change it). */
export interface StationBody {
  mn: string;
  name: string;
  systemCode: string;
  password?: string;
  enterpriseId: number | null;
  location: string | null;
  longitude: string | null;
  latitude: string | null;
  uploadIntervalSeconds: number;
  active: boolean;
  limits: StationLimit[];
}

/** One factor of a stored reading: values as sent, the logger's flag, and what the platform judged. */
export interface FactorReading {
  rtd?: string;
  avg?: string;
  min?: string;
  max?: string;
  cou?: string;
  /** HJ 212 data flag (N, F, M, S, D, C, T, B) as sent. */
  flag?: string;
  /** Counted as valid data. */
  valid: boolean;
  /** Quality marks: zero, negative, constant, out_of_range, invalid_flag, unknown_flag, not_a_number. */
  marks: string[];
}

/** Data kinds the platform stores (CN). */
export type DataCn = '2011' | '2051' | '2061' | '2031';

export interface LatestReading {
  cn: DataCn;
  dataTime: string;
  receivedAt: string;
  factors: Record<string, FactorReading>;
}

export interface SeriesPoint {
  dataTime: string;
  factors: Record<string, FactorReading>;
}

export interface AlarmView {
  id: number;
  stationId: number;
  factorCode: string;
  cn: DataCn;
  limitValue: string;
  startedAt: string;
  /** Data time of the first value back within the limit; null while the alarm lasts. */
  endedAt: string | null;
  peakValue: string;
  peakAt: string;
}

/** One HJ 212 receiver as it last reported to the store; running: not stopped and heard from in the last 10 s. */
export interface ReceiverStats extends ReceiverCounters {
  id: number;
  /** Administrators only. */
  host?: string;
  port: number;
  /** Administrators only. */
  pid?: number;
  mode: 'lenient' | 'strict';
  startedAt: string;
  heartbeatAt: string;
  stoppedAt: string | null;
  running: boolean;
}

const base = (code: string) => `/parks/${encodeURIComponent(code)}`;

export const listStations = (code: string, signal?: AbortSignal) => request<StationView[]>(`${base(code)}/stations`, { signal });

export const createStation = (code: string, body: StationBody) =>
  request<StationView>(`${base(code)}/stations`, { method: 'POST', body });

export const updateStation = (code: string, id: number, body: StationBody) =>
  request<StationView>(`${base(code)}/stations/${id}`, { method: 'PUT', body });

export const getStationLatest = (code: string, id: number, signal?: AbortSignal) =>
  request<LatestReading[]>(`${base(code)}/stations/${id}/latest`, { signal });

export const getStationSeries = (code: string, id: number, q: { cn: DataCn; from: Date; to: Date }, signal?: AbortSignal) =>
  request<SeriesPoint[]>(`${base(code)}/stations/${id}/series`, {
    query: { cn: q.cn, from: q.from.toISOString(), to: q.to.toISOString() },
    signal,
  });

export const listAlarms = (code: string, signal?: AbortSignal) => request<AlarmView[]>(`${base(code)}/alarms`, { signal });

/** 口令错误: wrong passwords for a station from one address, as one episode (GET /parks/:code/station-auth-failures). */
export interface StationAuthFailureView {
  id: number;
  stationId: number;
  address: string;
  failures: number;
  firstAt: string;
  lastAt: string;
  suspectedGuessing: boolean;
  /** e.g. 疑似口令猜测：来自 1.2.3.4 的 37 次口令错误 */
  text: string;
}

export const listStationAuthFailures = (code: string, signal?: AbortSignal) =>
  request<StationAuthFailureView[]>(`${base(code)}/station-auth-failures`, { signal });

export const getReceiverStats = (signal?: AbortSignal) => request<{ receivers: ReceiverStats[] }>('/receiver/stats', { signal });
