import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { surfaceWaterClass, type SurfaceWaterOptions } from './surfaceWaterClass.js';

const RIVER: SurfaceWaterOptions = { date: '2024-05-10', waterBody: 'river' };
const LAKE: SurfaceWaterOptions = { date: '2024-05-10', waterBody: 'lake' };
const W1 = { pH: 7.6, DO: 6.5, CODMn: 4.2, COD: 18, BOD5: 3.5, 'NH3-N': 0.62, TP: 0.15 };
const classes = (r: ReturnType<typeof surfaceWaterClass>) => Object.fromEntries(r.items.map((i) => [i.item, i.classLabel]));

// standards.md §4.4 vectors W1–W8.
describe('surfaceWaterClass — W1–W8', () => {
  it('W1 river: pH ok, DO Ⅱ, CODMn/COD/BOD5/NH3-N/TP Ⅲ → Ⅲ (良好), meets Ⅲ', () => {
    const r = surfaceWaterClass(W1, RIVER);
    expect(classes(r)).toEqual({ pH: null, DO: 'Ⅱ', CODMn: 'Ⅲ', COD: 'Ⅲ', BOD5: 'Ⅲ', 'NH3-N': 'Ⅲ', TP: 'Ⅲ' });
    expect([r.classLabel, r.grade?.name, r.meetsTarget, r.exceedingItems]).toEqual(['Ⅲ', '良好', true, []]);
    expect(r.targetFunction).toContain('集中式生活饮用水地表水源地二级保护区');
  });

  it('W2 lake, same values: TP Ⅴ on the lake column → Ⅴ (中度污染); TP exceedance vs Ⅲ 2.00', () => {
    const r = surfaceWaterClass(W1, LAKE);
    const tp = r.items.find((i) => i.item === 'TP');
    expect(tp).toMatchObject({ classLabel: 'Ⅴ', limit: '0.05', exceeds: true, multiple: '2.00' });
    expect([r.classLabel, r.grade?.name, r.exceedingItems]).toEqual(['Ⅴ', '中度污染', ['TP']]);
  });

  it('W3: NH3-N 2.5 → 劣Ⅴ, exceedance (2.5 − 1.0)/1.0 = 1.50', () => {
    const r = surfaceWaterClass({ ...W1, 'NH3-N': 2.5 }, RIVER);
    expect(r.items.find((i) => i.item === 'NH3-N')).toMatchObject({ classLabel: '劣Ⅴ', multiple: '1.50' });
    expect([r.classLabel, r.grade?.name]).toEqual(['劣Ⅴ', '重度污染']);
  });

  it('W4: DO 1.8 → 劣Ⅴ, no exceedance multiple for DO', () => {
    const r = surfaceWaterClass({ DO: 1.8 }, RIVER);
    expect(r.items[0]).toMatchObject({ classLabel: '劣Ⅴ', exceeds: true, multiple: null });
    expect(r.classLabel).toBe('劣Ⅴ');
  });

  it('W5: COD 15, CODMn 2, NH3-N 0.15, DO 7.6 → all Ⅰ (equal limits take the better class)', () => {
    const r = surfaceWaterClass({ COD: 15, CODMn: 2, 'NH3-N': 0.15, DO: 7.6 }, RIVER);
    expect(Object.values(classes(r))).toEqual(['Ⅰ', 'Ⅰ', 'Ⅰ', 'Ⅰ']);
    expect(r.classLabel).toBe('Ⅰ');
  });

  it('W6: Hg 0.00008 → Ⅲ', () => {
    expect(surfaceWaterClass({ Hg: 0.00008 }, RIVER).classLabel).toBe('Ⅲ');
  });

  it('W7: pH 9.3 fails 6–9 → 劣Ⅴ [INTERPRETATION], no multiple', () => {
    const r = surfaceWaterClass({ pH: 9.3 }, RIVER);
    expect(r.items[0]).toMatchObject({ classLabel: '劣Ⅴ', exceeds: true, multiple: null });
  });

  it('W8: fecal coliform 15000/L → Ⅳ; left out of the overall class under the 2011 评价办法', () => {
    expect(surfaceWaterClass({ fecalColiform: 15000 }, RIVER).classLabel).toBe('Ⅳ');
    const r = surfaceWaterClass({ ...W1, 粪大肠菌群: 15000 }, { ...RIVER, method: 'assessment2011' });
    expect(r.classLabel).toBe('Ⅲ');
    expect(r.items.find((i) => i.item === 'fecalColiform')).toMatchObject({ classLabel: 'Ⅳ', exceeds: true });
  });
});

