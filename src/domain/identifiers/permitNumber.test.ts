import { describe, it, expect } from 'vitest';
import { parsePermitNumber } from './permitNumber.js';

// Vectors: shared/domain/admin-formats.md §2.2 and §10 "permit".
describe('parsePermitNumber — vectors', () => {
  it.each([
    ['91430426MA4QA91117001U', '91430426MA4QA91117', '001', 'U'],
    ['914304267580286729001V', '914304267580286729', '001', 'V'],
    ['91430426574317699E001Q', '91430426574317699E', '001', 'Q'],
    ['91130200699229617X001P', '91130200699229617X', '001', 'P'],
    ['91130200699229617X002P', '91130200699229617X', '002', 'P'],
  ])('%s → %s / %s / %s, valid, no warnings', (raw, creditCode, seq, tail) => {
    const r = parsePermitNumber(raw);
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe(raw);
    expect(r.parts).toEqual({ creditCode, seq, tail });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});

describe('parsePermitNumber — normalisation', () => {
  it('strips spaces, folds full-width, upper-cases', () => {
    const r = parsePermitNumber(' 91430426ma4qa91117 001ｕ ');
    expect(r.normalized).toBe('91430426MA4QA91117001U');
    expect(r.valid).toBe(true);
  });
});

describe('parsePermitNumber — credit-code warnings are carried over', () => {
  it('a prefix failing C18 (real old code 91350203M0001QKT19) → valid, warning expects "F"', () => {
    const r = parsePermitNumber('91350203M0001QKT19001P');
    expect(r.valid).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('统一社会信用代码部分');
    expect(r.warnings[0]).toContain('第18位应为"F"');
  });

  it('a citizen-ID-like prefix → GB 11714 warning', () => {
    const r = parsePermitNumber('362322198709086409001Q');
    expect(r.valid).toBe(true);
    expect(r.warnings[0]).toContain('GB 11714');
  });
});

describe('parsePermitNumber — the 22nd character', () => {
  it('is kept verbatim; no management class is derived from it', () => {
    const r = parsePermitNumber('91430426MA4QA91117001W');
    expect(r.parts?.tail).toBe('W');
    expect(Object.keys(r)).not.toContain('managementClass');
  });

  it('a digit is accepted with a warning (2016 rule allowed digits)', () => {
    const r = parsePermitNumber('91430426MA4QA911170015');
    expect(r.valid).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('第22位');
  });
});

describe('parsePermitNumber — H9 codes for units without a credit code (2016 trial rule)', () => {
  it('H9 + division + 0000 + 5-digit sequence + lower-case letter → valid with a notice', () => {
    const r = parsePermitNumber('H9430426000000012a001P');
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe('H9430426000000012a001P');
    expect(r.parts).toEqual({ creditCode: 'H9430426000000012a', seq: '001', tail: 'P' });
    expect(r.warnings[0]).toContain('H9');
  });

  it('H9 with i or o as letter → error', () => {
    expect(parsePermitNumber('H9430426000000012o001P').valid).toBe(false);
  });
});

describe('parsePermitNumber — bad input', () => {
  it('empty → error', () => {
    expect(parsePermitNumber('').errors).toEqual(['排污许可证/登记编号为空']);
  });

  it('a bare credit code (18 chars) → length error with a hint', () => {
    const r = parsePermitNumber('91430426MA4QA91117');
    expect(r.valid).toBe(false);
    expect(r.parts).toBeNull();
    expect(r.errors[0]).toContain('实际为18位');
    expect(r.errors[0]).toContain('缺少第19-22位');
  });

  it('21 or 23 characters → length error', () => {
    expect(parsePermitNumber('91430426MA4QA91117001').errors[0]).toContain('实际为21位');
    expect(parsePermitNumber('91430426MA4QA91117001UU').errors[0]).toContain('实际为23位');
  });

  it('non-digit sequence → error', () => {
    const r = parsePermitNumber('91430426MA4QA91117A01U');
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual(['第19-21位（顺序码）应为3位数字，实际为"A01"']);
  });

  it('a broken credit-code part → prefixed error', () => {
    const r = parsePermitNumber('9143A426MA4QA91117001U');
    expect(r.valid).toBe(false);
    expect(r.errors[0]).toMatch(/^统一社会信用代码部分（第1-18位）：第3-8位/);
  });

  it('punctuation as 22nd character → error', () => {
    const r = parsePermitNumber('91430426MA4QA91117001#');
    expect(r.valid).toBe(false);
    expect(r.errors[0]).toContain('第22位');
  });
});
