/**
 * 环境管理情况: a park's yearly water, air and soil facts, typed as src/services/registers/managementFactsSchemas.ts
 * describes them.
 */
import type { ManagementFactsBody, ManagementFactsYear } from '../../../src/services/registers/managementFactsSchemas';
import { request } from './client';

export type { LedgerCount, ManagementFacts, ManagementFactsBody, ManagementFactsYear } from '../../../src/services/registers/managementFactsSchemas';

const base = (code: string, year: number) => `/parks/${encodeURIComponent(code)}/management-facts/${year}`;

export const getManagementFacts = (code: string, year: number, signal?: AbortSignal) => request<ManagementFactsYear>(base(code, year), { signal });

export const putManagementFacts = (code: string, year: number, body: ManagementFactsBody) =>
  request<ManagementFactsYear>(base(code, year), { method: 'PUT', body });

export const carryOverManagementFacts = (code: string, year: number) =>
  request<ManagementFactsYear>(`${base(code, year)}/carry-over`, { method: 'POST' });
