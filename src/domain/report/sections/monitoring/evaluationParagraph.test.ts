import { describe, expect, it } from 'vitest';
import { labPoint, samples, SEED_LAB_POINTS } from '../../../../../test/fixtures/seed000Monitoring.js';
import { generatedText } from '../../figures.js';
import { buildEvaluationParagraph } from './evaluationParagraph.js';
import { labMediumFigures } from './labMediumFigures.js';
import type { MonitoringMedium } from './monitoringInput.js';

const SW = '地表水环境质量标准（GB 3838-2002）';
const byMedium = (points = SEED_LAB_POINTS) =>
  (['air', 'surfaceWater', 'groundwater', 'soil', 'noise'] as MonitoringMedium[]).map((m) => labMediumFigures(m, points.filter((p) => p.medium === m)));

/** Upstream complies twice; downstream exceeds NH3-N on 2024-05-10 (1.32 mg/L against 1.0 → 0.320) and complies in November. */
const water = labMediumFigures('surfaceWater', [
  labPoint(21, '上游500m', 'surfaceWater', SW, 'Ⅲ类', ['2024-05-10', '2024-11-12'], { noLimitItems: ['粪大肠菌群'] }),
  labPoint(22, '管山村断面', 'surfaceWater', SW, 'Ⅲ类', ['2024-05-10', '2024-11-12'], {
    exceedingSamples: samples(22, '管山村断面', ['2024-05-10']),
    exceedingItems: [{ item: 'nh3n', name: '氨氮', samples: 1, maxMultiple: '0.320', date: '2024-05-10' }],
    noLimitItems: ['粪大肠菌群'],
    simulated: true,
  }),
]);

describe('labMediumFigures', () => {
  it('counts samples evaluated, exceeding and complying, and 达标率 as their exact quotient', () => {
    expect([water.evaluated.value, water.exceeding.value, water.compliant.value]).toEqual(['4', '1', '3']);
    // 3 / 4 = 0.75 → 75.0%.
    expect(water.rate).toMatchObject({ value: '0.75', format: { percent: true, decimals: 1 }, ratio: { numerator: 'lab.surfaceWater.compliant', denominator: 'lab.surfaceWater.evaluated' } });
    expect(water.exceeding.provenance.records.map((r) => r.id)).toEqual(['22:2024-05-10']);
    expect(water.maxMultiple).toMatchObject({ value: '0.32', format: { decimals: 3 } });
    expect(water.noLimitItems).toEqual(['粪大肠菌群']);
  });

  it('has no rate without an evaluated sample', () => {
    const none = labMediumFigures('soil', []);
    expect([none.evaluated.value, none.rate, none.maxMultiple.value]).toEqual(['0', null, '0']);
  });
});

describe('buildEvaluationParagraph', () => {
  it('writes the seed paragraph after table 3 when every medium complies', () => {
    expect(generatedText(buildEvaluationParagraph(byMedium()))).toBe(
      '根据自行监测（表3）结果分析：园区环境空气质量符合环境空气质量标准（GB 3095-2012）二级标准；' +
        '地表水环境质量符合地表水环境质量标准（GB 3838-2002）Ⅱ类标准；地下水环境质量符合地下水质量标准（GB/T 14848-2017）Ⅲ类标准；' +
        '土壤环境质量符合土壤环境质量 建设用地土壤污染风险管控标准（试行）（GB 36600-2018）第二类用地风险筛选值；' +
        '环境噪声符合声环境质量标准（GB 3096-2008）3类标准。',
    );
  });

  it('names the item that exceeds, where, and its largest 超标倍数 with three decimals; items without a limit; simulated data', () => {
    const text = generatedText(buildEvaluationParagraph([water]));
    expect(text).toBe(
      '根据自行监测（表3）结果分析：地表水环境质量不符合地表水环境质量标准（GB 3838-2002）Ⅲ类标准，' +
        '超标因子为氨氮（管山村断面，超标样品1个，最大超标倍数0.320倍），粪大肠菌群无标准限值，未作评价（模拟数据）。',
    );
  });

  it('says a medium without evaluated samples was not judged, and why', () => {
    const unjudged = labMediumFigures('groundwater', [{ ...labPoint(31, '1号井', 'groundwater', 'x', null, []), standardName: null, note: '未设定执行标准' }]);
    const none = labMediumFigures('soil', []);
    expect(generatedText(buildEvaluationParagraph([unjudged, none]))).toBe(
      '根据自行监测（表3）结果分析：地下水环境质量未作评价（1号井：未设定执行标准）；土壤环境质量本年度无监测结果，未作评价。',
    );
  });

  it('speaks of every figure of its media, printed or not', () => {
    const p = buildEvaluationParagraph([water]);
    expect(p.figureIds).toEqual(Object.keys(water.figures));
    expect(p.figureIds).toContain('lab.surfaceWater.rate');
  });
});
