import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { integratedEffluent } from './integratedEffluent.js';

const NEW = { date: '2024-05-01', grade: '1' as const, builtOn: '2010-01-01' };
const OLD = { ...NEW, builtOn: '1995-01-01' };

// standards.md §8.2.
describe('integratedEffluent — GB 8978-1996 grade 1', () => {
  it('表4 grade 1: COD 100, BOD5 20, NH3-N 15, SS 70', () => {
    const r = integratedEffluent({ COD: 120, BOD5: 20, 氨氮: 16, SS: 70 }, NEW);
    expect(r.items.map((i) => [i.item, i.limit, i.exceeds, i.multiple])).toEqual([
      ['COD', '100', true, '0.20'],
      ['BOD5', '20', false, null],
      ['NH3-N', '15', true, '0.07'],
      ['SS', '70', false, null],
    ]);
    expect(r.exceedingItems).toEqual(['COD', 'NH3-N']);
  });

  it('表1 first-class pollutants are the same at every grade and date', () => {
    for (const opts of [NEW, OLD, { ...NEW, grade: '3' as const }]) {
      expect(integratedEffluent({ 总汞: 0.06, 苯并芘: 0.00003 }, opts).items.map((i) => [i.limit, i.exceeds])).toEqual([
        ['0.05', true],
        ['0.00003', false],
      ]);
    }
  });

  it('units built on or before 1997-12-31 take 表2 grade 1 (BOD5 30, petroleum 10, animal oil 20)', () => {
    const r = integratedEffluent({ BOD5: 25, 石油类: 8, 动植物油: 18 }, OLD);
    expect(r.items.map((i) => i.limit)).toEqual(['30', '10', '20']);
    expect(r.compliant).toBe(true);
    expect(integratedEffluent({ BOD5: 25 }, NEW).compliant).toBe(false);
  });

  it('grades 2 and 3 from 表4; "—" items are not controlled', () => {
    expect(integratedEffluent({ COD: 140 }, { ...NEW, grade: '2' }).compliant).toBe(true);
    expect(integratedEffluent({ 氨氮: 40 }, { ...NEW, grade: '3' }).items[0]).toMatchObject({ limit: null, exceeds: false });
  });

  it('pH 6–9 and alkyl mercury not detected', () => {
    expect(integratedEffluent({ pH: 5.9, 烷基汞: 'ND' }, NEW).items.map((i) => i.exceeds)).toEqual([true, false]);
  });
});

describe('integratedEffluent — bad input', () => {
  it('names the field and value', () => {
    expect(() => integratedEffluent({ COD: 1 }, { ...NEW, builtOn: undefined as never })).toThrow('builtOn 的值"（缺少）"无效');
    expect(() => integratedEffluent({ 挥发酚: 0.4 }, OLD)).toThrow('挥发酚 的值"0.4"无效，应为1997年底前建设单位的表2限值');
    expect(() => integratedEffluent({ COD: 1 }, { ...NEW, grade: '4' as never })).toThrow('grade 的值"4"无效');
    expect(() => integratedEffluent({ COD: -5 }, NEW)).toThrow('COD 的值"-5"无效');
    expect(() => integratedEffluent({ COD: 1 }, { ...NEW, date: '1997-06-01' })).toThrow(StandardInputError);
  });
});
