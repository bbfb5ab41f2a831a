import type { RegionOverview } from '../../../src/services/parks/schemas';
import { request } from './client';

export type { RegionOverview, RegionPark } from '../../../src/services/parks/schemas';

/** The parks the user may read, with their key figures for the year (辖区园区对比). */
export const getRegionParks = (year: number, signal?: AbortSignal) =>
  request<RegionOverview>('/region/parks', { query: { year }, signal });
