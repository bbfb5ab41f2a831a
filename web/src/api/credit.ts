/**
 * 信用自评: a park's credit self-evaluation of a year (scores, proposals, total and grade, last year), the schemes,
 * and the park's honours, typed as src/services/credit/creditSchemas.ts describes them.
 */
import type {
  CreateEvaluationBody,
  CreditEvaluationView,
  CreditHistory,
  Honour,
  HonourInputBody,
  HonourYear,
  ItemScoreBody,
  SchemeList,
} from '../../../src/services/credit/creditSchemas';
import { request } from './client';

export type {
  CreateEvaluationBody,
  CreditEvaluationView,
  CreditHistory,
  EvaluationItem,
  Honour,
  HonourInputBody,
  HonourLevel,
  HonourYear,
  ItemScoreBody,
  SchemeEntry,
  SchemeList,
} from '../../../src/services/credit/creditSchemas';

const park = (code: string) => `/parks/${encodeURIComponent(code)}`;

export const getCreditSchemes = (signal?: AbortSignal) => request<SchemeList>('/credit/schemes', { signal });

export const getCreditEvaluation = (code: string, year: number, signal?: AbortSignal) =>
  request<CreditEvaluationView>(`${park(code)}/credit/${year}`, { signal });

export const createCreditEvaluation = (code: string, year: number, body: CreateEvaluationBody = {}) =>
  request<CreditEvaluationView>(`${park(code)}/credit/${year}`, { method: 'POST', body });

export const setCreditItemScore = (code: string, year: number, number: string, body: ItemScoreBody) =>
  request<CreditEvaluationView>(`${park(code)}/credit/${year}/items/${encodeURIComponent(number)}`, { method: 'PUT', body });

export const submitCreditEvaluation = (code: string, year: number) =>
  request<CreditEvaluationView>(`${park(code)}/credit/${year}/submit`, { method: 'POST', body: {} });

export const reopenCreditEvaluation = (code: string, year: number) =>
  request<CreditEvaluationView>(`${park(code)}/credit/${year}/reopen`, { method: 'POST', body: {} });

export const getCreditHistory = (code: string, year: number, signal?: AbortSignal) =>
  request<CreditHistory>(`${park(code)}/credit/${year}/history`, { signal });

export const getHonours = (code: string, year: number, signal?: AbortSignal) => request<HonourYear>(`${park(code)}/honours`, { query: { year }, signal });

export const createHonour = (code: string, body: HonourInputBody) => request<Honour>(`${park(code)}/honours`, { method: 'POST', body });

export const updateHonour = (code: string, id: number, body: HonourInputBody) => request<Honour>(`${park(code)}/honours/${id}`, { method: 'PUT', body });

export const deleteHonour = (code: string, id: number) => request<void>(`${park(code)}/honours/${id}`, { method: 'DELETE' });
