import { DIVISIONS, FULLY_COVERED_PROVINCES } from '../regions/divisions.js';
import { lookupDivision, type Division } from '../regions/lookupDivision.js';
import { lookupRetiredDivision } from '../regions/lookupRetiredDivision.js';
import { toHalfWidth } from './toHalfWidth.js';

/** Result of {@link checkDivisionCode}. */
export interface DivisionCodeCheck {
  /** Six digits with an existing province-level prefix (the code may still be unknown or retired: see warnings). */
  valid: boolean;
  normalized: string;
  /** The current division, or null when the code is not in the vendored table. */
  parts: Division | null;
  errors: string[];
  warnings: string[];
}

const PROVINCE_PREFIXES = new Set(DIVISIONS.filter(([c]) => c.endsWith('0000')).map(([c]) => c.slice(0, 2)));

/**
 * Checks a GB/T 2260 行政区划代码 against the vendored table (regions/divisions.ts).
 * Errors: not 6 digits, or no such province. Warnings: retired code (with its successor), code absent
 * from a fully vendored province, statistics-only 7x code, or province whose detail is not vendored.
 *
 * @example checkDivisionCode('430426').parts?.fullName //=> '湖南省衡阳市祁东县'
 */
export function checkDivisionCode(raw: string): DivisionCodeCheck {
  const normalized = toHalfWidth(String(raw ?? '')).replace(/\s+/g, '');
  const errors: string[] = [];
  const warnings: string[] = [];

  if (!/^\d{6}$/.test(normalized)) {
    errors.push(`行政区划代码应为6位数字，实际为"${normalized}"`);
    return { valid: false, normalized, parts: null, errors, warnings };
  }
  const found = lookupDivision(normalized);
  if (found !== null) return { valid: true, normalized, parts: found, errors, warnings };

  const province = normalized.slice(0, 2);
  if (!PROVINCE_PREFIXES.has(province)) {
    errors.push(`行政区划代码${normalized}的省级代码"${province}"不存在`);
    return { valid: false, normalized, parts: null, errors, warnings };
  }
  const retired = lookupRetiredDivision(normalized);
  if (retired !== null) {
    const successor = retired.successorCode === null ? null : lookupDivision(retired.successorCode);
    warnings.push(
      `行政区划代码${normalized}（${retired.fullName}）已于${retired.retiredYear}年撤销` +
        (successor !== null ? `，现为${successor.code}（${successor.fullName}）` : ''),
    );
  } else if (FULLY_COVERED_PROVINCES.includes(province)) {
    if (normalized[4] === '7') {
      warnings.push(
        `行政区划代码${normalized}不在现行GB/T 2260区划表中，可能是国家统计局统计用区划代码（开发区等），非行政区划代码`,
      );
    } else {
      warnings.push(`行政区划代码${normalized}不在现行GB/T 2260区划表中（可能已撤销或有误）`);
    }
  } else {
    warnings.push(`行政区划代码${normalized}未能核对：内置区划表仅收录湖南省、重庆市的地级和县级区划`);
  }
  return { valid: true, normalized, parts: null, errors, warnings };
}
