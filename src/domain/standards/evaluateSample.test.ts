import { describe, expect, it } from 'vitest';
import { evaluateSample } from './evaluateSample.js';
import { StandardInputError } from './StandardInputError.js';

const date = '2024-05-10';

describe('evaluateSample — one vector per standard family, options as text', () => {
  it('GB3838: W1 river → Ⅲ (良好); W2 lake → Ⅴ, TP 2.00', () => {
    const items = { pH: '7.6', DO: '6.5', CODMn: '4.2', COD: '18', BOD5: '3.5', 'NH3-N': '0.62', TP: '0.15' };
    expect(evaluateSample('GB3838', { date, items }).summary).toBe('水质类别：Ⅲ类（良好），达到Ⅲ类目标');
    const lake = evaluateSample('GB 3838-2002', { date, items, options: { waterBody: 'lake' } });
    expect(lake.summary).toBe('水质类别：Ⅴ类（中度污染），未达到Ⅲ类目标');
    expect(lake.items.find((i) => i.item === 'TP')).toMatchObject({ class: 'Ⅴ', multiple: '2.00' });
  });

  it('GB14848: chloride 400 + PCE 350 → Ⅴ', () => {
    const r = evaluateSample('GB/T 14848', { date, items: { 氯化物: 400, 四氯乙烯: 350 } });
    expect(r.summary).toBe('地下水质量类别：Ⅴ类（氯化物、四氯乙烯）');
  });

  it('GB36600: S1 class 2 As 119 → above screening, 0.98', () => {
    const r = evaluateSample('GB36600', { date, items: { As: 119 }, options: { landClass: '2' } });
    expect(r.items[0]).toMatchObject({ multiple: '0.98', verdict: '超过筛选值（需详细调查和风险评估）' });
    expect(evaluateSample('GB36600', { date, items: { Ni: 500 }, options: { landClass: 'unknown' } }).summary).toContain('第1类用地');
  });

  it('GB15618: S5 paddy pH 6.0 Cd 0.45 → 安全利用类', () => {
    const r = evaluateSample('GB15618', { date, items: { Cd: '0.45' }, options: { pH: '6.0', landUse: 'paddy' } });
    expect(r.summary).toBe('pH 6：超过筛选值、不超过管制值（安全利用类）');
  });

  it('GB3096: class 1 at 23:00, 47.2 → 超标 2.2', () => {
    const r = evaluateSample('GB3096', { date, items: { leq: '47.2' }, options: { zone: '1', hour: '23' } });
    expect(r.summary).toBe('1类声环境功能区夜间：超标');
    expect(r.items[0].multiple).toBe('2.2');
  });

  it('GB18918: 1A NH3-N 6 at 10 ℃ → 达标; TP 0.8 built 2008 → 超标', () => {
    expect(evaluateSample('GB18918', { date, items: { 'NH3-N': 6 }, options: { grade: '1a', waterTempC: '10' } }).summary).toBe('1A标准：达标');
    expect(evaluateSample('GB18918', { date, items: { TP: 0.8 }, options: { grade: '1A', builtOn: '2008-01-01' } }).exceedingItems).toEqual(['TP']);
  });

  it('GB8978: grade 1 COD 120 → 超标', () => {
    const r = evaluateSample('GB8978', { date, items: { COD: 120 }, options: { grade: '1', builtOn: '2010-01-01' } });
    expect([r.summary, r.items[0].multiple]).toEqual(['1级标准：超标', '0.20']);
  });

  it('GB3095: PM2.5 24 h 80 in a class-2 zone → 超标 (0.07)', () => {
    const r = evaluateSample('GB3095', { date, items: { pm25_24h: 80 } });
    expect([r.summary, r.items[0].multiple]).toEqual(['二类区：超标', '0.07']);
  });
});

describe('evaluateSample — bad input', () => {
  it('names the field and value', () => {
    expect(() => evaluateSample('GB9999', { date, items: { a: 1 } })).toThrow('standard 的值"GB9999"无效');
    expect(() => evaluateSample('GB36600', { date, items: { As: 1 } })).toThrow('landClass 的值"（缺少）"无效，应为必填选项');
    expect(() => evaluateSample('GB3838', { date, items: { COD: 1 }, options: { targetClass: 'Ⅲ' } })).toThrow('targetClass 的值"Ⅲ"无效，应为整数');
    expect(() => evaluateSample('GB3096', { date, items: { leq: 50 }, options: { zone: '1' } })).toThrow('period 的值"（缺少）"无效');
    expect(() => evaluateSample('GB3096', { date, items: { la: 50 }, options: { zone: '1', period: 'day' } })).toThrow(StandardInputError);
  });
});
