import { describe, expect, it } from 'vitest';
import { labPoint, SEED_MONITORING } from '../../../test/fixtures/seed000Monitoring.js';
import { summariseMonitoring } from './monitoringSummary.js';

describe('summariseMonitoring', () => {
  const s = summariseMonitoring('S437012', 2024, SEED_MONITORING);

  it('gives each station its compliance days and rate as table 6 prints them', () => {
    // 348/362 = 0.961325… → 96.13%; 336/353 = 0.951841… → 95.18%; 332/351 = 0.945868… → 94.59%.
    expect(s.stations.map((x) => [x.name, x.monitoringDays, x.compliantDays, x.rate])).toEqual([
      ['张家岭路', '362天', '348天', '96.13%'],
      ['美皇制衣', '353天', '336天', '95.18%'],
      ['成章学校', '351天', '332天', '94.59%'],
    ]);
    expect(s.stations[0]!.factors.filter((f) => f.exceedingDays > 0)).toEqual([
      { name: 'O3', exceedingDays: 3, maxMultiple: '0.131' },
      { name: 'PM2.5', exceedingDays: 12, maxMultiple: '0.467' },
    ]);
  });

  it('counts each medium\'s samples and says 100% where every one complies', () => {
    const water = s.media.find((m) => m.medium === '地表水')!;
    expect([water.points, water.evaluatedSamples, water.exceedingSamples, water.rate, water.maxMultiple]).toEqual([1, '2个', '0个', '100.0%', '0.000倍']);
  });

  it('gives a medium with an exceeding sample its rate and largest multiple', () => {
    // Two samples, one with NH3-N 1.32 mg/L against Ⅲ类 1.0: (1.32 − 1.0)/1.0 = 0.320; 1 of 2 comply → 50.0%.
    const point = labPoint(22, '管山村断面', 'surfaceWater', '地表水环境质量标准（GB 3838-2002）', 'Ⅲ类', ['2024-05-10', '2024-11-12'], {
      exceedingSamples: [{ entity: 'labSample', id: '22:2024-11-12', label: '管山村断面 2024-11-12' }],
      exceedingItems: [{ item: 'NH3-N', name: '氨氮', samples: 1, maxMultiple: '0.320', date: '2024-11-12' }],
    });
    const one = summariseMonitoring('S437012', 2024, { ...SEED_MONITORING, labPoints: [point] });
    expect(one.media).toHaveLength(1);
    expect(one.media[0]).toMatchObject({ medium: '地表水', rate: '50.0%', maxMultiple: '0.320倍', exceedingItems: [{ name: '氨氮', points: ['管山村断面'], samples: '1个', maxMultiple: '0.320倍' }] });
  });

  it('prints the regional figures as entered, 优良率 as a percentage', () => {
    expect(s.regional!.figures.find((f) => f.label === '2024年优良率')).toEqual({ label: '2024年优良率', text: '90.2%', entered: true });
    expect(s.regional!.figures.find((f) => f.label === '2024年累计空气质量优良天数')).toMatchObject({ text: '330天' });
  });

  it('prints the plan with what was done per point', () => {
    expect(s.plan[0]).toEqual({
      medium: '环境空气',
      points: '园区上风向1000m、下风向500m、1000m各一个监测点',
      planned: 2,
      done: '上风向1000m 2/2；下风向500m 2/2；下风向1000m 2/2',
      status: '已落实',
      reason: null,
    });
  });
});
