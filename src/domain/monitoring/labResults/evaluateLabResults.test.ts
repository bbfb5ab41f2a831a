import { describe, expect, it } from 'vitest';
import { evaluateLabResults, type LabEvaluationOptions } from './evaluateLabResults.js';
import { LabResultsError } from './labResultsError.js';
import { parseCsv } from './parseCsv.js';
import { readLabResults } from './readLabResults.js';
import type { LabStandard } from './standardItems.js';

const HEADER = '点位,采样日期,监测项目,监测结果,单位,检出限';

/** Read a CSV for a standard and evaluate it. */
function evaluate(lines: string[], options: Omit<LabEvaluationOptions, 'standard'> & { standard: LabStandard }) {
  const rs = readLabResults('t.csv', [{ rows: parseCsv([HEADER, ...lines].join('\n')) }], { standard: options.standard });
  return evaluateLabResults(rs, options);
}
const item = (e: ReturnType<typeof evaluate>, sample: number, id: string) => e.samples[sample].items.find((i) => i.item === id);

// standards.md §4.4 W1: pH 7.6, DO 6.5, CODMn 4.2, COD 18, BOD5 3.5, NH3-N 0.62, TP 0.15
const W1 = ['W1,2024-05-10,pH,7.6,无量纲,', 'W1,2024-05-10,溶解氧,6.5,mg/L,', 'W1,2024-05-10,高锰酸盐指数,4.2,mg/L,', 'W1,2024-05-10,CODcr,18,mg/L,4', 'W1,2024-05-10,BOD5,3.5,mg/L,', 'W1,2024-05-10,NH3-N,0.62,mg/L,', 'W1,2024-05-10,总磷,0.15,mg/L,'];

