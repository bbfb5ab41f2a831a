import { DIVISIONS } from './divisions.js';
import { lookupDivision, type Division } from './lookupDivision.js';

/**
 * The divisions one level down, in code order: province → prefectures (for 重庆市: 500100 市辖区 and
 * 500200 县), prefecture → counties, county → []. Unknown codes → []. Provinces whose detail is not
 * vendored (all but 43 and 50) have no children here.
 *
 * @example childrenOf('430000').length //=> 14
 */
export function childrenOf(code: string): Division[] {
  const parent = lookupDivision(code);
  if (parent === null || parent.level === 'county') return [];
  const prefix = parent.level === 'province' ? parent.code.slice(0, 2) : parent.code.slice(0, 4);
  const out: Division[] = [];
  for (const [c] of DIVISIONS) {
    if (c === parent.code || !c.startsWith(prefix)) continue;
    const d = lookupDivision(c);
    if (d === null) continue;
    if (parent.level === 'province' && d.level === 'prefecture') out.push(d);
    if (parent.level === 'prefecture' && d.level === 'county') out.push(d);
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}