describe('surfaceWaterClass — rules', () => {
  it('DO: 6.5 → Ⅱ, 5 → Ⅲ; class Ⅰ also at ≥ 90 % saturation', () => {
    expect(surfaceWaterClass({ DO: 5 }, RIVER).classLabel).toBe('Ⅲ');
    expect(surfaceWaterClass({ DO: 6.5 }, { ...RIVER, doSaturationPercent: 92 }).classLabel).toBe('Ⅰ');
  });

  it('TN only for lakes and reservoirs', () => {
    expect(surfaceWaterClass({ TN: 1.2 }, LAKE).classLabel).toBe('Ⅳ');
    const r = surfaceWaterClass({ TN: 1.2 }, RIVER);
    expect(r.classLabel).toBeNull();
    expect(r.items[0]).toMatchObject({ class: null, exceeds: false, note: '总氮限值仅适用于湖、库' });
  });

  it('judges exceedance against the target class', () => {
    const r = surfaceWaterClass({ 'NH3-N': 0.62 }, { ...RIVER, targetClass: 2 });
    expect(r.items[0]).toMatchObject({ classLabel: 'Ⅲ', limit: '0.5', exceeds: true, multiple: '0.24' });
    expect(r.meetsTarget).toBe(false);
  });

  it('表2 items: one limit, no class', () => {
    const r = surfaceWaterClass({ 硫酸盐: 300, 铁: 0.2 }, RIVER);
    expect(r.items.map((i) => [i.item, i.class, i.exceeds, i.multiple])).toEqual([
      ['sulfate', null, true, '0.20'],
      ['Fe', null, false, null],
    ]);
    expect(r.meetsTarget).toBe(false);
  });

  it('accepts Chinese names, aliases and not-detected results', () => {
    const r = surfaceWaterClass({ 氨氮: '0.025L', 六价铬: 'ND', 'Cr(VI)': 0.01 }, RIVER);
    expect(r.items.map((i) => [i.item, i.classLabel, i.notDetected])).toEqual([
      ['NH3-N', 'Ⅰ', true],
      ['Cr6+', 'Ⅰ', true],
      ['Cr6+', 'Ⅰ', false],
    ]);
  });

  it('compares the full value (GB/T 8170 §4.3): NH3-N 1.0004 is Ⅳ, not Ⅲ', () => {
    expect(surfaceWaterClass({ 'NH3-N': 1.0004 }, RIVER).classLabel).toBe('Ⅳ');
  });
});

describe('surfaceWaterClass — bad input', () => {
  it('names the field and value', () => {
    expect(() => surfaceWaterClass({ COD: -1 }, RIVER)).toThrow('COD 的值"-1"无效');
    expect(() => surfaceWaterClass({ COD: Number.NaN }, RIVER)).toThrow('COD 的值"NaN"无效');
    expect(() => surfaceWaterClass({ COD: '' }, RIVER)).toThrow('COD 的值""无效，应为检测结果');
    expect(() => surfaceWaterClass({ 水温: 20 }, RIVER)).toThrow('item 的值"水温"无效');
    expect(() => surfaceWaterClass({}, RIVER)).toThrow(StandardInputError);
    expect(() => surfaceWaterClass({ COD: 1 }, { ...RIVER, waterBody: 'sea' as never })).toThrow('waterBody 的值"sea"无效');
    expect(() => surfaceWaterClass({ COD: 1 }, { ...RIVER, targetClass: 6 as never })).toThrow('targetClass 的值"6"无效');
    expect(() => surfaceWaterClass({ COD: 1 }, { ...RIVER, date: '2001-01-01' })).toThrow('date 的值"2001-01-01"无效');
  });
});
