import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../../standards/index.js';
import { evaluateLabResults } from './evaluateLabResults.js';
import { LabResultsError } from './labResultsError.js';
import { parseCsv } from './parseCsv.js';
import { readLabResults } from './readLabResults.js';

const HEADER = '点位,采样日期,监测项目,监测结果,单位,检出限';

/** Read a CSV as the import does (no standard given to the reader: units as written) and judge it under GB 3095. */
function evaluate(lines: string[], targetClass?: string, readerStandard?: 'GB3095') {
  const rs = readLabResults('air.csv', [{ rows: parseCsv([HEADER, ...lines].join('\n')) }], readerStandard ? { standard: readerStandard } : {});
  return evaluateLabResults(rs, { standard: 'GB3095', ...(targetClass === undefined ? {} : { targetClass }) });
}
const itemOf = (e: ReturnType<typeof evaluate>, sample: number, id: string) => e.samples[sample].items.find((i) => i.item === id);
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof LabResultsError) return e.issues;
    throw e;
  }
  throw new Error('expected a LabResultsError');
};

// Limits: GB 3095-2012 表1–表2, 24-hour mean, 二级 (一级): SO2 150 (50), NO2 80, NOx 100, PM10 150 (50), PM2.5 75 (35),
// TSP 300 (120) µg/m³, CO 4 mg/m³.
describe('ambient air of a lab report under GB 3095 (24-hour limits; UNCONFIRMED averaging of a lab sample)', () => {
  it('SO2 0.162 mg/m³ at 二级: 162 µg/m³ > 150 → (162 − 150)/150 = 0.080', () => {
    const e = evaluate(['上风向1000m,2024-05-10,SO2,0.162,mg/m³,0.007']);
    expect(itemOf(e, 0, 'SO2')).toMatchObject({ name: '二氧化硫', value: '162', unit: 'µg/m³', limit: '150', exceeds: true, multiple: '0.080', class: null });
    expect(itemOf(e, 0, 'SO2')?.note).toContain('24小时平均');
    expect(e.samples[0]).toMatchObject({
      compliant: false,
      summary: 'GB 3095-2012 环境空气质量标准（含2018年修改单） 二类区24小时平均：超标（二氧化硫）',
      exceedingItems: [{ item: 'SO2', name: '二氧化硫', multiple: '0.080', excessDb: null }],
      maxMultiple: { item: 'SO2', name: '二氧化硫', multiple: '0.080' },
    });
    expect(e.standardName).toBe('GB 3095 环境空气质量标准');
  });

  it('the same at 一级 (一类区): limit 50 → (162 − 50)/50 = 2.240', () => {
    const e = evaluate(['上风向1000m,2024-05-10,二氧化硫,162,µg/m3,'], '1');
    expect(itemOf(e, 0, 'SO2')).toMatchObject({ value: '162', limit: '50', multiple: '2.240' });
    expect(e.samples[0].summary).toBe('GB 3095-2012 环境空气质量标准（含2018年修改单） 一类区24小时平均：超标（二氧化硫）');
  });

  it('every pollutant with a 24-hour limit, by hand', () => {
    const e = evaluate([
      'P,2024-05-10,NOX,85,ug/m3,', // ≤ 100
      'P,2024-05-10,PM10,0.16,mg/m3,', // 160 vs 150: 10/150 = 0.0666… → 0.067
      'P,2024-05-10,TSP,310,μg/m³,', // 10/300 = 0.0333… → 0.033
      'P,2024-05-10,PM2.5,75.9375,µg/m³,', // 0.9375/75 = 0.0125 → 0.012 (GB/T 8170, even); judged as reported, not as 76
      'P,2024-05-10,一氧化碳,4.5,mg/m³,', // 0.5/4 = 0.125
      'P,2024-05-10,NO2,80,µg/m³,', // = 80: meets the limit
    ]);
    expect(e.samples[0].items.map((i) => [i.item, i.value, i.unit, i.limit, i.exceeds, i.multiple])).toEqual([
      ['NOx', '85', 'µg/m³', '100', false, null],
      ['PM10', '160', 'µg/m³', '150', true, '0.067'],
      ['TSP', '310', 'µg/m³', '300', true, '0.033'],
      ['PM2.5', '75.9375', 'µg/m³', '75', true, '0.012'],
      ['CO', '4.5', 'mg/m³', '4', true, '0.125'],
      ['NO2', '80', 'µg/m³', '80', false, null],
    ]);
    expect(e.samples[0].maxMultiple).toEqual({ item: 'CO', name: '一氧化碳', multiple: '0.125' });
  });

  it('below detection meets the limit: ND, and 0.007L mg/m³ (= 7L µg/m³)', () => {
    const e = evaluate(['P,2024-05-10,SO2,ND,mg/m³,0.007', 'P,2024-05-10,NO2,0.007L,mg/m³,']);
    expect(itemOf(e, 0, 'SO2')).toMatchObject({ value: '7L', limit: '150', exceeds: false, multiple: null, detectionLimitAboveLimit: false });
    expect(itemOf(e, 0, 'NO2')).toMatchObject({ value: '7L', limit: '80', exceeds: false, multiple: null });
    expect(e.samples[0]).toMatchObject({ compliant: true, summary: 'GB 3095-2012 环境空气质量标准（含2018年修改单） 二类区24小时平均：达标' });
  });

  it('a detection limit above the limit is flagged: SO2 ND with limit 0.2 mg/m³ = 200 > 150', () => {
    const e = evaluate(['P,2024-05-10,SO2,ND,mg/m³,0.2']);
    expect(itemOf(e, 0, 'SO2')).toMatchObject({ value: '200L', exceeds: false, detectionLimitAboveLimit: true });
    expect(itemOf(e, 0, 'SO2')?.note).toContain('检出限 200 高于限值 150');
  });

  it('items GB 3095 does not limit are reported in noLimit, never passed (seed 000 表3)', () => {
    const e = evaluate([
      '工业污水处理厂,2024-05-10,VOCs,0.52,mg/m³,',
      '工业污水处理厂,2024-05-10,甲苯,0.0015L,mg/m³,',
      '工业污水处理厂,2024-05-10,二甲苯,ND,mg/m³,0.0015',
      '工业污水处理厂,2024-05-10,氨（氨气）,0.08,mg/m³,',
      '工业污水处理厂,2024-05-10,硫化氢,0.003,mg/m³,',
      '工业污水处理厂,2024-05-10,臭气浓度,<10,无量纲,',
      '工业污水处理厂,2024-05-10,甲烷,1.9,mg/m³,',
    ]);
    expect(e.samples[0]).toMatchObject({ compliant: null, items: [], summary: '无可评价项目（GB 3095 环境空气质量标准无所测项目的限值或均未测）' });
    expect(e.samples[0].noLimit.map((n) => [n.name, n.value, n.unit, n.reason])).toEqual([
      ['挥发性有机物', '0.52', 'mg/m³', 'GB 3095 环境空气质量标准无此项目限值'],
      ['甲苯', '0.0015L', 'mg/m³', 'GB 3095 环境空气质量标准无此项目限值'],
      ['二甲苯', '0.0015L', 'mg/m³', 'GB 3095 环境空气质量标准无此项目限值'],
      ['氨', '0.08', 'mg/m³', 'GB 3095 环境空气质量标准无此项目限值'],
      ['硫化氢', '0.003', 'mg/m³', 'GB 3095 环境空气质量标准无此项目限值'],
      ['臭气浓度', '10L', '无量纲', 'GB 3095 环境空气质量标准无此项目限值'],
      ['甲烷', '1.9', 'mg/m³', 'GB 3095 环境空气质量标准无此项目限值'],
    ]);
    expect(e.points[0]).toMatchObject({ compliant: null, evaluatedSamples: 0, noLimitItems: ['挥发性有机物', '甲苯', '二甲苯', '氨', '硫化氢', '臭气浓度', '甲烷'] });
  });

  it('pollutants GB 3095 limits only for other averaging times (铅, 臭氧) are reported as such', () => {
    const e = evaluate(['P,2024-05-10,铅,0.05,µg/m³,', 'P,2024-05-10,O3,120,µg/m³,', 'P,2024-05-10,SO2,20,µg/m³,']);
    expect(e.samples[0].noLimit.map((n) => [n.name, n.reason])).toEqual([
      ['铅', 'GB 3095-2012 环境空气质量标准（含2018年修改单）无铅的24小时平均浓度限值（仅有年平均、季平均限值）'],
      ['臭氧', 'GB 3095-2012 环境空气质量标准（含2018年修改单）无臭氧的24小时平均浓度限值（仅有日最大8小时平均、1小时平均限值）'],
    ]);
    expect(e.samples[0].compliant).toBe(true);
  });

  it('the edition of the sampling date: PM2.5 70 on 2026-06-01 against the transition limit 60 → 10/60 = 0.167', () => {
    const e = evaluate(['P,2026-06-01,PM2.5,70,µg/m³,', 'P,2025-06-01,PM2.5,70,µg/m³,']);
    expect(e.samples.map((s) => [s.date, itemOf(e, e.samples.indexOf(s), 'PM2.5')?.limit, s.compliant, s.maxMultiple?.multiple ?? null])).toEqual([
      ['2025-06-01', '75', true, null],
      ['2026-06-01', '60', false, '0.167'],
    ]);
    expect(e.samples[1].summary).toBe('GB 3095-2026 环境空气质量标准（过渡阶段限值） 二类区24小时平均：超标（PM2.5）');
  });

  it('per point: exceeding samples, each item’s largest multiple with its date, the largest overall', () => {
    const e = evaluate(['A1,2024-05-10,SO2,0.162,mg/m³,', 'A1,2024-05-11,SO2,0.18,mg/m³,', 'A1,2024-05-11,PM10,120,µg/m³,', 'A1,2024-05-12,SO2,0.1,mg/m³,']);
    // 180: 30/150 = 0.200 > 0.080
    expect(e.points[0]).toMatchObject({
      samples: 3,
      evaluatedSamples: 3,
      exceedingSamples: 2,
      compliant: false,
      worstClass: null,
      exceedingItems: [{ item: 'SO2', name: '二氧化硫', samples: 2, maxMultiple: '0.200', maxExcessDb: null, date: '2024-05-11' }],
      maxMultiple: { item: 'SO2', name: '二氧化硫', multiple: '0.200', date: '2024-05-11' },
    });
  });

  it('with the standard given to the reader (the CLI), results are converted as they are read', () => {
    const e = evaluate(['P,2024-05-10,SO2,0.162,mg/m³,'], undefined, 'GB3095');
    expect(itemOf(e, 0, 'SO2')).toMatchObject({ value: '162', multiple: '0.080' });
  });

  describe('bad input', () => {
    it('an air item in a unit of another kind names the unit cell, row and value', () => {
      expect(issuesOf(() => evaluate(['P,2024-05-10,SO2,0.1,mg/m³,', 'P,2024-05-10,二氧化硫,0.1,mg/L,']))).toEqual([
        { file: 'air.csv', row: 3, column: 'E（单位）', value: 'mg/L', expected: '二氧化硫的单位（mg/m³、µg/m³、ng/m³）' },
      ]);
      expect(issuesOf(() => evaluate(['P,2024-05-10,VOCs,0.5,mg/kg,', 'P,2024-05-10,臭气浓度,12,mg/m³,']))).toEqual([
        { file: 'air.csv', row: 2, column: 'E（单位）', value: 'mg/kg', expected: '挥发性有机物的单位（mg/m³、µg/m³、ng/m³）' },
        { file: 'air.csv', row: 3, column: 'E（单位）', value: 'mg/m³', expected: '臭气浓度的单位（无量纲）' },
      ]);
    });

    it('a value that is not a number, and an unknown air item', () => {
      const issues = issuesOf(() => evaluate(['P,2024-05-10,SO2,很低,mg/m³,', 'P,2024-05-10,二氧化流,0.1,mg/m³,']));
      expect(issues.map((i) => [i.row, i.column, i.value])).toEqual([
        [2, 'D（监测结果）', '很低'],
        [3, 'C（监测项目）', '二氧化流'],
      ]);
      expect(issues[1].expected).toContain('二氧化硫');
    });

    it('a sampling date before GB 3095 applies here (2016-01-01) names the date', () => {
      const issues = issuesOf(() => evaluate(['P,2015-12-31,SO2,0.1,mg/m³,']));
      expect(issues).toEqual([expect.objectContaining({ file: 'air.csv', row: 2, column: '采样日期', value: '2015-12-31' })]);
    });

    it('a zone class other than 1 or 2', () => {
      expect(() => evaluate(['P,2024-05-10,SO2,0.1,mg/m³,'], '3')).toThrow(StandardInputError);
      expect(() => evaluate(['P,2024-05-10,SO2,0.1,mg/m³,'], '3')).toThrow(/--target-class/);
    });
  });
});