describe('GB 3838-2002 (表1; target class Ⅲ)', () => {
  it('W1 in a river is Ⅲ and meets the target (standards.md §4.4)', () => {
    const e = evaluate(W1, { standard: 'GB3838' });
    expect(e.samples[0]).toMatchObject({ summary: '水质类别：Ⅲ类（良好），达到Ⅲ类目标', compliant: true, waterClass: 3, waterClassLabel: 'Ⅲ', exceedingItems: [], maxMultiple: null });
    expect(e.points[0]).toMatchObject({ point: 'W1', samples: 1, exceedingSamples: 0, compliant: true, worstClassLabel: 'Ⅲ' });
  });

  it('W2, the same in a lake: TP Ⅴ (湖库 Ⅳ 0.1 < 0.15 ≤ Ⅴ 0.2); multiple against Ⅲ 0.05: (0.15 − 0.05)/0.05 = 2.000', () => {
    const e = evaluate(W1, { standard: 'GB3838', waterBody: 'lake' });
    expect(e.samples[0]).toMatchObject({ compliant: false, waterClassLabel: 'Ⅴ', maxMultiple: { item: 'TP', name: '总磷', multiple: '2.000' } });
    expect(e.samples[0].exceedingItems).toEqual([{ item: 'TP', name: '总磷', multiple: '2.000', excessDb: null }]);
  });

  it('NH3-N 2.5 is 劣Ⅴ (> Ⅴ 2.0); (2.5 − 1.0)/1.0 = 1.500 against Ⅲ 1.0 (standards.md §4.4 W3)', () => {
    const e = evaluate(['W3,2024-05-10,氨氮,2.5,mg/L,0.025'], { standard: 'GB3838' });
    expect(e.samples[0]).toMatchObject({ waterClassLabel: '劣Ⅴ', summary: '水质类别：劣Ⅴ类（重度污染），未达到Ⅲ类目标', maxMultiple: { multiple: '1.500' } });
  });

  it('three decimals by GB/T 8170: CODMn 7 vs Ⅲ 6 → 0.1666… → 0.167; COD 20.25 vs Ⅲ 20 → 0.0125 → 0.012 (half-even); the larger is the maximum', () => {
    const e = evaluate(['W1,2024-05-10,CODMn,7,mg/L,', 'W1,2024-05-10,COD,20.25,mg/L,'], { standard: 'GB3838' });
    expect(item(e, 0, 'CODMn')?.multiple).toBe('0.167');
    expect(item(e, 0, 'COD')?.multiple).toBe('0.012');
    expect(e.samples[0].maxMultiple).toEqual({ item: 'CODMn', name: '高锰酸盐指数', multiple: '0.167' });
  });

  it('a result in µg/L is judged in mg/L: TP 250 µg/L = 0.25 mg/L, Ⅳ (0.2 < 0.25 ≤ 0.3), (0.25 − 0.2)/0.2 = 0.250', () => {
    const e = evaluate(['W1,2024-05-10,TP,250,µg/L,'], { standard: 'GB3838' });
    expect(item(e, 0, 'TP')).toMatchObject({ value: '0.25', unit: 'mg/L', class: 'Ⅳ', limit: '0.2', exceeds: true, multiple: '0.250' });
  });

  it('DO below Ⅲ (≥ 5) exceeds without a multiple (not defined for DO); pH 9.3 is outside 6–9', () => {
    const e = evaluate(['W1,2024-05-10,DO,1.8,mg/L,', 'W1,2024-05-10,pH,9.3,,'], { standard: 'GB3838' });
    expect(e.samples[0].exceedingItems.map((i) => [i.item, i.multiple])).toEqual([
      ['DO', null],
      ['pH', null],
    ]);
    expect(e.samples[0].maxMultiple).toBeNull();
  });

  it('below detection meets a "≤" limit and takes class Ⅰ (standards.md §5; 石油类 0.01L, Ⅰ limit 0.05)', () => {
    const e = evaluate(['W1,2024-05-10,石油类,0.01L,mg/L,', 'W1,2024-05-10,挥发酚,ND,mg/L,0.0003'], { standard: 'GB3838' });
    expect(item(e, 0, 'petroleum')).toMatchObject({ value: '0.01L', class: 'Ⅰ', exceeds: false, detectionLimitAboveLimit: false });
    expect(item(e, 0, 'phenol')).toMatchObject({ value: '0.0003L', class: 'Ⅰ', exceeds: false });
    expect(e.samples[0].compliant).toBe(true);
  });

  it('UNCONFIRMED rule: a detection limit above the limit (Hg 0.0002L vs Ⅲ 0.0001) keeps the verdict but is flagged', () => {
    const e = evaluate(['W1,2024-05-10,汞,<0.2,µg/L,'], { standard: 'GB3838' });
    const hg = item(e, 0, 'Hg');
    expect(hg).toMatchObject({ value: '0.0002L', limit: '0.0001', exceeds: false, detectionLimitAboveLimit: true });
    expect(hg?.note).toContain('检出限 0.0002 高于限值 0.0001，未检出不能说明达标');
  });

  it('items without a limit are reported, never passed: 水温 (not a class item), TN in a river, BaP (表3 not transcribed)', () => {
    const e = evaluate(['W1,2024-05-10,水温,21.3,℃,', 'W1,2024-05-10,总氮,1.8,mg/L,', 'W1,2024-05-10,苯并[a]芘,0.002,µg/L,', 'W1,2024-05-10,COD,12,mg/L,'], { standard: 'GB3838' });
    expect(e.samples[0].noLimit.map((n) => [n.name, n.reason])).toEqual([
      ['水温', 'GB 3838-2002 地表水环境质量标准无此项目限值'],
      ['总氮', '总氮限值仅适用于湖、库（GB 3838-2002 表1）'],
      ['苯并[a]芘', 'GB 3838-2002 地表水环境质量标准无此项目限值'],
    ]);
    expect(e.samples[0].items.map((i) => i.item)).toEqual(['COD']);
    expect(e.points[0].noLimitItems).toEqual(['水温', '总氮', '苯并[a]芘']);
    // In a lake TN has limits: 1.8 is Ⅴ (1.5 < 1.8 ≤ 2.0), (1.8 − 1.0)/1.0 = 0.800
    const lake = evaluate(['W1,2024-05-10,总氮,1.8,mg/L,'], { standard: 'GB3838', waterBody: 'lake' });
    expect(item(lake, 0, 'TN')).toMatchObject({ class: 'Ⅴ', multiple: '0.800' });
  });

  it('a sample with nothing to judge says so (compliant null), not measured items are listed', () => {
    const e = evaluate(['W1,2024-05-10,水温,21,℃,', 'W1,2024-05-10,氨氮,—,mg/L,'], { standard: 'GB3838' });
    expect(e.samples[0]).toMatchObject({ compliant: null, notMeasured: [{ item: 'NH3-N', name: '氨氮', rows: [3] }] });
    expect(e.samples[0].summary).toContain('无可评价项目');
    expect(e.points[0]).toMatchObject({ evaluatedSamples: 0, compliant: null });
  });

  it('per point: samples by date, the worst class, each exceeding item with its largest multiple and date', () => {
    const e = evaluate(
      ['W1,2024-05-10,氨氮,1.2,mg/L,', 'W1,2024-08-10,氨氮,1.8,mg/L,', 'W1,2024-08-10,COD,22,mg/L,', 'W1,2024-11-10,氨氮,0.4,mg/L,', 'W2,2024-05-10,氨氮,0.3,mg/L,'],
      { standard: 'GB3838', targetClass: '3' },
    );
    expect(e.samples.map((s) => [s.point, s.date, s.compliant])).toEqual([
      ['W1', '2024-05-10', false],
      ['W1', '2024-08-10', false],
      ['W1', '2024-11-10', true],
      ['W2', '2024-05-10', true],
    ]);
    // NH3-N Ⅲ 1.0: (1.2 − 1)/1 = 0.200, (1.8 − 1)/1 = 0.800 (Ⅴ); COD Ⅲ 20: (22 − 20)/20 = 0.100
    expect(e.points[0]).toMatchObject({
      samples: 3,
      exceedingSamples: 2,
      compliant: false,
      worstClassLabel: 'Ⅴ',
      maxMultiple: { item: 'NH3-N', multiple: '0.800', date: '2024-08-10' },
      exceedingItems: [
        { item: 'NH3-N', samples: 2, maxMultiple: '0.800', date: '2024-08-10' },
        { item: 'COD', samples: 1, maxMultiple: '0.100', date: '2024-08-10' },
      ],
    });
    expect(e.points[1]).toMatchObject({ point: 'W2', compliant: true, worstClassLabel: 'Ⅱ' });
  });

  it('bad options are refused once, by their flag', () => {
    expect(() => evaluate(['W1,2024-05-10,氨氮,0.62,mg/L,'], { standard: 'GB3838', targetClass: '6' })).toThrow('--target-class 的值"6"无效');
    expect(() => evaluate(['W1,2024-05-10,氨氮,0.62,mg/L,'], { standard: 'GB3838', waterBody: 'sea' })).toThrow('--water-body 的值"sea"无效');
  });

  it('samples of a point are ordered by date whatever the order of the rows', () => {
    const e = evaluate(['W1,2024-08-10,氨氮,0.2,mg/L,', 'W2,2024-05-10,氨氮,0.3,mg/L,', 'W1,2024-05-10,氨氮,0.4,mg/L,'], { standard: 'GB3838' });
    expect(e.samples.map((s) => `${s.point} ${s.date}`)).toEqual(['W1 2024-05-10', 'W1 2024-08-10', 'W2 2024-05-10']);
  });

  it('target class Ⅱ: NH3-N 0.62 (Ⅲ) exceeds Ⅱ 0.5 by (0.62 − 0.5)/0.5 = 0.240', () => {
    const e = evaluate(['W1,2024-05-10,氨氮,0.62,mg/L,'], { standard: 'GB3838', targetClass: '2' });
    expect(item(e, 0, 'NH3-N')).toMatchObject({ limit: '0.5', multiple: '0.240' });
  });
});

