import { checkDivisionCode } from './divisionCode.js';
import { toHalfWidth } from './toHalfWidth.js';

/**
 * 突发环境事件应急预案备案编号 (emergency-plan filing number), e.g. 430426-2022-062-M:
 * 县级行政区划代码 - 年份 - 流水号 - 企业环境风险级别 [+ T 跨区域].
 *
 * Governing document: 《企业事业单位突发环境事件应急预案备案管理办法（试行）》(环发〔2015〕4号).
 * UNCONFIRMED: the note defining the number format (annexed 备案表) is RECALLED, not re-verified
 * (shared/domain/admin-formats.md §3). The park's real numbers fit it exactly. Four-digit serials are
 * accepted defensively. Risk levels per HJ 941-2018: 一般 L, 较大 M, 重大 H (not the incident grades Ⅰ–Ⅳ).
 */

/** 企业环境风险级别: L 一般, M 较大, H 重大. */
export type EmergencyRiskLevel = 'L' | 'M' | 'H';

const RISK_LABELS: Record<EmergencyRiskLevel, '一般' | '较大' | '重大'> = { L: '一般', M: '较大', H: '重大' };

/** The parts of a filing number. */
export interface EmergencyPlanNumberParts {
  /** 6-digit 县级行政区划代码 of the filing authority. */
  division: string;
  /** Full name from the regions table, or null when the code is not in it. */
  divisionName: string | null;
  year: number;
  /** 流水号 as printed (3 or 4 digits). */
  seq: string;
  riskLevel: EmergencyRiskLevel;
  riskLevelLabel: '一般' | '较大' | '重大';
  /** 跨区域 (suffix T). */
  crossRegion: boolean;
}

/** Result of {@link parseEmergencyPlanNumber}. */
export interface EmergencyPlanNumberParse {
  valid: boolean;
  normalized: string;
  parts: EmergencyPlanNumberParts | null;
  errors: string[];
  warnings: string[];
}

const RE = /^(\d{6})-(\d{4})-(\d{3,4})-([LMH])(T?)$/;
const EXAMPLE = '如430426-2022-062-M';

function currentYearShanghai(now: Date): number {
  return new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
}

/**
 * Parses a 应急预案备案编号 `^\d{6}-\d{4}-\d{3,4}-[LMH]T?$`.
 * Error when the shape is wrong or the year is implausible (< 1990 or > current year + 1, in
 * Asia/Shanghai; `now` is a parameter for tests). Warning when the division code is not a current
 * county-level code of the regions table.
 *
 * @example parseEmergencyPlanNumber('430426-2022-062-M').parts?.riskLevelLabel //=> '较大'
 */
export function parseEmergencyPlanNumber(raw: string, now: Date = new Date()): EmergencyPlanNumberParse {
  const normalized = toHalfWidth(String(raw ?? ''))
    .replace(/\s+/g, '')
    .replace(/[‐‑‒–—―−﹣]/g, '-')
    .toUpperCase();
  const errors: string[] = [];
  const warnings: string[] = [];

  if (normalized.length === 0) {
    return { valid: false, normalized, parts: null, errors: ['应急预案备案编号为空'], warnings };
  }

  const m = RE.exec(normalized);
  if (m === null) {
    const segs = normalized.split('-');
    if (segs.length !== 4) {
      errors.push(`应急预案备案编号格式应为"区划代码-年份-流水号-风险级别"（${EXAMPLE}），实际为"${normalized}"`);
    } else {
      const [div, year, seq, level] = segs as [string, string, string, string];
      if (!/^\d{6}$/.test(div)) errors.push(`第1段（行政区划代码）应为6位数字，实际为"${div}"`);
      if (!/^\d{4}$/.test(year)) errors.push(`第2段（年份）应为4位数字，实际为"${year}"`);
      if (!/^\d{3,4}$/.test(seq)) errors.push(`第3段（流水号）应为3-4位数字，实际为"${seq}"`);
      if (!/^[LMH]T?$/.test(level)) {
        errors.push(`第4段（风险级别）应为L（一般）、M（较大）或H（重大），跨区域加T，实际为"${level}"`);
      }
    }
    return { valid: false, normalized, parts: null, errors, warnings };
  }

  const [, division, yearText, seq, level, cross] = m as unknown as [string, string, string, string, EmergencyRiskLevel, string];
  const year = Number(yearText);
  const maxYear = currentYearShanghai(now) + 1;
  if (year < 1990 || year > maxYear) {
    errors.push(`年份${year}不合理（应在1990至${maxYear}之间）`);
  }

  const div = checkDivisionCode(division);
  // an unknown or malformed division is only a warning here: the filing number exists as issued
  warnings.push(...div.errors, ...div.warnings);
  if (div.parts !== null && div.parts.level !== 'county') {
    warnings.push(`备案编号通常使用县级行政区划代码，${division}为${div.parts.level === 'province' ? '省级' : '地级'}（${div.parts.fullName}）`);
  }

  const parts: EmergencyPlanNumberParts = {
    division,
    divisionName: div.parts?.fullName ?? null,
    year,
    seq,
    riskLevel: level,
    riskLevelLabel: RISK_LABELS[level],
    crossRegion: cross === 'T',
  };
  return { valid: errors.length === 0, normalized, parts, errors, warnings };
}
