/**
 * 准入审核: a park's admission rules, screening a proposed project, and the year's screenings, typed as
 * src/services/registers/admissionSchemas.ts describes them.
 */
import type {
  AdmissionRuleSet,
  AdmissionRulesInputBody,
  ScreeningResult,
  ScreeningYear,
  ScreenProjectInputBody,
} from '../../../src/services/registers/admissionSchemas';
import { request } from './client';

export type {
  AdmissionRuleSet,
  AdmissionRulesInputBody,
  AdmissionScreening,
  ScreeningResult,
  ScreeningYear,
  ScreenProjectInputBody,
} from '../../../src/services/registers/admissionSchemas';
export type { AdmissionRule, IndustrialLandClass, RuleTrigger } from '../../../src/domain/registers/admission/admissionRules';
export type { RuleHit } from '../../../src/domain/registers/admission/screenProject';

const base = (code: string) => `/parks/${encodeURIComponent(code)}/admission`;

export const getAdmissionRules = (code: string, signal?: AbortSignal) => request<AdmissionRuleSet>(`${base(code)}/rules`, { signal });

export const putAdmissionRules = (code: string, body: AdmissionRulesInputBody) => request<AdmissionRuleSet>(`${base(code)}/rules`, { method: 'PUT', body });

/** Sends a JSON rules file as it is; the server parses it and names the file in its errors. */
export const loadAdmissionRulesFile = (code: string, text: string, fileName: string) =>
  request<AdmissionRuleSet>(`${base(code)}/rules/file`, {
    method: 'POST',
    body: new Blob([text]),
    contentType: 'text/plain; charset=utf-8',
    query: { file: fileName },
  });

export const screenProject = (code: string, body: ScreenProjectInputBody) => request<ScreeningResult>(`${base(code)}/screen`, { method: 'POST', body });

export const listScreenings = (code: string, year: number, signal?: AbortSignal) =>
  request<ScreeningYear>(`${base(code)}/screenings`, { query: { year }, signal });

export const deleteScreening = (code: string, id: number) => request<void>(`${base(code)}/screenings/${id}`, { method: 'DELETE' });
