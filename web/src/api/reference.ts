import { request } from './client';
import type { Industry } from './types';

let industriesCache: Promise<Industry[]> | null = null;

/** GB/T 4754-2017, every level; fetched once per page load. */
export function listIndustries(): Promise<Industry[]> {
  if (!industriesCache) {
    industriesCache = request<Industry[]>('/reference/industries').catch((err: unknown) => {
      industriesCache = null;
      throw err;
    });
  }
  return industriesCache;
}
