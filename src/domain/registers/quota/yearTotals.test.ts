import { describe, expect, it } from 'vitest';
import { emissionYearTotals, type EmissionYearRow } from './yearTotals.js';

const row = (enterprise: string | null, key: 'COD' | 'SO2', tonnesPerYear: string): EmissionYearRow<string> => ({
  enterprise,
  pollutant: { code: key },
  key,
  name: key === 'COD' ? '化学需氧量' : '二氧化硫',
  tonnesPerYear,
  ref: `${enterprise ?? 'park'}:${key}`,
});

describe('emissionYearTotals', () => {
  it('takes the published total where no enterprise has a row (seed 000 2024: SO2 16.35, COD 90.59 t/a)', () => {
    const t = emissionYearTotals([row(null, 'SO2', '16.35'), row(null, 'COD', '90.59')], 2024);
    expect(t.map((x) => [x.key, x.tonnesPerYear, x.basis, x.refs])).toEqual([
      ['COD', '90.59', 'published', ['park:COD']],
      ['SO2', '16.35', 'published', ['park:SO2']],
    ]);
  });
  it('sums the enterprises where they have rows, and keeps the difference from a published total', () => {
    // 60.59 + 30.00 = 90.59 = published; SO2 10 against published 16.35: 6.35 more published
    const t = emissionYearTotals([row('甲', 'COD', '60.59'), row('乙', 'COD', '30.00'), row(null, 'COD', '90.59'), row('甲', 'SO2', '10'), row(null, 'SO2', '16.35')], 2024);
    expect(t.map((x) => [x.key, x.tonnesPerYear, x.basis, x.enterprises, x.published, x.difference])).toEqual([
      ['COD', '90.59', 'enterprises', 2, '90.59', null],
      ['SO2', '10', 'enterprises', 1, '16.35', '6.35'],
    ]);
  });
  it('refuses a bad amount, naming the row', () => {
    expect(() => emissionYearTotals([row(null, 'COD', '9o.59')], 2024)).toThrow('emissions[0].tonnesPerYear');
  });
});
