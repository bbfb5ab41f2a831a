import { checkCreditCode } from './creditCode.js';
import { toHalfWidth } from './toHalfWidth.js';

/**
 * 排污许可证编号 / 排污登记编号 (pollutant-discharge permit or registration number), 22 characters:
 *
 * | pos   | part                                                       |
 * |-------|------------------------------------------------------------|
 * | 1–18  | 排污单位统一社会信用代码 (or an H9 code for units without one) |
 * | 19–21 | 顺序码: sites of one unit, 001, 002, …                      |
 * | 22    | 特别标识码 (HJ 608-2017; "校验码" in the 2016 trial rule)     |
 *
 * Sources: 《固定污染源（水、大气）编码规则（试行）》(2016) and HJ 608-2017 附录A; see
 * shared/domain/admin-formats.md §2. Registration numbers (排污登记编号) are INFERRED to share the shape.
 *
 * UNCONFIRMED: the meaning of the 22nd character. It is not a positional checksum (HJ 608 gives
 * …001P and …002P for one unit) and no source maps letters to 重点/简化/登记 管理. So it is kept verbatim
 * as `tail` and the management class (管理类别) must NOT be derived from it: that is a separate field,
 * entered from the permit or the registration receipt.
 */

/** The parts of a 22-character permit or registration number. */
export interface PermitNumberParts {
  /** Positions 1–18: the unit's 统一社会信用代码 (or H9 code). */
  creditCode: string;
  /** Positions 19–21: 顺序码. */
  seq: string;
  /** Position 22: 特别标识码, opaque (meaning UNCONFIRMED). */
  tail: string;
}

/** Result of {@link parsePermitNumber}. */
export interface PermitNumberParse {
  /** Structurally acceptable: no errors (warnings allowed). */
  valid: boolean;
  /** Spaces removed, full-width folded, upper-cased (an H9 code's 18th letter stays lower-case). */
  normalized: string;
  /** Null unless the normalized value is 22 characters long. */
  parts: PermitNumberParts | null;
  errors: string[];
  /** Includes the credit-code warnings (checksum mismatches), prefixed. */
  warnings: string[];
}

const CREDIT_PREFIX = '统一社会信用代码部分（第1-18位）：';

/**
 * 2016 trial rule, for units with neither a credit code nor an organisation code:
 * "H9" + 6-digit division + "0000" + 5-digit sequence + 1 lower-case letter (a–z except i, o);
 * with an organisation code: "H9" + 6-digit division + 9-char 组织机构代码 + 1 letter.
 */
const H9_RE = /^H9\d{6}[0-9A-Z]{9}[a-hj-np-z]$/i;

function normalizePermitNumber(raw: string): string {
  const s = toHalfWidth(String(raw ?? '')).replace(/\s+/g, '');
  if (/^h9/i.test(s) && s.length >= 18) {
    // keep position 18 of an H9 code lower-case, as the 2016 rule writes it
    return s.slice(0, 17).toUpperCase() + s.slice(17, 18).toLowerCase() + s.slice(18).toUpperCase();
  }
  return s.toUpperCase();
}

/**
 * Parses a 排污许可证编号 or 排污登记编号: `credit code (18) + 3-digit sequence + 1 letter`.
 * The credit-code part is checked with checkCreditCode; its checksum warnings are carried over.
 *
 * @example parsePermitNumber('91430426MA4QA91117001U').parts //=> { creditCode: '91430426MA4QA91117', seq: '001', tail: 'U' }
 */
export function parsePermitNumber(raw: string): PermitNumberParse {
  const normalized = normalizePermitNumber(raw);
  const errors: string[] = [];
  const warnings: string[] = [];

  if (normalized.length === 0) {
    return { valid: false, normalized, parts: null, errors: ['排污许可证/登记编号为空'], warnings };
  }
  const chars = [...normalized];
  if (chars.length !== 22) {
    let msg = `排污许可证/登记编号应为22位（统一社会信用代码18位+顺序码3位+标识码1位），实际为${chars.length}位`;
    if (chars.length === 18 && checkCreditCode(normalized).valid) {
      msg += '；这似乎只是统一社会信用代码，缺少第19-22位';
    }
    return { valid: false, normalized, parts: null, errors: [msg], warnings };
  }

  const parts: PermitNumberParts = {
    creditCode: normalized.slice(0, 18),
    seq: normalized.slice(18, 21),
    tail: normalized.slice(21, 22),
  };

  if (/^H9/.test(parts.creditCode)) {
    if (!H9_RE.test(parts.creditCode)) {
      errors.push(
        `第1-18位H9编码格式不符：应为"H9"+6位行政区划码+9位组织机构代码或"0000"+5位顺序码+1位字母，实际为"${parts.creditCode}"`,
      );
    } else {
      warnings.push('第1-18位为H9编码（排污单位无统一社会信用代码，2016年试行编码规则），未做统一社会信用代码校验');
    }
  } else {
    const cc = checkCreditCode(parts.creditCode);
    for (const e of cc.errors) errors.push(CREDIT_PREFIX + e);
    for (const w of cc.warnings) warnings.push(CREDIT_PREFIX + w);
  }

  if (!/^\d{3}$/.test(parts.seq)) {
    errors.push(`第19-21位（顺序码）应为3位数字，实际为"${parts.seq}"`);
  }
  if (/^\d$/.test(parts.tail)) {
    // The 2016 trial rule allowed "1位阿拉伯数字或字母"; every example seen since HJ 608-2017 is a letter.
    warnings.push(`第22位（特别标识码）为数字"${parts.tail}"，通常为字母，请核对`);
  } else if (!/^[A-Z]$/.test(parts.tail)) {
    errors.push(`第22位（特别标识码）应为1位字母，实际为"${parts.tail}"`);
  }

  return { valid: errors.length === 0, normalized, parts, errors, warnings };
}
