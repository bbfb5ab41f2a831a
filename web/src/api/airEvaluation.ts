/**
 * 空气质量评价: a park's air points evaluated for a year (GB 3095 / HJ 633 / HJ 663), the region's figures of its city
 * station, and the annual figures entered where only those exist — typed as the services give them.
 */
import type { AirAnnualFigureView } from '../../../src/services/monitoring/airAnnualFigures';
import type { AirEvaluationOfYear } from '../../../src/services/monitoring/airEvaluation';
import type { RegionalAirOfYear } from '../../../src/services/monitoring/regionalAir';
import { request } from './client';

export type { AirAnnualFigureView } from '../../../src/services/monitoring/airAnnualFigures';
export type { AirChartField, AirChartLimit, AirDailyView, AirEvaluationOfYear, AirPointEvaluation } from '../../../src/services/monitoring/airEvaluation';
export type { RegionalAirFigure, RegionalAirOfYear } from '../../../src/services/monitoring/regionalAir';

const park = (code: string) => `/parks/${encodeURIComponent(code)}`;

export const getAirEvaluation = (code: string, year: number, signal?: AbortSignal) =>
  request<AirEvaluationOfYear>(`${park(code)}/air-evaluation`, { query: { year }, signal });

export const getRegionalAir = (code: string, year: number, signal?: AbortSignal) =>
  request<RegionalAirOfYear>(`${park(code)}/regional-air`, { query: { year }, signal });

/** Enters (or changes) figures of a point and year; answers that point-year's entered figures. */
export const putAirAnnualFigures = (code: string, body: { pointId: number; year: number; source: string; figures: Record<string, string> }) =>
  request<AirAnnualFigureView[]>(`${park(code)}/air-annual-figures`, { method: 'PUT', body });

export const deleteAirAnnualFigure = (code: string, pointId: number, year: number, key: string) =>
  request<void>(`${park(code)}/air-annual-figures/${pointId}/${year}/${encodeURIComponent(key)}`, { method: 'DELETE' });
