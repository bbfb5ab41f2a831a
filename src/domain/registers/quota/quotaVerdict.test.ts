import { describe, expect, it } from 'vitest';
import type { PollutantTotal } from './parkEmissionTotals.js';
import { quotaVerdict, type ParkQuotas } from './quotaVerdict.js';

// Seed 000, table 1 item 9 and the quota paragraph: COD≤300t/a、氨氮≤40t/a、SO2≤500t/a、NOx≤750t/a (湘环评函[2014]89号).
const park: ParkQuotas = {
  approval: { documentNumber: '湘环评函[2014]89号', title: '祁东经济开发区环境影响报告书审查意见', issued: '2014-08' },
  quotas: [
    { pollutant: { code: 'COD' }, tonnesPerYear: '300' },
    { pollutant: { code: 'NH3-N' }, tonnesPerYear: '40' },
    { pollutant: { code: 'SO2' }, tonnesPerYear: '500' },
    { pollutant: { code: 'NOx' }, tonnesPerYear: '750' },
  ],
};

const total = (key: string, name: string, tonnesPerYear: string): PollutantTotal => ({ key, name, tonnesPerYear, enterprises: 1 });

// Seed 000, 2024 totals: COD 90.59, NH3-N 1.37, SO2 16.35, NOx 13.02 t/a.
const totals2024 = [
  total('COD', '化学需氧量', '90.59'),
  total('NH3-N', '氨氮', '1.37'),
  total('SO2', '二氧化硫', '16.35'),
  total('NOx', '氮氧化物', '13.02'),
];

describe('quotaVerdict', () => {
  it('finds seed 000 2024 within every quota, with margins and shares worked out by hand', () => {
    const v = quotaVerdict(park, totals2024);
    expect(v.withinQuota).toBe(true);
    expect(v.approval.documentNumber).toBe('湘环评函[2014]89号');
    expect(v.verdicts.map((x) => [x.key, x.withinQuota, x.marginTonnesPerYear, x.sharePercent])).toEqual([
      ['COD', true, '209.41', '30.20'], // 300 − 90.59; 90.59/300 = 30.1966…%
      ['NH3-N', true, '38.63', '3.42'], // 40 − 1.37; 1.37/40 = 3.425% exactly → even digit 3.42
      ['SO2', true, '483.65', '3.27'], // 500 − 16.35; 16.35/500 = 3.27%
      ['NOx', true, '736.98', '1.74'], // 750 − 13.02; 13.02/750 = 1.736%
    ]);
    expect(v.unquoted).toEqual([]);
  });

  it('finds an emission over its quota, by how much and its share', () => {
    const over = [total('COD', '化学需氧量', '312.5'), ...totals2024.slice(1)];
    const v = quotaVerdict(park, over);
    expect(v.withinQuota).toBe(false);
    expect(v.verdicts[0]).toEqual({
      key: 'COD',
      name: '化学需氧量',
      quotaTonnesPerYear: '300',
      emittedTonnesPerYear: '312.5',
      withinQuota: false,
      marginTonnesPerYear: '-12.5', // 300 − 312.5
      sharePercent: '104.17', // 312.5/300 = 104.1666…%
    });
  });

  it('counts emitting exactly the quota as within (≤), and a quota nobody emits as 0', () => {
    const v = quotaVerdict(park, [total('COD', '化学需氧量', '300.00')]);
    expect(v.verdicts[0]?.withinQuota).toBe(true);
    expect(v.verdicts[0]?.marginTonnesPerYear).toBe('0');
    expect(v.verdicts[0]?.sharePercent).toBe('100.00');
    expect(v.verdicts[1]).toMatchObject({ key: 'NH3-N', emittedTonnesPerYear: '0', withinQuota: true, marginTonnesPerYear: '40', sharePercent: '0.00' });
  });

  it('reports pollutants without a quota apart, and gives no share of a zero quota', () => {
    const vocs = total('VOCs', '挥发性有机物', '2.5');
    const v = quotaVerdict({ ...park, quotas: [{ pollutant: { code: 'SO2' }, tonnesPerYear: '0' }] }, [vocs]);
    expect(v.unquoted).toEqual([vocs]);
    expect(v.verdicts[0]).toMatchObject({ withinQuota: true, sharePercent: null });
  });

  it('refuses two quotas for one pollutant and a quota that is not decimal text', () => {
    const twice: ParkQuotas = { ...park, quotas: [...park.quotas, { pollutant: { code: 'COD' }, tonnesPerYear: '200' }] };
    expect(() => quotaVerdict(twice, totals2024)).toThrow('quotas[4].pollutant 的值"COD"无效');
    const bad: ParkQuotas = { ...park, quotas: [{ pollutant: { code: 'COD' }, tonnesPerYear: '300t/a' }] };
    expect(() => quotaVerdict(bad, totals2024)).toThrow('quotas[0].tonnesPerYear 的值"300t/a"无效');
  });
});
