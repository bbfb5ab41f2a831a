import { GBT4754_2017 } from './gbt4754.js';
import { canonicalIndustryCode, lookupIndustry, type Industry, type IndustryLevel } from './lookupIndustry.js';

/** Filters for {@link listIndustries}. */
export interface ListIndustriesOptions {
  /** Only this level. */
  level?: IndustryLevel;
  /** Only the direct children of this code (e.g. "C" → its 大类). */
  parentCode?: string;
}

/**
 * Vendored GB/T 4754-2017 entries in code order (parents before children), for UI dropdowns.
 *
 * @example listIndustries({ level: 'section' }).length //=> 20
 */
export function listIndustries(options: ListIndustriesOptions = {}): Industry[] {
  const parent = options.parentCode === undefined ? undefined : canonicalIndustryCode(options.parentCode);
  if (parent === null) return [];
  const out: Industry[] = [];
  for (const [code] of GBT4754_2017) {
    const ind = lookupIndustry(code);
    if (ind === null) continue;
    if (options.level !== undefined && ind.level !== options.level) continue;
    if (parent !== undefined && ind.parentCode !== parent) continue;
    out.push(ind);
  }
  return out;
}
