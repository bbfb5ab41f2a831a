import { lookupDivision, type Division } from './lookupDivision.js';

/**
 * The division one level up: county → prefecture, prefecture → province, province → null.
 * Null also for unknown or retired codes.
 *
 * @example parentOf('430426')?.name //=> '衡阳市'
 */
export function parentOf(code: string): Division | null {
  const d = lookupDivision(code);
  if (d === null || d.level === 'province') return null;
  if (d.level === 'county' && d.prefectureCode !== null) return lookupDivision(d.prefectureCode);
  return lookupDivision(d.provinceCode);
}