describe('GB/T 14848-2017 (表1, 表2; target Ⅲ)', () => {
  it('chloride 400 mg/L and PCE 0.35 mg/L (= 350 µg/L) are Ⅴ (standards.md §5): (400 − 250)/250 = 0.600, (350 − 40)/40 = 7.750', () => {
    const e = evaluate(['GW1,2024-06-01,氯化物,400,mg/L,', 'GW1,2024-06-01,四氯乙烯,0.35,mg/L,', 'GW1,2024-06-01,氨氮,0.1,mg/L,'], { standard: 'GB14848' });
    expect(e.samples[0]).toMatchObject({ waterClassLabel: 'Ⅴ', compliant: false, maxMultiple: { item: 'PCE', multiple: '7.750' } });
    expect(item(e, 0, 'chloride')?.multiple).toBe('0.600');
    expect(item(e, 0, 'PCE')).toMatchObject({ value: '350', unit: 'µg/L', limit: '40' });
    expect(e.samples[0].summary).toBe('地下水质量类别：Ⅴ类（氯化物、四氯乙烯）');
  });

  it('below detection is class Ⅰ; 石油类 has no GB/T 14848 limit', () => {
    const e = evaluate(['GW1,2024-06-01,砷,0.0003L,mg/L,', 'GW1,2024-06-01,石油类,0.05,mg/L,'], { standard: 'GB14848' });
    expect(item(e, 0, 'As')).toMatchObject({ class: 'Ⅰ', exceeds: false });
    expect(e.samples[0].noLimit.map((n) => n.name)).toEqual(['石油类']);
  });

  it('a date before GB/T 14848-2017 was in force is refused, naming the sample’s row and date', () => {
    try {
      evaluate(['GW1,2017-06-01,砷,0.001,mg/L,'], { standard: 'GB14848' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LabResultsError);
      expect((e as LabResultsError).issues[0]).toMatchObject({ file: 't.csv', row: 2, column: '采样日期', value: '2017-06-01' });
    }
  });
});

describe('samples the engine refuses name the result', () => {
  it('GB/T 14848 pH "ND" (pH needs a value): the pH row, column 监测结果', () => {
    try {
      evaluate(['GW1,2024-06-01,氨氮,0.1,mg/L,', 'GW1,2024-06-01,pH,ND,无量纲,'], { standard: 'GB14848' });
      expect.unreachable();
    } catch (e) {
      expect((e as LabResultsError).issues).toEqual([{ file: 't.csv', row: 3, column: '监测结果', value: 'ND', expected: expect.stringContaining('pH 数值') }]);
    }
  });

  it('results read without a standard whose unit the standard cannot convert: column 单位', () => {
    const rs = readLabResults('t.csv', [{ rows: parseCsv(`${HEADER}\nW1,2024-05-10,砷,12,mg/kg,`) }]);
    try {
      evaluateLabResults(rs, { standard: 'GB3838' });
      expect.unreachable();
    } catch (e) {
      expect((e as LabResultsError).issues).toEqual([{ file: 't.csv', row: 2, column: '单位', value: 'mg/kg', expected: expect.stringContaining('可换算为 mg/L 的单位') }]);
    }
  });

  it('results read without a standard are converted when judged: As 50 µg/L = 0.05 mg/L = Ⅲ limit 0.05', () => {
    const rs = readLabResults('t.csv', [{ rows: parseCsv(`${HEADER}\nW1,2024-05-10,砷,50,µg/L,\nW1,2024-05-10,汞,<0.05,µg/L,`) }]);
    const e = evaluateLabResults(rs, { standard: 'GB3838' });
    expect(e.samples[0].items.map((i) => [i.item, i.value, i.exceeds])).toEqual([
      ['As', '0.05', false],
      ['Hg', '0.00005L', false],
    ]);
  });
});

describe('GB 36600-2018 (表1, screening/intervention)', () => {
  it('class 2, As 119: screening 60 exceeded, (119 − 60)/60 = 0.98333 → 0.983 (standards.md §6.3 S1)', () => {
    const e = evaluate(['S1,2024-04-01,砷,119,mg/kg,'], { standard: 'GB36600', landClass: '2' });
    expect(item(e, 0, 'As')).toMatchObject({ limit: '60', exceeds: true, multiple: '0.983', verdict: '超过筛选值（需详细调查和风险评估）' });
  });

  it('class 1, Cd 70 mg/kg is above the intervention value 47: (70 − 20)/20 = 2.500 against screening 20; BaP in µg/kg converts', () => {
    const e = evaluate(['S2,2024-04-01,Cd,70,mg/kg,', 'S2,2024-04-01,苯并[a]芘,550,µg/kg,'], { standard: 'GB36600', landClass: '1' });
    expect(item(e, 0, 'Cd')).toMatchObject({ multiple: '2.500', verdict: expect.stringContaining('超过管制值') });
    expect(item(e, 0, 'BaP')).toMatchObject({ value: '0.55', limit: '0.55', exceeds: false });
  });

  it('needs the land class, once for the file', () => {
    expect(() => evaluate(['S1,2024-04-01,砷,10,mg/kg,'], { standard: 'GB36600' })).toThrow('--land-class 的值"（缺少）"无效，应为用地类别 1');
    expect(() => evaluate(['S1,2024-04-01,砷,10,mg/kg,'], { standard: 'GB36600', landClass: '3' })).toThrow('--land-class 的值"3"无效');
  });
});

describe('GB 15618-2018 (表1, 表3)', () => {
  it('paddy, soil pH 6.0 from the sample, Cd 0.45: screening 0.4 → 安全利用类; (0.45 − 0.4)/0.4 = 0.125 (standards.md §6.3 S5)', () => {
    const e = evaluate(['F1,2024-04-01,pH,6.0,无量纲,', 'F1,2024-04-01,镉,0.45,mg/kg,'], { standard: 'GB15618', landUse: 'paddy' });
    expect(item(e, 0, 'Cd')).toMatchObject({ limit: '0.4', multiple: '0.125', verdict: '超过筛选值、不超过管制值（安全利用类）' });
    expect(e.samples[0].summary).toBe('pH 6：超过筛选值、不超过管制值（安全利用类）');
  });

  it('without a pH result or option the sample is refused, naming its row', () => {
    try {
      evaluate(['F1,2024-04-01,镉,0.45,mg/kg,'], { standard: 'GB15618', landUse: 'paddy' });
      expect.unreachable();
    } catch (e) {
      expect((e as LabResultsError).issues[0]).toMatchObject({ row: 2, column: '选项 pH' });
    }
  });
});

describe('GB 3096-2008 (表1; --target-class is the acoustic zone)', () => {
  it('zone 2: day 58.4 ≤ 60 complies; night 52 > 50 exceeds by 2 dB (超标量, not a multiple)', () => {
    const e = evaluate(['N1,2024-05-01,昼间等效声级,58.4,dB(A),', 'N1,2024-05-01,夜间等效声级,52,dB(A),'], { standard: 'GB3096', targetClass: '2' });
    expect(e.samples[0].summary).toBe('2类声环境功能区昼间：达标；2类声环境功能区夜间：超标');
    expect(e.samples[0].exceedingItems).toEqual([{ item: 'leqNight', name: '夜间等效声级', multiple: null, excessDb: '2' }]);
    expect(e.points[0]).toMatchObject({ compliant: false, maxMultiple: null, exceedingItems: [{ item: 'leqNight', maxExcessDb: '2' }] });
  });

  it('zone 1 night L_max 62 exceeds 45 + 15 = 60', () => {
    const e = evaluate(['N1,2024-05-01,夜间,44,dB(A),', 'N1,2024-05-01,Lmax,62,dB(A),'], { standard: 'GB3096', targetClass: '1' });
    expect(e.samples[0].exceedingItems.map((i) => [i.item, i.excessDb])).toEqual([['lmaxNight', '2']]);
  });

  it('needs the zone', () => {
    expect(() => evaluate(['N1,2024-05-01,昼间,50,dB(A),'], { standard: 'GB3096' })).toThrow('--target-class 的值"（缺少）"无效，应为GB 3096 声环境功能区类别');
  });
});
