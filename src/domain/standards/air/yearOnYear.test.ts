import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { yearOnYear, type YearFigure } from './yearOnYear.js';

const pm25 = (previous: string | null, current: string | null): YearFigure => ({
  name: 'PM2.5年均浓度',
  unit: 'μg/m³',
  change: 'relative',
  betterWhen: 'lower',
  previous,
  current,
});
const goodRate = (previous: string | null, current: string | null): YearFigure => ({
  name: '优良天数比例',
  unit: '%',
  change: 'points',
  betterWhen: 'higher',
  previous,
  current,
});

describe('yearOnYear', () => {
  it('a fall in concentration: (35 − 38)/38 = −7.894…% → 下降7.9%, better', () => {
    expect(yearOnYear(pm25('38', '35'))).toEqual({
      name: 'PM2.5年均浓度',
      unit: 'μg/m³',
      previous: '38',
      current: '35',
      direction: 'down',
      assessment: 'better',
      amount: '7.9',
      clause: 'PM2.5年均浓度35μg/m³，较上年（38μg/m³）下降7.9%',
    });
  });

  it('a rise in concentration is worse: 40 → 41 is 2.5 % (GB/T 8170; 2.5 exactly)', () => {
    expect(yearOnYear(pm25('40', '41'))).toMatchObject({ direction: 'up', assessment: 'worse', amount: '2.5', clause: 'PM2.5年均浓度41μg/m³，较上年（40μg/m³）上升2.5%' });
    // 1/16 = 6.25 % → 6.2 (half to even)
    expect(yearOnYear(pm25('16', '17')).amount).toBe('6.2');
  });

  it('unchanged is 与上年持平 and never better, never 改善', () => {
    const r = yearOnYear(pm25('35', '35'));
    expect(r).toMatchObject({ direction: 'unchanged', assessment: 'same', amount: null, clause: 'PM2.5年均浓度35μg/m³，与上年持平' });
    expect(r.clause).not.toContain('改善');
    // compared as printed: 1.0 and 1 are the same figure
    expect(yearOnYear({ ...pm25('1', '1.0'), name: 'CO日均浓度第95百分位数', unit: 'mg/m³' }).direction).toBe('unchanged');
  });

  it('rates change in 百分点; a higher good-day rate is better', () => {
    expect(yearOnYear(goodRate('88.5', '90.2'))).toMatchObject({
      direction: 'up',
      assessment: 'better',
      amount: '1.7',
      clause: '优良天数比例90.2%，较上年（88.5%）上升1.7个百分点',
    });
    expect(yearOnYear(goodRate('90.2', '90.2')).clause).toBe('优良天数比例90.2%，与上年持平');
    expect(yearOnYear(goodRate('100.0', '99.7'))).toMatchObject({ assessment: 'worse', clause: '优良天数比例99.7%，较上年（100.0%）下降0.3个百分点' });
  });

  it('day counts change by their difference', () => {
    const days = { name: '优良天数', unit: '天', change: 'difference', betterWhen: 'higher' } as const;
    expect(yearOnYear({ ...days, previous: '320', current: '330' }).clause).toBe('优良天数330天，较上年（320天）增加10天');
    expect(yearOnYear({ ...days, previous: '330', current: '329' })).toMatchObject({ assessment: 'worse', clause: '优良天数329天，较上年（330天）减少1天' });
  });

  it('a change too small to print, last year at zero, and missing figures', () => {
    expect(yearOnYear(pm25('2000', '2001')).clause).toBe('PM2.5年均浓度2001μg/m³，较上年（2000μg/m³）上升不足0.1%');
    expect(yearOnYear(pm25('0', '3'))).toMatchObject({ direction: 'up', amount: null, clause: 'PM2.5年均浓度3μg/m³，较上年（0μg/m³）上升' });
    expect(yearOnYear(pm25(null, '35'))).toMatchObject({ direction: null, assessment: null, clause: 'PM2.5年均浓度35μg/m³，上年无可比数据' });
    expect(yearOnYear(pm25('35', null))).toMatchObject({ direction: null, clause: 'PM2.5年均浓度本年无有效数据' });
  });

  it('refuses bad figures', () => {
    expect(() => yearOnYear(pm25('abc', '35'))).toThrow('previous 的值"abc"无效');
    expect(() => yearOnYear(pm25('-3', '35'))).toThrow(StandardInputError);
    expect(() => yearOnYear({ ...pm25('1', '2'), change: 'ratio' as never })).toThrow('change');
    expect(() => yearOnYear({ ...pm25('1', '2'), betterWhen: 'up' as never })).toThrow('betterWhen');
    expect(() => yearOnYear({ ...pm25('1', '2'), name: '' })).toThrow('name');
  });
});
