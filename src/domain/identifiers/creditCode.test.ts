import { describe, it, expect } from 'vitest';
import { checkCreditCode, creditCodeCheckChar } from './creditCode.js';

// Vectors: shared/domain/admin-formats.md §1.4, §1.5 and §10.
const VALID = [
  '91430426MA4QA91117',
  '914304267580286729',
  '91430426574317699E',
  '91130200699229617X',
  '911302307808371268',
  '91110108551385082Q',
  '9135052155323005XL', // org check char = X
  '91350100M000100Y43', // the standard's example, corrected
  '91430426MA4QA94960', // synthetic: C18 = '0' (Σ mod 31 = 0)
  '91430426MA4QA912XY', // synthetic: org check char = X
];

describe('checkCreditCode — valid vectors (§10 uscc_valid)', () => {
  it.each(VALID)('%s is valid with no errors and no warnings', (code) => {
    const r = checkCreditCode(code);
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe(code);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('splits 91430426MA4QA91117 into its parts', () => {
    expect(checkCreditCode('91430426MA4QA91117').parts).toEqual({
      registrationDept: '9',
      orgType: '1',
      divisionCode: '430426',
      orgCode: 'MA4QA9111',
      checkChar: '7',
    });
  });
});

describe('checkCreditCode — checksum mismatches are warnings (§10 uscc_check18_fail)', () => {
  it('91350100M000100Y4Z: valid structure, C18 warning naming expected "3"', () => {
    const r = checkCreditCode('91350100M000100Y4Z');
    expect(r.valid).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('第18位应为"3"');
    expect(r.warnings[0]).toContain('实际为"Z"');
  });

  it('91430426MA4QA91118: C18 warning naming expected "7"', () => {
    const r = checkCreditCode('91430426MA4QA91118');
    expect(r.valid).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('第18位应为"7"');
  });

  it('91310115MA1H8R7C6D (blog example): C18 expects "7" and org C9 expects "4"', () => {
    const r = checkCreditCode('91310115MA1H8R7C6D');
    expect(r.valid).toBe(true);
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toContain('第18位应为"7"');
    expect(r.warnings[1]).toContain('组织机构代码');
    expect(r.warnings[1]).toContain('应为"4"');
  });

  it('362322198709086409 (a citizen ID) passes C18 but the GB 11714 check warns: expected "5", got "0"', () => {
    const r = checkCreditCode('362322198709086409');
    expect(r.valid).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('GB 11714');
    expect(r.warnings[0]).toContain('应为"5"');
    expect(r.warnings[0]).toContain('实际为"0"');
  });

  it('91350203M0001QKT19 (real, non-conforming, §1.5): warning only, expected "F"; C9 fine', () => {
    const r = checkCreditCode('91350203M0001QKT19');
    expect(r.valid).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('第18位应为"F"');
  });
});

describe('checkCreditCode — normalisation', () => {
  it('trims, strips inner spaces and upper-cases', () => {
    const r = checkCreditCode('  9143 0426 ma4qa9 1117\t');
    expect(r.normalized).toBe('91430426MA4QA91117');
    expect(r.valid).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('folds full-width characters', () => {
    const r = checkCreditCode('９１４３０４２６ＭＡ４ＱＡ９１１１７');
    expect(r.normalized).toBe('91430426MA4QA91117');
    expect(r.valid).toBe(true);
  });

  it('accepts letters in positions 1–2 (department codes beyond GB 32100)', () => {
    const r = checkCreditCode('Y1430426MA4QA91117');
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });
});

describe('checkCreditCode — bad input (errors)', () => {
  it('17 characters (§10 uscc_bad_length) → length error, no parts', () => {
    const r = checkCreditCode('91430426MA4QA9111');
    expect(r.valid).toBe(false);
    expect(r.parts).toBeNull();
    expect(r.errors).toEqual(['统一社会信用代码应为18位，实际为17位']);
  });

  it('19 characters → length error', () => {
    const r = checkCreditCode('91430426MA4QA911170');
    expect(r.valid).toBe(false);
    expect(r.errors[0]).toBe('统一社会信用代码应为18位，实际为19位');
  });

  it('empty or blank → error', () => {
    expect(checkCreditCode('').errors).toEqual(['统一社会信用代码为空']);
    expect(checkCreditCode('   ').valid).toBe(false);
  });

  it('I, O, S, V, Z are not in the character set of positions 1–17', () => {
    const r = checkCreditCode('91430426MI4QA911O7');
    expect(r.valid).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain('第10位"I"');
    expect(r.errors[0]).toContain('第17位"O"');
    expect(r.warnings).toEqual([]); // no checksum is computed on a broken code
  });

  it('position 18 must be a digit or a Latin letter', () => {
    const r = checkCreditCode('91430426MA4QA9111-');
    expect(r.valid).toBe(false);
    expect(r.errors[0]).toContain('第18位"-"');
  });

  it('punctuation and CJK are rejected', () => {
    expect(checkCreditCode('91430426-A4QA91117').valid).toBe(false);
    expect(checkCreditCode('91430426MA4QA9111号').valid).toBe(false);
  });

  it('positions 3–8 must be digits', () => {
    const r = checkCreditCode('9143A426MA4QA91117');
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual(['第3-8位（登记管理机关行政区划码）应为6位数字，实际为"43A426"']);
  });
});

describe('creditCodeCheckChar', () => {
  it('worked examples: Σ=1640 → "3"; Σ=1853 → "7"; Σ mod 31 = 0 → "0"', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91430426MA4QA9111')).toBe('7');
    expect(creditCodeCheckChar('91430426MA4QA9496')).toBe('0');
    expect(creditCodeCheckChar('91430426574317699')).toBe('E');
    expect(creditCodeCheckChar('91350203M0001QKT1')).toBe('F');
  });

  it('null for wrong length or characters outside the set', () => {
    expect(creditCodeCheckChar('9143042')).toBeNull();
    expect(creditCodeCheckChar('91430426MA4QA91117')).toBeNull();
    expect(creditCodeCheckChar('91430426MA4QA911O')).toBeNull();
    expect(creditCodeCheckChar('')).toBeNull();
  });
});
