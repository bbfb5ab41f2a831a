import { request } from './client';
import type { LedgerStats } from './types';

/** One park of GET /api/region/parks: the parks the user may read, with their key figures for the year. */
export interface RegionPark {
  code: string;
  name: string;
  level: string;
  divisionCode: string;
  divisionName: string | null;
  /** 'read' for a reviewer, 'write' for the park's own staff and administrators. */
  access: 'read' | 'write';
  stats: LedgerStats;
}

export interface RegionOverview {
  year: number;
  parks: RegionPark[];
}

export const getRegionParks = (year: number, signal?: AbortSignal) =>
  request<RegionOverview>('/region/parks', { query: { year }, signal });
