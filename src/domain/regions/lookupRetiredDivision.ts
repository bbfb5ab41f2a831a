import { RETIRED_DIVISIONS, type RetiredDivision } from './divisions.js';

/**
 * Looks up a withdrawn GB/T 2260 code (e.g. 431121 祁阳县 → 431181 祁阳市, 2021), or null.
 * Such codes still appear in credit codes and old filing numbers.
 *
 * @example lookupRetiredDivision('431121')?.successorCode //=> '431181'
 */
export function lookupRetiredDivision(code: string): RetiredDivision | null {
  if (typeof code !== 'string') return null;
  const c = code.trim();
  return RETIRED_DIVISIONS.find((r) => r.code === c) ?? null;
}
