/**
 * 要求与落实台账: approvals and control units, their requirements and each year's implementation, typed as
 * src/services/registers/requirementSchemas.ts describes them.
 */
import type {
  ImplementationInputBody,
  ImplementationView,
  RequirementInputBody,
  RequirementRegister,
  RequirementView,
  SourceInputBody,
  SourceView,
  StartYearResult,
} from '../../../src/services/registers/requirementSchemas';
import { request } from './client';

export type {
  ImplementationInputBody,
  ImplementationView,
  RequirementInputBody,
  RequirementRegister,
  RequirementView,
  SourceInputBody,
  SourceView,
  StartYearResult,
} from '../../../src/services/registers/requirementSchemas';

const park = (code: string) => `/parks/${encodeURIComponent(code)}`;

export const getRequirementRegister = (code: string, year: number, signal?: AbortSignal) =>
  request<RequirementRegister>(`${park(code)}/requirements?year=${year}`, { signal });

export const createSource = (code: string, body: SourceInputBody) => request<SourceView>(`${park(code)}/requirement-sources`, { method: 'POST', body });

export const createRequirement = (code: string, sourceId: number, body: RequirementInputBody) =>
  request<RequirementView>(`${park(code)}/requirement-sources/${sourceId}/requirements`, { method: 'POST', body });

export const updateRequirement = (code: string, id: number, body: RequirementInputBody) =>
  request<RequirementView>(`${park(code)}/requirements/${id}`, { method: 'PUT', body });

export const setImplementation = (code: string, requirementId: number, year: number, body: ImplementationInputBody) =>
  request<ImplementationView>(`${park(code)}/requirements/${requirementId}/implementations/${year}`, { method: 'PUT', body });

export const startYearFromLastYear = (code: string, year: number) =>
  request<StartYearResult>(`${park(code)}/requirements/start-year`, { method: 'POST', body: { year } });
