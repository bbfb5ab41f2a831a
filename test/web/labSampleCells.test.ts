import { describe, expect, it } from 'vitest';
import type { LabPointView, LabSampleView } from '../../src/services/monitoring/labResultsImport.js';
import { defaultTrendItem, isSimulated, itemTrend, pointItems, sampleCell } from '../../web/src/pages/monitoring/labResults/sampleCells.js';

const result = (item: string, name: string, value: string, unit: string, source = '大气（模拟数据）.xlsx'): LabSampleView['results'][number] => ({
  item,
  name,
  valueKind: value === '未测' ? 'notMeasured' : value.endsWith('L') || value === 'ND' ? 'belowDetection' : 'number',
  value,
  unit,
  source,
  importedAt: '2024-06-01T00:00:00.000Z',
  importedBy: 'officer',
});
const judged = (item: string, name: string, value: string, limit: string, multiple: string | null) => ({
  item,
  name,
  unit: 'µg/m³',
  value,
  limit,
  class: null,
  verdict: null,
  exceeds: multiple !== null,
  multiple,
  excessDb: null,
  detectionLimitAboveLimit: false,
  note: '按24小时平均浓度限值评价（实验室样品视作日均值，待核对）',
});

/** 张家岭路, GB 3095 二级: SO2 0.162 mg/m³ = 162 µg/m³ → (162 − 150)/150 = 0.080; NOx 0.007L mg/m³ = 7L; 臭气浓度 no limit. */
const point: LabPointView = {
  pointId: 1,
  point: '张家岭路',
  kind: 'micro_station',
  kindLabel: '微站',
  standardCode: 'GB3095',
  standardClass: '二级',
  standardName: 'GB 3095 环境空气质量标准',
  evaluationNote: null,
  samples: [
    {
      date: '2024-05-10',
      results: [result('SO2', '二氧化硫', '0.162', 'mg/m³'), result('NOx', '氮氧化物', '0.007L', 'mg/m³'), result('odour', '臭气浓度', '12', '无量纲'), result('TSP', '总悬浮颗粒物', '未测', 'mg/m³')],
      verdict: {
        compliant: false,
        summary: 'GB 3095-2012 环境空气质量标准（含2018年修改单） 二类区24小时平均：超标（二氧化硫）',
        waterClassLabel: null,
        items: [judged('SO2', '二氧化硫', '162', '150', '0.080'), judged('NOx', '氮氧化物', '7L', '100', null)],
        exceedingItems: [{ item: 'SO2', name: '二氧化硫', multiple: '0.080', excessDb: null }],
        maxMultiple: { item: 'SO2', name: '二氧化硫', multiple: '0.080' },
        noLimit: [{ item: 'odour', name: '臭气浓度', reason: 'GB 3095 环境空气质量标准无此项目限值' }],
      },
    },
    {
      date: '2024-05-11',
      results: [result('SO2', '二氧化硫', '100', 'µg/m³', '复测.csv')],
      verdict: {
        compliant: true,
        summary: 'GB 3095-2012 环境空气质量标准（含2018年修改单） 二类区24小时平均：达标',
        waterClassLabel: null,
        items: [judged('SO2', '二氧化硫', '100', '150', null)],
        exceedingItems: [],
        maxMultiple: null,
        noLimit: [],
      },
    },
  ],
  summary: {
    samples: 2,
    evaluatedSamples: 2,
    exceedingSamples: 1,
    compliant: false,
    worstClassLabel: null,
    maxMultiple: { item: 'SO2', name: '二氧化硫', multiple: '0.080', date: '2024-05-10' },
    exceedingItems: [{ item: 'SO2', name: '二氧化硫', samples: 1, maxMultiple: '0.080', maxExcessDb: null, date: '2024-05-10' }],
    noLimitItems: ['臭气浓度'],
  },
};

describe('the cells and the trend of the 监测结果 page', () => {
  it('items in the order the samples name them', () => {
    expect(pointItems(point).map((i) => i.name)).toEqual(['二氧化硫', '氮氧化物', '臭气浓度', '总悬浮颗粒物']);
  });

  it('a cell is judged (in the standard’s unit), without a limit, not measured, or missing', () => {
    const [may10, may11] = point.samples;
    expect(sampleCell(may10, 'SO2')).toMatchObject({ kind: 'judged', verdict: { value: '162', unit: 'µg/m³', multiple: '0.080' } });
    expect(sampleCell(may10, 'odour')).toMatchObject({ kind: 'noLimit', reason: 'GB 3095 环境空气质量标准无此项目限值', result: { value: '12', unit: '无量纲' } });
    expect(sampleCell(may10, 'TSP').kind).toBe('notMeasured');
    expect(sampleCell(may11, 'NOx').kind).toBe('none');
    expect(sampleCell({ ...may11, verdict: null }, 'SO2')).toMatchObject({ kind: 'stored', result: { value: '100' } });
  });

  it('the trend of an item: judged values in µg/m³, below detection at its limit, the limit once', () => {
    expect(itemTrend(point, 'SO2')).toEqual({
      name: '二氧化硫',
      series: [
        {
          unit: 'µg/m³',
          points: [
            { date: '2024-05-10', value: 162, text: '162', belowDetection: false, exceeds: true, multiple: '0.080' },
            { date: '2024-05-11', value: 100, text: '100', belowDetection: false, exceeds: false, multiple: null },
          ],
        },
      ],
      limits: [{ value: 150, unit: 'µg/m³' }],
      noLimit: false,
    });
    expect(itemTrend(point, 'NOx').series[0].points[0]).toMatchObject({ value: 7, text: '7L', belowDetection: true });
    // Without a limit: the stored values, no limit line.
    expect(itemTrend(point, 'odour')).toMatchObject({ series: [{ unit: '无量纲', points: [{ value: 12 }] }], limits: [], noLimit: true });
  });

  it('opens on the largest exceedance; 模拟数据 from any source file', () => {
    expect(defaultTrendItem(point)).toBe('SO2');
    expect(isSimulated(point)).toBe(true);
    expect(isSimulated({ ...point, samples: [point.samples[1]] })).toBe(false);
  });
});
