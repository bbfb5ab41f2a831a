import { toHalfWidth } from './toHalfWidth.js';

/**
 * 环评批复文号 (EIA approval document number): 机关代字〔年份〕序号号, e.g. 祁环评〔2019〕43号.
 *
 * GB/T 9704-2012 §7.2.5: the year is written in full inside 六角括号 〔〕, the sequence number has no 第
 * and no 虚位 (1 is not written 01), followed by 号. Real documents deviate (admin-formats.md §4.1), so
 * this parser also accepts [] ［］ （） () 【】 ﹝﹞ (even mixed), spaces anywhere, a sub-number `N-M`,
 * leading zeros (warning), a 第 before the number (warning) and a missing 号 (warning).
 * Year-first local formats such as "(2013)吕环行审…" are not parsed.
 */

/** The parts of a 文号. */
export interface EiaDocumentNumberParts {
  /** 机关代字, e.g. 祁环评, 湘环评函. */
  agency: string;
  year: number;
  /** 发文顺序号 as printed: leading zeros and `N-M` sub-numbers kept. */
  seq: string;
}

/** Result of {@link parseEiaDocumentNumber}. */
export interface EiaDocumentNumberParse {
  valid: boolean;
  /** Canonical form (〔〕, no spaces) when parsed; otherwise the input without spaces. */
  normalized: string;
  parts: EiaDocumentNumberParts | null;
  errors: string[];
  warnings: string[];
}

const RE =
  /^(?<agency>[\u4e00-\u9fa5A-Za-z]+?)[〔[(【﹝](?<year>\d{4})[〕\])】﹞](?<di>第)?(?<seq>\d+(?:-\d+)?)(?<hao>号)?$/;

/**
 * Writes a 文号 in the canonical GB/T 9704 form `机关代字〔YYYY〕N号`. The sequence number is written as
 * given: a leading zero printed on the issued document is part of how that document is cited.
 *
 * @example formatEiaDocumentNumber({ agency: '祁环评', year: 2019, seq: '43' }) //=> '祁环评〔2019〕43号'
 */
export function formatEiaDocumentNumber(parts: { agency: string; year: number | string; seq: string }): string {
  return `${parts.agency}〔${parts.year}〕${parts.seq}号`;
}

/**
 * Parses a 环评批复文号 best-effort into agency, year and sequence.
 *
 * @example parseEiaDocumentNumber('衡环评[2017]081号').parts //=> { agency: '衡环评', year: 2017, seq: '081' }
 */
export function parseEiaDocumentNumber(raw: string): EiaDocumentNumberParse {
  const compact = toHalfWidth(String(raw ?? ''))
    .replace(/\s+/g, '')
    .replace(/[‐‑‒–—―−﹣]/g, '-');
  const errors: string[] = [];
  const warnings: string[] = [];

  if (compact.length === 0) {
    return { valid: false, normalized: compact, parts: null, errors: ['环评批复文号为空'], warnings };
  }

  const m = RE.exec(compact);
  if (m === null || m.groups === undefined) {
    errors.push(`无法识别的环评批复文号"${compact}"：应为"机关代字〔年份〕序号号"，如"祁环评〔2019〕43号"`);
    return { valid: false, normalized: compact, parts: null, errors, warnings };
  }
  const { agency, year: yearText, di, seq, hao } = m.groups as {
    agency: string;
    year: string;
    di?: string;
    seq: string;
    hao?: string;
  };
  const year = Number(yearText);
  if (year < 1900 || year > 2099) {
    errors.push(`文号年份"${yearText}"不合理，应为4位完整年份（如2019）`);
  }
  if (seq.split('-').some((n) => n.length > 1 && n.startsWith('0'))) {
    warnings.push(`发文顺序号"${seq}"含前导零（GB/T 9704-2012规定不编虚位，即1不编为01），已按原样保留`);
  }
  if (di !== undefined) warnings.push('发文顺序号前不应加"第"字（GB/T 9704-2012），已去除');
  if (hao === undefined) warnings.push('文号末尾缺少"号"字，已补全');

  const parts: EiaDocumentNumberParts = { agency, year, seq };
  return { valid: errors.length === 0, normalized: formatEiaDocumentNumber(parts), parts, errors, warnings };
}
