import type { CreditScheme } from './types.js';

/**
 * The digits of a GB/T 2260 code that every division inside it shares: '430000' → '43', '431100' → '4311',
 * '431126' → '431126'.
 */
function regionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** Whether the region `outer` contains (or is) the region `inner`, by their GB/T 2260 codes. */
export function regionContains(outer: string, inner: string): boolean {
  return inner.startsWith(regionPrefix(outer));
}

/** Compares versions numerically where both are numbers ('10' after '9'), else as text. */
export function compareVersions(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The scheme a park of `regionCode` is evaluated under for `year`: among the schemes whose region contains the park's
 * and whose years contain the year, the one for the smallest region (a city's own scheme before its province's),
 * then the newest (latest `years.from`), then the latest version of that id. Null when none applies.
 *
 * @example schemeForYear(BUILT_IN_SCHEMES, '430426', 2024)?.id //=> 'hunan-2024'
 */
export function schemeForYear(schemes: readonly CreditScheme[], regionCode: string, year: number): CreditScheme | null {
  let best: CreditScheme | null = null;
  for (const s of schemes) {
    if (!regionContains(s.regionCode, regionCode)) continue;
    if (year < s.years.from || (s.years.to !== null && year > s.years.to)) continue;
    if (best === null || better(s, best)) best = s;
  }
  return best;
}

function better(a: CreditScheme, b: CreditScheme): boolean {
  const ra = regionPrefix(a.regionCode).length;
  const rb = regionPrefix(b.regionCode).length;
  if (ra !== rb) return ra > rb;
  if (a.years.from !== b.years.from) return a.years.from > b.years.from;
  return compareVersions(a.version, b.version) > 0;
}
