import { DIVISIONS, lookupDivision, type DivisionLevel } from '../../../../../../src/domain/regions/index';

const LEVEL_LABELS: Record<DivisionLevel, string> = { province: '省级', prefecture: '地级', county: '县级' };

export interface DivisionOption {
  value: string;
  label: string;
  /** What the search matches: code and full name. */
  search: string;
  level: string;
}

let cache: DivisionOption[] | null = null;

/**
 * The GB/T 2260 divisions a reviewer's region may be (the table vendored in src/domain/regions: every province, and
 * prefectures and counties of 湖南 and 重庆), labelled with their full names.
 */
export function divisionOptions(): DivisionOption[] {
  if (!cache) {
    cache = DIVISIONS.flatMap(([code]) => {
      const d = lookupDivision(code);
      // 重庆 500100 市辖区 / 500200 县 are groupings, not a region anyone governs.
      if (!d || (d.level === 'prefecture' && (d.name === '市辖区' || d.name === '县'))) return [];
      return [{ value: d.code, label: `${d.fullName}（${d.code}）`, search: `${d.code} ${d.fullName}`, level: LEVEL_LABELS[d.level] }];
    });
  }
  return cache;
}

/** 湖南省衡阳市（地级）: the name of a region code and its level, for the form and the table. */
export function describeDivision(code: string | null | undefined): string | null {
  if (!code) return null;
  const d = lookupDivision(code);
  return d ? `${d.fullName}（${LEVEL_LABELS[d.level]}）` : null;
}
