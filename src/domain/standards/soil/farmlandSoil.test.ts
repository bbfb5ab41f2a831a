import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { farmlandSoil } from './farmlandSoil.js';

const date = '2024-04-01';

// standards.md §6.3 S5–S9.
describe('farmlandSoil — S5–S9', () => {
  it('S5: paddy, pH 6.0, Cd 0.45 → screening 0.4 exceeded, intervention 2.0 → 安全利用类', () => {
    const r = farmlandSoil({ Cd: 0.45 }, { date, pH: 6.0, landUse: 'paddy' });
    expect(r.items[0]).toMatchObject({ screening: '0.4', intervention: '2', verdict: 'safeUse', multiple: '0.12' }); // 0.125 → 0.12 (half-even)
  });

  it('S6: other, pH 7.8, Cd 0.5 → screening 0.6 → 优先保护', () => {
    expect(farmlandSoil({ Cd: 0.5 }, { date, pH: 7.8, landUse: 'other' }).verdict).toBe('belowScreening');
  });

  it('S7: other, pH 5.5 (boundary → first band), As 45 → screening 40 exceeded, intervention 200 → 安全利用', () => {
    const r = farmlandSoil({ As: 45 }, { date, pH: 5.5, landUse: 'other' });
    expect(r.phBand).toBe(0);
    expect(r.items[0]).toMatchObject({ screening: '40', intervention: '200', verdict: 'safeUse' });
  });

  it('S8: paddy, pH 8.0, Pb 1200 → above 1000 → 严格管控', () => {
    expect(farmlandSoil({ Pb: 1200 }, { date, pH: 8.0, landUse: 'paddy' }).verdict).toBe('strictControl');
  });

  it('S9: orchard, pH 6.8, Cu 180 → screening 200 → not exceeded', () => {
    const r = farmlandSoil({ 铜: 180 }, { date, pH: 6.8, landUse: 'orchard' });
    expect(r.items[0]).toMatchObject({ screening: '200', intervention: null, verdict: 'belowScreening' });
  });
});

describe('farmlandSoil — rules', () => {
  it('pH band boundaries: 6.5 → band 1, 7.5 → band 2, 7.51 → band 3', () => {
    expect([6.5, 7.5, 7.51].map((pH) => farmlandSoil({ Zn: 1 }, { date, pH, landUse: 'other' }).phBand)).toEqual([1, 2, 3]);
  });

  it('rotation takes the stricter of paddy and other (Cd pH 7.0: min(0.6, 0.3); Hg: min(0.6, 2.4))', () => {
    const r = farmlandSoil({ Cd: 0.4, Hg: 0.5 }, { date, pH: 7.0, landUse: 'rotation' });
    expect(r.items.map((i) => i.screening)).toEqual(['0.3', '0.6']);
  });

  it('Cu, Ni, Zn and 表2 items have no intervention value', () => {
    const r = farmlandSoil({ Ni: 80, 六六六: 0.2 }, { date, pH: 5.0, landUse: 'other' });
    expect(r.items.map((i) => i.verdict)).toEqual(['aboveScreening', 'aboveScreening']);
    expect(r.verdict).toBe('aboveScreening');
  });

  it('orchard uses "其他" for metals other than Cu', () => {
    expect(farmlandSoil({ Cd: 0.35 }, { date, pH: 7.0, landUse: 'orchard' }).items[0].screening).toBe('0.3');
  });
});

describe('farmlandSoil — bad input', () => {
  it('names the field and value', () => {
    expect(() => farmlandSoil({ Cd: 1 }, { date, pH: Number.NaN, landUse: 'paddy' })).toThrow('pH 的值"NaN"无效');
    expect(() => farmlandSoil({ Cd: 1 }, { date, pH: 15, landUse: 'paddy' })).toThrow('pH 的值"15"无效');
    expect(() => farmlandSoil({ Cd: 1 }, { date, pH: 6, landUse: 'forest' as never })).toThrow('landUse 的值"forest"无效');
    expect(() => farmlandSoil({ Cd: -1 }, { date, pH: 6, landUse: 'paddy' })).toThrow('Cd 的值"-1"无效');
    expect(() => farmlandSoil({}, { date, pH: 6, landUse: 'paddy' })).toThrow(StandardInputError);
  });
});
