import { describe, it, expect } from 'vitest';
import { formatEiaDocumentNumber, parseEiaDocumentNumber } from './eiaDocumentNumber.js';

// Vectors: shared/domain/admin-formats.md §4.1 and §10 "eia_doc_no".
describe('parseEiaDocumentNumber — vectors', () => {
  it.each([
    ['祁环评[2019]43号', '祁环评', 2019, '43', '祁环评〔2019〕43号'],
    ['湘环评函[2014]27号', '湘环评函', 2014, '27', '湘环评函〔2014〕27号'],
    ['衡环函[2014]97号', '衡环函', 2014, '97', '衡环函〔2014〕97号'],
    ['深环批〔2025〕118 号', '深环批', 2025, '118', '深环批〔2025〕118号'],
    ['通环审〔2026〕5-2 号', '通环审', 2026, '5-2', '通环审〔2026〕5-2号'],
  ])('%s → (%s, %d, %s), canonical %s', (raw, agency, year, seq, canonical) => {
    const r = parseEiaDocumentNumber(raw);
    expect(r.valid).toBe(true);
    expect(r.parts).toEqual({ agency, year, seq });
    expect(r.normalized).toBe(canonical);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('衡环评[2017]081号: leading zero → parses, seq "081" kept, warning (GB/T 9704: no 虚位)', () => {
    const r = parseEiaDocumentNumber('衡环评[2017]081号');
    expect(r.valid).toBe(true);
    expect(r.parts).toEqual({ agency: '衡环评', year: 2017, seq: '081' });
    expect(r.normalized).toBe('衡环评〔2017〕081号');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('前导零');
    expect(r.warnings[0]).toContain('GB/T 9704');
  });
});

describe('parseEiaDocumentNumber — bracket and spacing variants', () => {
  it.each([
    '祁环评〔2019〕43号',
    '祁环评［2019］43号',
    '祁环评（2019）43号',
    '祁环评(2019)43号',
    '祁环评【2019】43号',
    '祁环评﹝2019﹞43号',
    '祁环评〔2019]43号',
    ' 祁 环 评 [ 2019 ] 43 号 ',
  ])('%s → 祁环评〔2019〕43号', (raw) => {
    const r = parseEiaDocumentNumber(raw);
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe('祁环评〔2019〕43号');
    expect(r.warnings).toEqual([]);
  });

  it('leading zero in a sub-number is warned too', () => {
    expect(parseEiaDocumentNumber('通环审〔2026〕5-02号').warnings).toHaveLength(1);
  });

  it('第 before the number and a missing 号 are accepted with warnings', () => {
    const r = parseEiaDocumentNumber('祁环评[2019]第43号');
    expect(r.parts?.seq).toBe('43');
    expect(r.warnings[0]).toContain('"第"');
    const r2 = parseEiaDocumentNumber('祁环评[2019]43');
    expect(r2.valid).toBe(true);
    expect(r2.normalized).toBe('祁环评〔2019〕43号');
    expect(r2.warnings[0]).toContain('缺少"号"');
  });
});

describe('parseEiaDocumentNumber — bad input', () => {
  it('empty → error', () => {
    expect(parseEiaDocumentNumber('  ').errors).toEqual(['环评批复文号为空']);
  });

  it.each([
    '祁环评2019 43号', // no brackets
    '[2019]43号', // no agency
    '祁环评[19]43号', // 2-digit year
    '祁环评[2019]号', // no number
    '(2013)吕环行审12号', // year-first local format
    '祁环评[2019]43号附件',
    '91430426MA4QA91117',
  ])('%s → error', (raw) => {
    const r = parseEiaDocumentNumber(raw);
    expect(r.valid).toBe(false);
    expect(r.parts).toBeNull();
    expect(r.errors[0]).toContain('无法识别的环评批复文号');
  });

  it('implausible year → error', () => {
    const r = parseEiaDocumentNumber('祁环评[3019]43号');
    expect(r.valid).toBe(false);
    expect(r.errors[0]).toContain('年份');
  });
});

describe('formatEiaDocumentNumber', () => {
  it('writes 〔〕 and 号, keeping the sequence as given', () => {
    expect(formatEiaDocumentNumber({ agency: '湘环评函', year: 2014, seq: '27' })).toBe('湘环评函〔2014〕27号');
    expect(formatEiaDocumentNumber({ agency: '衡环评', year: '2017', seq: '081' })).toBe('衡环评〔2017〕081号');
  });
});
