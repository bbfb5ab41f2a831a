import { checkDivisionCode } from './divisionCode.js';
import { toHalfWidth } from './toHalfWidth.js';

/**
 * 建设项目环境影响登记表备案号 (EIA registration-form filing number).
 *
 * The filing system (环境保护部令第41号, online filing from 2017-01-01) generates the number
 * automatically; no format has been published. INFERRED / UNCONFIRMED shape, from the park's examples
 * (shared/domain/admin-formats.md §4.3): YYYY + 6-digit division code + 8-digit sequence = 18 digits,
 * e.g. 201943042600000059 = 2019 / 430426 / 00000059. Because the shape is only inferred, any other
 * non-empty value is ACCEPTED with a warning and kept as text, never rejected.
 */

/** The parts of an 18-digit number of the inferred shape. */
export interface EiaRegistrationNumberParts {
  year: number;
  /** 6-digit division code of the filing authority. */
  division: string;
  /** Full name from the regions table, or null when the code is not in it. */
  divisionName: string | null;
  /** 8-digit sequence as printed. */
  seq: string;
}

/** Result of {@link parseEiaRegistrationNumber}. */
export interface EiaRegistrationNumberParse {
  /** True for any non-empty value (the format is not normative). */
  valid: boolean;
  /** Prefix "登记备案：" removed, spaces removed, full-width folded. */
  normalized: string;
  /** 'inferred' when the value has the inferred 18-digit shape, else 'other'. */
  shape: 'inferred' | 'other';
  parts: EiaRegistrationNumberParts | null;
  errors: string[];
  warnings: string[];
}

const RE = /^((?:19|20)\d{2})(\d{6})(\d{8})$/;
/** 《建设项目环境影响登记表备案管理办法》(环境保护部令第41号) took effect on 2017-01-01. */
const ONLINE_FILING_FROM_YEAR = 2017;

/**
 * Parses a 登记表备案号, accepting a "登记备案：" / "登记备案:" prefix as printed in park tables.
 * `now` (for tests) bounds the plausible year (≤ current year + 1, Asia/Shanghai).
 *
 * @example parseEiaRegistrationNumber('201943042600000059').parts?.division //=> '430426'
 */
export function parseEiaRegistrationNumber(raw: string, now: Date = new Date()): EiaRegistrationNumberParse {
  const normalized = toHalfWidth(String(raw ?? ''))
    .replace(/\s+/g, '')
    .replace(/^登记备案[:：]?/, '');
  const errors: string[] = [];
  const warnings: string[] = [];

  if (normalized.length === 0) {
    return { valid: false, normalized, shape: 'other', parts: null, errors: ['环评登记表备案号为空'], warnings };
  }

  const m = RE.exec(normalized);
  if (m === null) {
    warnings.push(
      `备案号"${normalized}"与推断格式（4位年份+6位行政区划代码+8位流水号，共18位数字）不一致；该格式未经证实，已按原样保存`,
    );
    return { valid: true, normalized, shape: 'other', parts: null, errors, warnings };
  }

  const [, yearText, division, seq] = m as unknown as [string, string, string, string];
  const year = Number(yearText);
  const maxYear = new Date(now.getTime() + 8 * 3600_000).getUTCFullYear() + 1;
  if (year < ONLINE_FILING_FROM_YEAR) {
    warnings.push(`备案号年份${year}早于登记表网上备案施行年份（2017年，环境保护部令第41号），请核对`);
  } else if (year > maxYear) {
    warnings.push(`备案号年份${year}晚于${maxYear}年，请核对`);
  }
  const div = checkDivisionCode(division);
  warnings.push(...div.errors, ...div.warnings);

  return {
    valid: true,
    normalized,
    shape: 'inferred',
    parts: { year, division, divisionName: div.parts?.fullName ?? null, seq },
    errors,
    warnings,
  };
}
