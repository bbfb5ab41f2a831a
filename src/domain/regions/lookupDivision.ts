import { DIVISIONS } from './divisions.js';

/** 行政区划级别: 省级 / 地级 / 县级. */
export type DivisionLevel = 'province' | 'prefecture' | 'county';

/** A current GB/T 2260 division with its place in the hierarchy. */
export interface Division {
  /** 6-digit GB/T 2260 code. */
  code: string;
  /** Official name, e.g. 祁东县. */
  name: string;
  level: DivisionLevel;
  /** xx0000 code of the province-level unit (itself for a province). */
  provinceCode: string;
  /** xxxx00 code of the prefecture-level unit (itself for a prefecture; null for a province). */
  prefectureCode: string | null;
  /**
   * Province + prefecture + own name, e.g. 湖南省衡阳市祁东县. The 直辖市 groupings 市辖区 / 县 are left out
   * of a county's full name (重庆市万州区, not 重庆市市辖区万州区).
   */
  fullName: string;
}

/** Names of the 直辖市 pseudo-prefectures (500100 市辖区, 500200 县) that are not printed in full names. */
const GROUPING_NAMES = new Set(['市辖区', '县']);

const NAMES = new Map<string, string>(DIVISIONS.map(([code, name]) => [code, name]));

function levelOf(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/**
 * Looks up a current GB/T 2260 code in the vendored table.
 * Returns null for malformed input, retired codes (e.g. 431121) and codes not vendored
 * (prefecture/county detail exists only for 湖南 43 and 重庆 50).
 *
 * @example lookupDivision('430426')?.fullName //=> '湖南省衡阳市祁东县'
 */
export function lookupDivision(code: string): Division | null {
  if (typeof code !== 'string') return null;
  const c = code.trim();
  if (!/^\d{6}$/.test(c)) return null;
  const name = NAMES.get(c);
  if (name === undefined) return null;

  const level = levelOf(c);
  const provinceCode = `${c.slice(0, 2)}0000`;
  const provinceName = NAMES.get(provinceCode) ?? '';
  if (level === 'province') {
    return { code: c, name, level, provinceCode, prefectureCode: null, fullName: name };
  }
  const prefectureCode = `${c.slice(0, 4)}00`;
  const prefectureName = NAMES.get(prefectureCode);
  if (level === 'prefecture') {
    return { code: c, name, level, provinceCode, prefectureCode, fullName: provinceName + name };
  }
  const middle = prefectureName === undefined || GROUPING_NAMES.has(prefectureName) ? '' : prefectureName;
  return {
    code: c,
    name,
    level,
    provinceCode,
    prefectureCode: prefectureName === undefined ? null : prefectureCode,
    fullName: provinceName + middle + name,
  };
}
