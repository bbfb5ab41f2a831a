import { GBT4754_2017 } from './gbt4754.js';

/** GB/T 4754 level: 门类 / 大类 / 中类 / 小类. */
export type IndustryLevel = 'section' | 'division' | 'group' | 'class';

/** One industry with its place in the hierarchy. Codes carry the 门类 letter ("C3612"). */
export interface Industry {
  code: string;
  name: string;
  level: IndustryLevel;
  /** 门类 letter, e.g. "C". */
  sectionCode: string;
  /** 门类 name, e.g. 制造业. */
  sectionName: string;
  /** 大类 code, e.g. "C36" (itself for a 大类; null for a 门类). */
  divisionCode: string | null;
  /** The code one level up, or null for a 门类. */
  parentCode: string | null;
}

const NAMES = new Map<string, string>(GBT4754_2017.map(([code, name]) => [code, name]));

/** 大类 number (2 digits) → 门类 letter, from the vendored 大类 rows. */
const SECTION_OF_DIVISION = new Map<string, string>(
  GBT4754_2017.filter(([code]) => code.length === 3).map(([code]) => [code.slice(1), code.slice(0, 1)]),
);

const LEVEL_BY_LENGTH: Record<number, IndustryLevel> = { 1: 'section', 3: 'division', 4: 'group', 5: 'class' };

function fold(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

/**
 * Canonical letter-prefixed form of a GB/T 4754 code, or null if it is not shaped like one.
 * Accepts "C", "c38", "C2619", and bare digits "38" / "2619" (门类 derived from the 大类).
 * A letter that does not match the 大类 (e.g. "B38") gives null.
 */
export function canonicalIndustryCode(code: string): string | null {
  if (typeof code !== 'string') return null;
  const c = fold(code).toUpperCase();
  if (/^[A-T]$/.test(c)) return c;
  const m = /^([A-T])?(\d{2,4})$/.exec(c);
  if (m === null) return null;
  const digits = m[2] as string;
  const section = SECTION_OF_DIVISION.get(digits.slice(0, 2));
  if (section === undefined) return null;
  if (m[1] !== undefined && m[1] !== section) return null;
  return section + digits;
}

/**
 * Looks up a GB/T 4754-2017 code ("C", "C38", "C2619"; bare digits "38" also accepted).
 * Null for malformed codes and for 中类/小类 that are not vendored (only a few are; see gbt4754.ts).
 *
 * @example lookupIndustry('C3612')?.name //=> '新能源车整车制造'
 */
export function lookupIndustry(code: string): Industry | null {
  const c = canonicalIndustryCode(code);
  if (c === null) return null;
  const name = NAMES.get(c);
  if (name === undefined) return null;
  const level = LEVEL_BY_LENGTH[c.length] as IndustryLevel;
  const sectionCode = c.slice(0, 1);
  return {
    code: c,
    name,
    level,
    sectionCode,
    sectionName: NAMES.get(sectionCode) ?? '',
    divisionCode: level === 'section' ? null : c.slice(0, 3),
    parentCode: level === 'section' ? null : level === 'division' ? sectionCode : c.slice(0, c.length - 1),
  };
}
