import { describe, expect, it } from 'vitest';
import { labPoint, samples, SEED_LAB_POINTS } from '../../../../../test/fixtures/seed000Monitoring.js';
import { generatedText } from '../../figures.js';
import { labMediumFigures } from './labMediumFigures.js';
import { buildGroundwaterParagraph, buildSoilParagraph, buildSurfaceWaterParagraph } from './mediumParagraphs.js';

const seed = (medium: 'surfaceWater' | 'groundwater' | 'soil') => labMediumFigures(medium, SEED_LAB_POINTS.filter((p) => p.medium === medium));

describe('the monitoring sentences of 二（三） and 二（五）', () => {
  it('writes seed 000 二（三）: the downstream section, its class, 达标率 and 无超标因子', () => {
    // Seed: 排污口下游最近的地表水水质管控断面名称管山村断面，水功能区划（GB3838-2002）Ⅱ类，监测达标率 100%，无超标因子。
    expect(generatedText(buildSurfaceWaterParagraph(seed('surfaceWater')))).toBe(
      '地表水水质监测断面管山村断面（下游，Ⅱ类），执行地表水环境质量标准（GB 3838-2002），监测达标率100.0%，无超标因子。',
    );
    expect(generatedText(buildGroundwaterParagraph(seed('groundwater')))).toBe(
      '地下水监测点位白河安置小区1号井（Ⅲ类），执行地下水质量标准（GB/T 14848-2017），监测达标率100.0%，无超标因子。',
    );
  });

  it('writes seed 000 二（五）', () => {
    // Seed: 2024年度土壤环境质量监测达标率100%，无土壤超标因子。
    expect(generatedText(buildSoilParagraph(seed('soil'), 2024))).toBe('2024年度土壤环境质量监测达标率100.0%，无土壤超标因子。');
  });

  it('names what exceeds, with the 达标率 of the samples and the worst class of each point', () => {
    // 1 of 2 samples exceeds: 1/2 = 50.0%; NH3-N 1.32 against 1.0 → 0.320.
    const m = labMediumFigures('surfaceWater', [
      labPoint(22, '管山村断面', 'surfaceWater', '地表水环境质量标准（GB 3838-2002）', 'Ⅲ类', ['2024-05-10', '2024-11-12'], {
        role: '下游',
        exceedingSamples: samples(22, '管山村断面', ['2024-05-10']),
        exceedingItems: [{ item: 'nh3n', name: '氨氮', samples: 1, maxMultiple: '0.320', date: '2024-05-10' }],
        worstClassLabel: 'Ⅳ',
      }),
    ]);
    expect(generatedText(buildSurfaceWaterParagraph(m))).toBe(
      '地表水水质监测断面管山村断面（下游，Ⅲ类），执行地表水环境质量标准（GB 3838-2002），监测达标率50.0%，' +
        '超标因子为氨氮（管山村断面，超标样品1个，最大超标倍数0.320倍），年度水质类别为管山村断面Ⅳ类。',
    );
  });

  it('says when a medium has no results', () => {
    expect(generatedText(buildGroundwaterParagraph(labMediumFigures('groundwater', [])))).toBe('本年度无地下水监测结果。');
    expect(generatedText(buildSoilParagraph(labMediumFigures('soil', []), 2024))).toBe('2024年度无土壤环境质量监测结果。');
  });
});
