import { describe, expect, it } from 'vitest';
import { emissionChangeSentence, emissionYearOnYear } from './emissionYearOnYear.js';

// Seed 000, 二（八）: 2023 → 2024 park totals, t/a.
describe('emissionYearOnYear', () => {
  it('reproduces the seed 000 percentages, worked out by hand', () => {
    // (90.59 − 96.33)/96.33 = −0.059587… → −5.96 %
    expect(emissionYearOnYear({ name: '化学需氧量', previous: '96.33', current: '90.59' })).toEqual({
      name: '化学需氧量',
      previous: '96.33',
      current: '90.59',
      direction: 'down',
      percent: '-5.96',
      clause: '化学需氧量排放量下降5.96%',
    });
    // (1.37 − 1.44)/1.44 = −0.048611… → −4.86 %
    expect(emissionYearOnYear({ name: '氨氮', previous: '1.44', current: '1.37' }).clause).toBe('氨氮排放量下降4.86%');
    // (13.02 − 13.88)/13.88 = −0.061959… → −6.20 %, the trailing 0 printed
    expect(emissionYearOnYear({ name: '氮氧化物', previous: '13.88', current: '13.02' }).percent).toBe('-6.20');
    // (16.35 − 17.62)/17.62 = −0.072077… → −7.21 %
    expect(emissionYearOnYear({ name: '二氧化硫', previous: '17.62', current: '16.35' }).percent).toBe('-7.21');
  });

  it('says 上升 for a rise, with a positive percentage', () => {
    // (96.33 − 90.59)/90.59 = 0.063362… → 6.34 %
    const c = emissionYearOnYear({ name: '化学需氧量', previous: '90.59', current: '96.33' });
    expect([c.direction, c.percent, c.clause]).toEqual(['up', '6.34', '化学需氧量排放量上升6.34%']);
  });

  it('says 持平 when the amounts are equal, never 减少 or 下降', () => {
    const c = emissionYearOnYear({ name: '氨氮', previous: '1.37', current: '1.370' });
    expect([c.direction, c.percent, c.clause]).toEqual(['unchanged', null, '氨氮排放量与上年持平']);
  });

  it('rounds an exact half by GB/T 8170 to the even digit, and tells a change under 0.005 % as 不足0.01%', () => {
    // (101.005 − 100)/100 × 100 = 1.005 % exactly → 1.00; 1.015 % → 1.02
    expect(emissionYearOnYear({ name: '化学需氧量', previous: '100', current: '101.005' }).percent).toBe('1.00');
    expect(emissionYearOnYear({ name: '化学需氧量', previous: '100', current: '101.015' }).percent).toBe('1.02');
    // (99.999 − 100)/100 × 100 = −0.001 % → 0.00
    const tiny = emissionYearOnYear({ name: '化学需氧量', previous: '100', current: '99.999' });
    expect([tiny.percent, tiny.clause]).toEqual(['0.00', '化学需氧量排放量下降不足0.01%']);
  });

  it('computes no percentage from a zero last year or a missing year', () => {
    expect(emissionYearOnYear({ name: '挥发性有机物', previous: '0', current: '2.5' })).toMatchObject({ direction: 'up', percent: null, clause: '挥发性有机物排放量上升（上年为0）' });
    expect(emissionYearOnYear({ name: '氨氮', previous: null, current: '1.37' }).clause).toBe('氨氮排放量上年无可比数据');
    expect(emissionYearOnYear({ name: '氨氮', previous: '1.44', current: null }).clause).toBe('氨氮排放量本年无数据');
  });

  it('refuses an empty name and an amount that is not decimal text', () => {
    expect(() => emissionYearOnYear({ name: ' ', previous: '1', current: '1' })).toThrow('name 的值" "无效');
    expect(() => emissionYearOnYear({ name: '氨氮', previous: '1.44', current: '-1' })).toThrow('current 的值"-1"无效');
  });
});

describe('emissionChangeSentence', () => {
  it('joins the clauses into the seed 000 sentence', () => {
    const changes = [
      emissionYearOnYear({ name: '化学需氧量', previous: '96.33', current: '90.59' }),
      emissionYearOnYear({ name: '氨氮', previous: '1.44', current: '1.37' }),
    ];
    expect(emissionChangeSentence(2023, 2024, changes)).toBe('相较于2023年，2024年化学需氧量排放量下降5.96%、氨氮排放量下降4.86%。');
  });

  it('refuses years that are not consecutive and an empty list', () => {
    const one = [emissionYearOnYear({ name: '氨氮', previous: '1.44', current: '1.37' })];
    expect(() => emissionChangeSentence(2022, 2024, one)).toThrow('currentYear 的值"2024"无效，应为2023');
    expect(() => emissionChangeSentence(2023, 2024, [])).toThrow('changes');
  });
});
