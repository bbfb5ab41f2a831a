import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { wwtpEffluent } from './wwtpEffluent.js';

const date = '2024-05-01';

// standards.md §8.1 test vectors.
describe('wwtpEffluent — vectors', () => {
  it('plant built 2008, 1A, TP 0.8 → exceeds (0.5); built 2004 → compliant (1)', () => {
    const late = wwtpEffluent({ TP: 0.8 }, { date, grade: '1A', builtOn: '2008-03-01' });
    expect(late.items[0]).toMatchObject({ limit: '0.5', exceeds: true, multiple: '0.60' });
    expect(wwtpEffluent({ TP: 0.8 }, { date, grade: '1A', builtOn: '2004-03-01' }).items[0]).toMatchObject({ limit: '1', exceeds: false });
  });

  it('1A NH3-N 6 at 15 ℃ → exceeds (5); at 10 ℃ → compliant (8)', () => {
    expect(wwtpEffluent({ 'NH3-N': 6 }, { date, grade: '1A', waterTempC: 15 }).items[0]).toMatchObject({ limit: '5', exceeds: true });
    expect(wwtpEffluent({ 'NH3-N': 6 }, { date, grade: '1A', waterTempC: 10 }).items[0]).toMatchObject({ limit: '8', exceeds: false });
  });

  it('1B COD 55 → compliant (60)', () => {
    expect(wwtpEffluent({ COD: 55 }, { date, grade: '1B' }).compliant).toBe(true);
  });

  it('fecal coliform 2000/L at 1A → exceeds (1000)', () => {
    expect(wwtpEffluent({ 粪大肠菌群数: 2000 }, { date, grade: '1A' }).items[0]).toMatchObject({ limit: '1000', exceeds: true, multiple: '1.00' });
  });
});

describe('wwtpEffluent — rules', () => {
  it('12 ℃ exactly takes the bracketed (cold) limit', () => {
    expect(wwtpEffluent({ 氨氮: 7 }, { date, grade: '1A', waterTempC: 12 }).items[0].limit).toBe('8');
  });

  it('items not controlled at the grade (TN at grade 2) carry no limit', () => {
    expect(wwtpEffluent({ TN: 30 }, { date, grade: '2' }).items[0]).toMatchObject({ limit: null, exceeds: false });
  });

  it('grade 3: influent COD above 350 → judged by removal > 60 %', () => {
    const ok = wwtpEffluent({ COD: 150 }, { date, grade: '3', influent: { COD: 400 } });
    expect(ok.items[0]).toMatchObject({ limit: '去除率>60%', exceeds: false });
    const bad = wwtpEffluent({ COD: 160 }, { date, grade: '3', influent: { COD: 400 } }); // 60 % exactly is not > 60 %
    expect(bad.items[0].exceeds).toBe(true);
    expect(wwtpEffluent({ COD: 130 }, { date, grade: '3', influent: { COD: 300 } }).items[0]).toMatchObject({ limit: '120', exceeds: true });
  });

  it('pH range, alkyl mercury not detected, metals at every grade', () => {
    const r = wwtpEffluent({ pH: 9.2, 烷基汞: 'ND', 总镉: 0.02 }, { date, grade: '2' });
    expect(r.items.map((i) => [i.item, i.limit, i.exceeds])).toEqual([
      ['pH', '6～9', true],
      ['alkylHg', '不得检出', false],
      ['Cd', '0.01', true],
    ]);
    expect(wwtpEffluent({ 烷基汞: 0.00001 }, { date, grade: '1A' }).compliant).toBe(false);
  });
});

describe('wwtpEffluent — bad input', () => {
  it('names the field and value', () => {
    expect(() => wwtpEffluent({ 'NH3-N': 6 }, { date, grade: '1A' })).toThrow('waterTempC 的值"（缺少）"无效');
    expect(() => wwtpEffluent({ TP: 0.8 }, { date, grade: '1B' })).toThrow('builtOn 的值"（缺少）"无效');
    expect(() => wwtpEffluent({ COD: 1 }, { date, grade: '1C' as never })).toThrow('grade 的值"1C"无效');
    expect(() => wwtpEffluent({ COD: 'abc' }, { date, grade: '1A' })).toThrow('COD 的值"abc"无效');
    expect(() => wwtpEffluent({ COD: 1 }, { date: '2003-06-30', grade: '1A' })).toThrow(StandardInputError);
  });
});
