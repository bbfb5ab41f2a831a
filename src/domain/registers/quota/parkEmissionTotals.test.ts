import { describe, expect, it } from 'vitest';
import { parkEmissionTotals, type EnterpriseEmission } from './parkEmissionTotals.js';

// Seed 000 prints only park totals (2024: COD 90.59, NH3-N 1.37 t/a). The split between the two enterprises is
// constructed for the test; its sums are the seed's figures.
const rows: EnterpriseEmission[] = [
  { enterprise: '企业甲', year: 2024, pollutant: { code: 'COD' }, tonnesPerYear: '60.59' },
  { enterprise: '企业乙', year: 2024, pollutant: { code: 'COD' }, tonnesPerYear: '30.00' },
  { enterprise: '企业甲', year: 2024, pollutant: { code: 'NH3-N' }, tonnesPerYear: '0.85' },
  { enterprise: '企业乙', year: 2024, pollutant: { code: 'NH3-N' }, tonnesPerYear: '0.52' },
  { enterprise: '企业甲', year: 2023, pollutant: { code: 'COD' }, tonnesPerYear: '96.33' },
  { enterprise: '企业乙', year: 2024, pollutant: { code: 'other', name: '颗粒物' }, tonnesPerYear: '0.1' },
];

describe('parkEmissionTotals', () => {
  it('sums each pollutant of the year exactly (seed 000 2024: COD 90.59, NH3-N 1.37 t/a)', () => {
    expect(parkEmissionTotals(rows, 2024)).toEqual([
      { key: 'COD', name: '化学需氧量', tonnesPerYear: '90.59', enterprises: 2 },
      { key: 'NH3-N', name: '氨氮', tonnesPerYear: '1.37', enterprises: 2 },
      { key: 'other:颗粒物', name: '颗粒物', tonnesPerYear: '0.1', enterprises: 1 },
    ]);
  });

  it('keeps other years out', () => {
    expect(parkEmissionTotals(rows, 2023)).toEqual([{ key: 'COD', name: '化学需氧量', tonnesPerYear: '96.33', enterprises: 1 }]);
    expect(parkEmissionTotals(rows, 2022)).toEqual([]);
  });

  it('refuses a second row of one enterprise for one pollutant, and a bad amount, naming the row', () => {
    const twice = [...rows, { enterprise: '企业甲', year: 2024, pollutant: { code: 'COD' }, tonnesPerYear: '1' } as const];
    expect(() => parkEmissionTotals(twice, 2024)).toThrow('emissions[6].enterprise 的值"企业甲"无效');
    const bad = [{ enterprise: '企业甲', year: 2024, pollutant: { code: 'COD' }, tonnesPerYear: 'abc' } as const];
    expect(() => parkEmissionTotals(bad, 2024)).toThrow('emissions[0].tonnesPerYear 的值"abc"无效');
    expect(() => parkEmissionTotals(rows, 2024.5)).toThrow('year 的值"2024.5"无效');
  });
});
