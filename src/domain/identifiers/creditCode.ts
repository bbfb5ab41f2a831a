import { toHalfWidth } from './toHalfWidth.js';

/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters.
 *
 * | pos  | part                                   |
 * |------|----------------------------------------|
 * | 1    | 登记管理部门代码 (1 机构编制, 5 民政, 9 工商, Y 其他, …) |
 * | 2    | 机构类别代码                            |
 * | 3–8  | 登记管理机关行政区划码 (GB/T 2260, frozen at registration) |
 * | 9–17 | 主体标识码 = 组织机构代码 (GB 11714: 8 chars + check char) |
 * | 18   | 校验码 (GB/T 17710, mod 31)             |
 *
 * Rules and vectors: shared/domain/admin-formats.md §1. Checksum mismatches are warnings, never errors:
 * real codes registered before 2016 (e.g. 91350203M0001QKT19, hutool #4119) fail C18.
 * Positions 1–2 are not restricted to the GB 32100 list (later department codes exist), and the
 * division code is not checked against GB/T 2260 (it may be a retired code).
 */

/** The 31 symbols of GB 32100, valued 0..30 (no I, O, S, V, Z). */
const USCC_SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Wi = 3^(i−1) mod 31, i = 1..17. */
const C18_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714-1997 weights for the 8 body characters of the organisation code. */
const C9_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The parts of an 18-character code, sliced by position. */
export interface CreditCodeParts {
  /** Position 1: 登记管理部门代码. */
  registrationDept: string;
  /** Position 2: 机构类别代码. */
  orgType: string;
  /** Positions 3–8: 登记管理机关行政区划码. */
  divisionCode: string;
  /** Positions 9–17: 组织机构代码 (8 body chars + GB 11714 check char). */
  orgCode: string;
  /** Position 18: 校验码. */
  checkChar: string;
}

/** Result of {@link checkCreditCode}. */
export interface CreditCodeCheck {
  /** Structurally acceptable: no errors (warnings allowed). */
  valid: boolean;
  /** Trimmed, spaces removed, full-width folded, upper-cased. */
  normalized: string;
  /** Null when the normalized value is not 18 characters long. */
  parts: CreditCodeParts | null;
  /** Hard failures (length, character set, positions 3–8), in Chinese. */
  errors: string[];
  /** Checksum mismatches (C18, embedded GB 11714 C9), in Chinese, naming the expected character. */
  warnings: string[];
}

function usccValue(ch: string): number {
  return USCC_SYMBOLS.indexOf(ch);
}

/**
 * The GB 32100 check character (position 18) for the first 17 characters:
 * C18 = (31 − Σ Ci·Wi mod 31) mod 31, mapped back through the 31-symbol table (admin-formats.md §1.2).
 * Input is normalised like {@link checkCreditCode}. Returns null unless it is 17 characters of the
 * GB 32100 character set.
 *
 * @example creditCodeCheckChar('91350100M000100Y4') //=> '3'
 */
export function creditCodeCheckChar(first17: string): string | null {
  const s = normalizeCreditCode(first17);
  if (s.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = usccValue(s[i] as string);
    if (v < 0) return null;
    sum += v * (C18_WEIGHTS[i] as number);
  }
  return USCC_SYMBOLS[(31 - (sum % 31)) % 31] as string;
}

/**
 * GB 11714-1997 check character for an 8-character organisation-code body. Letters use the full Latin
 * alphabet A=10 … Z=35 (not the 31-symbol table). C9 = 11 − Σ mod 11; 10 → 'X', 11 → '0'.
 */
function orgCodeCheckChar(body8: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8[i] as string;
    let v: number;
    if (ch >= '0' && ch <= '9') v = ch.charCodeAt(0) - 48;
    else if (ch >= 'A' && ch <= 'Z') v = ch.charCodeAt(0) - 55;
    else return null;
    sum += v * (C9_WEIGHTS[i] as number);
  }
  const c9 = 11 - (sum % 11);
  return c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9);
}

function normalizeCreditCode(raw: string): string {
  return toHalfWidth(String(raw ?? '')).replace(/\s+/g, '').toUpperCase();
}

/**
 * Checks a 统一社会信用代码: structure (errors) and both checksums (warnings).
 *
 * @example checkCreditCode('91430426MA4QA91117').valid //=> true
 * @example checkCreditCode('91350100M000100Y4Z').warnings //=> ['校验码不符：第18位应为"3"，…']
 */
export function checkCreditCode(raw: string): CreditCodeCheck {
  const normalized = normalizeCreditCode(raw);
  const errors: string[] = [];
  const warnings: string[] = [];

  if (normalized.length === 0) {
    return { valid: false, normalized, parts: null, errors: ['统一社会信用代码为空'], warnings };
  }
  const chars = [...normalized];
  if (chars.length !== 18) {
    errors.push(`统一社会信用代码应为18位，实际为${chars.length}位`);
  }
  // Positions 1–17 must use the 31-symbol set. Position 18 only has to be a digit or Latin letter: a check
  // character outside the set (e.g. the standard's own misprinted example …Y4Z) is a checksum mismatch,
  // reported as a warning below, because old real codes fail the checksum too.
  const bad = chars
    .map((ch, i) => ({ ch, pos: i + 1 }))
    .filter(({ ch, pos }) => (pos === 18 && chars.length === 18 ? !/^[0-9A-Z]$/.test(ch) : usccValue(ch) < 0));
  if (bad.length > 0) {
    const list = bad.map(({ ch, pos }) => `第${pos}位"${ch}"`).join('、');
    errors.push(`含非法字符：${list}（只允许数字和除I、O、S、V、Z以外的大写字母）`);
  }
  if (chars.length >= 8) {
    const div = chars.slice(2, 8).join('');
    if (!/^\d{6}$/.test(div)) {
      errors.push(`第3-8位（登记管理机关行政区划码）应为6位数字，实际为"${div}"`);
    }
  }

  const parts: CreditCodeParts | null =
    chars.length === 18
      ? {
          registrationDept: normalized.slice(0, 1),
          orgType: normalized.slice(1, 2),
          divisionCode: normalized.slice(2, 8),
          orgCode: normalized.slice(8, 17),
          checkChar: normalized.slice(17, 18),
        }
      : null;

  if (errors.length === 0 && parts !== null) {
    const expected18 = creditCodeCheckChar(normalized.slice(0, 17));
    if (expected18 !== null && expected18 !== parts.checkChar) {
      warnings.push(
        `校验码不符：第18位应为"${expected18}"，实际为"${parts.checkChar}"（GB 32100）。` +
          '部分早期登记的代码不符合校验规则，请核对营业执照原件',
      );
    }
    const expected9 = orgCodeCheckChar(parts.orgCode.slice(0, 8));
    const actual9 = parts.orgCode.slice(8, 9);
    if (expected9 !== null && expected9 !== actual9) {
      warnings.push(
        `组织机构代码（第9-17位）校验码不符：第17位应为"${expected9}"，实际为"${actual9}"（GB 11714）。请核对原件`,
      );
    }
  }

  return { valid: errors.length === 0, normalized, parts, errors, warnings };
}
