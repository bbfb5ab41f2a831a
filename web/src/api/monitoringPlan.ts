/**
 * 监测计划: a park's yearly monitoring plan with 落实情况, typed as src/services/monitoring/planSchemas.ts describes it.
 */
import type { CopyPlanInputBody, CopyPlanResult, PlanItemInputBody, PlanItemView, PlanYear } from '../../../src/services/monitoring/planSchemas';
import { request } from './client';

export type { CopyPlanInputBody, CopyPlanResult, PlanItemInputBody, PlanItemView, PlanPointOutcome, PlanYear } from '../../../src/services/monitoring/planSchemas';

const base = (code: string) => `/parks/${encodeURIComponent(code)}/monitoring-plan`;

export const getPlan = (code: string, year: number, signal?: AbortSignal) => request<PlanYear>(`${base(code)}?year=${year}`, { signal });

export const createPlanItem = (code: string, body: PlanItemInputBody) => request<PlanItemView>(`${base(code)}/items`, { method: 'POST', body });

export const updatePlanItem = (code: string, id: number, body: PlanItemInputBody) =>
  request<PlanItemView>(`${base(code)}/items/${id}`, { method: 'PUT', body });

export const deletePlanItem = (code: string, id: number) => request<void>(`${base(code)}/items/${id}`, { method: 'DELETE' });

export const copyPlan = (code: string, body: CopyPlanInputBody) => request<CopyPlanResult>(`${base(code)}/copy`, { method: 'POST', body });
