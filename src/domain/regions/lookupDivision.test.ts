import { describe, it, expect } from 'vitest';
import { lookupDivision } from './lookupDivision.js';
import { DIVISIONS } from './divisions.js';

describe('lookupDivision', () => {
  it('430426 → 湖南省衡阳市祁东县 (admin-formats.md §5/§10 vector)', () => {
    expect(lookupDivision('430426')).toEqual({
      code: '430426',
      name: '祁东县',
      level: 'county',
      provinceCode: '430000',
      prefectureCode: '430400',
      fullName: '湖南省衡阳市祁东县',
    });
  });

  it('431181 → 湖南省永州市祁阳市 (2021 update)', () => {
    const d = lookupDivision('431181');
    expect(d?.name).toBe('祁阳市');
    expect(d?.fullName).toBe('湖南省永州市祁阳市');
    expect(d?.prefectureCode).toBe('431100');
  });

  it('431121 (祁阳县, retired 2021) → null', () => {
    expect(lookupDivision('431121')).toBeNull();
  });

  it('Chongqing: 500101 → 重庆市万州区, the 市辖区 grouping is not printed', () => {
    const d = lookupDivision('500101');
    expect(d?.fullName).toBe('重庆市万州区');
    expect(d?.level).toBe('county');
    expect(d?.provinceCode).toBe('500000');
    expect(d?.prefectureCode).toBe('500100');
  });

  it('Chongqing county under 500200 县: 500243 → 重庆市彭水苗族土家族自治县', () => {
    expect(lookupDivision('500243')?.fullName).toBe('重庆市彭水苗族土家族自治县');
    expect(lookupDivision('500243')?.prefectureCode).toBe('500200');
  });

  it('prefecture and province levels', () => {
    expect(lookupDivision('430400')).toEqual({
      code: '430400',
      name: '衡阳市',
      level: 'prefecture',
      provinceCode: '430000',
      prefectureCode: '430400',
      fullName: '湖南省衡阳市',
    });
    expect(lookupDivision('430000')).toEqual({
      code: '430000',
      name: '湖南省',
      level: 'province',
      provinceCode: '430000',
      prefectureCode: null,
      fullName: '湖南省',
    });
    expect(lookupDivision('433100')?.fullName).toBe('湖南省湘西土家族苗族自治州');
    expect(lookupDivision('433101')?.fullName).toBe('湖南省湘西土家族苗族自治州吉首市');
  });

  it('every province-level unit is present; other provinces have no detail', () => {
    expect(DIVISIONS.filter(([c]) => c.endsWith('0000'))).toHaveLength(34);
    expect(lookupDivision('350000')?.name).toBe('福建省');
    expect(lookupDivision('350100')).toBeNull();
  });

  it('trims surrounding whitespace', () => {
    expect(lookupDivision(' 430426 ')?.code).toBe('430426');
  });

  it('bad input → null', () => {
    for (const bad of ['', '43042', '4304260', '43042a', '４３０４２６', '430476' /* statistics-only 7x code */, '999999', '000000']) {
      expect(lookupDivision(bad)).toBeNull();
    }
    expect(lookupDivision(undefined as unknown as string)).toBeNull();
  });
});

describe('DIVISIONS table', () => {
  const hunanPrefectures = DIVISIONS.filter(([c]) => c.startsWith('43') && /00$/.test(c) && !/0000$/.test(c));
  const hunanCounties = DIVISIONS.filter(([c]) => c.startsWith('43') && !/00$/.test(c));
  const cqCounties = DIVISIONS.filter(([c]) => c.startsWith('50') && !/00$/.test(c));

  it('Hunan: 14 prefecture-level, 122 county-level (MCA 2021 list, admin-formats.md §5)', () => {
    expect(hunanPrefectures).toHaveLength(14);
    expect(hunanCounties).toHaveLength(122);
  });

  it('Chongqing: 38 county-level (26 districts + 12 counties)', () => {
    expect(cqCounties).toHaveLength(38);
    expect(cqCounties.filter(([c]) => c.startsWith('5001'))).toHaveLength(26);
    expect(cqCounties.filter(([c]) => c.startsWith('5002'))).toHaveLength(12);
  });

  it('codes are unique and 6 digits', () => {
    const codes = DIVISIONS.map(([c]) => c);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^\d{6}$/);
  });

  it('every county has its prefecture in the table', () => {
    for (const [c] of [...hunanCounties, ...cqCounties]) {
      expect(lookupDivision(`${c.slice(0, 4)}00`), c).not.toBeNull();
    }
  });
});
