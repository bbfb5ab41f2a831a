import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { groundwaterClass } from './groundwaterClass.js';

const DATE = { date: '2024-06-01' };
const cls = (sample: Record<string, unknown>) => groundwaterClass(sample, DATE).classLabel;

// standards.md §5 test vectors.
describe('groundwaterClass — vectors', () => {
  it.each([
    [{ 挥发性酚类: 0.001 }, 'Ⅰ'],
    [{ 硝酸盐: 25 }, 'Ⅳ'],
    [{ pH: 6.2 }, 'Ⅳ'],
    [{ pH: 9.2 }, 'Ⅴ'],
    [{ 氨氮: 0.5 }, 'Ⅲ'],
    [{ 氨氮: 0.51 }, 'Ⅳ'],
    [{ 总硬度: 650 }, 'Ⅳ'],
    [{ 总硬度: 651 }, 'Ⅴ'],
    [{ As: 0.001 }, 'Ⅰ'],
    [{ Cd: 0.0005 }, 'Ⅱ'],
    [{ 总大肠菌群: 3.0 }, 'Ⅰ'],
    [{ 总大肠菌群: 3.1 }, 'Ⅳ'],
  ])('%o → %s', (sample, expected) => {
    expect(cls(sample)).toBe(expected);
  });

  it('chloride 400 mg/L and PCE 350 µg/L, others better → Ⅴ, naming both', () => {
    const r = groundwaterClass({ 氯化物: 400, 四氯乙烯: 350, 氨氮: 0.1, pH: 7.2 }, DATE);
    expect(r.classLabel).toBe('Ⅴ');
    expect(r.worstItems).toEqual(['chloride', 'PCE']);
    expect(r.exceedingItems).toEqual(['chloride', 'PCE']);
    expect(r.items.find((i) => i.item === 'chloride')).toMatchObject({ limit: '250', multiple: '0.60' });
  });
});

describe('groundwaterClass — rules', () => {
  it('pH bands: 6.5 and 8.5 are Ⅰ; 5.5 and 9.0 are Ⅳ; 5.4 is Ⅴ', () => {
    expect([6.5, 8.5, 5.5, 9.0, 5.4].map((pH) => cls({ pH }))).toEqual(['Ⅰ', 'Ⅰ', 'Ⅳ', 'Ⅳ', 'Ⅴ']);
  });

  it('anionic surfactant: class Ⅰ only when not detected', () => {
    expect([cls({ LAS: 'ND' }), cls({ LAS: 0.05 }), cls({ LAS: 0.3 }), cls({ LAS: 0.31 })]).toEqual(['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅴ']);
  });

  it('radioactivity above the Ⅲ limit is Ⅳ (Ⅳ and Ⅴ are both "> Ⅲ") [INTERPRETATION]', () => {
    expect(cls({ 总α放射性: 0.6 })).toBe('Ⅳ');
    expect(cls({ 总β放射性: 50 })).toBe('Ⅳ');
  });

  it('below the detection limit is Ⅰ', () => {
    expect(cls({ 汞: '0.00004L' })).toBe('Ⅰ');
  });

  it('exceedance against another target class', () => {
    const r = groundwaterClass({ 氨氮: 0.3 }, { ...DATE, targetClass: 2 });
    expect(r.items[0]).toMatchObject({ classLabel: 'Ⅲ', exceeds: true, limit: '0.1', multiple: '2.00' });
  });
});

describe('groundwaterClass — bad input', () => {
  it('names the field and value', () => {
    expect(() => cls({ 氨氮: -0.1 })).toThrow('氨氮 的值"-0.1"无效');
    expect(() => cls({ pH: 'ND' })).toThrow('pH 的值"ND"无效');
    expect(() => cls({ 溶解氧: 5 })).toThrow('item 的值"溶解氧"无效');
    expect(() => groundwaterClass({ 氨氮: 0.1 }, { date: '2018-04-30' })).toThrow(StandardInputError);
  });
});
