import { describe, expect, it } from 'vitest';
import { documentOf, figureOf } from '../../../../../test/helpers/reportDocument.js';
import type { Figure, ReportDocument } from '../../reportModel.js';
import type { ReportRequirementSource } from '../../sections/registers/requirementInput.js';
import { buildRequirementSections } from '../../sections/registers/requirementSections.js';
import { requirementLinkedFigure } from './requirementLinkedFigure.js';

/** Seed 000 table 1 row 9 (the quota) and a requirement quoting the wastewater plant's capacity. */
const QUOTA_REQUIREMENT = '污染物总量控制∶COD≤300t/a、氨氮≤40t/a、S02≤500t/a、NOx≤750t/a，总量指标纳入当地环保部门污染物总量控制管理。';
const QUOTA_TEXT_2024 = '污染物总量：2024年实际排放总量情况（污染物总量：化学需氧量90.59t/a，氨氮1.37t/a、二氧化硫16.35t/a，氮氧化物13.02t/a），园区2024年污染物排放量在总量控制范围以内。';

function source(quotaText: string, capacityText: string): ReportRequirementSource {
  const impl = (id: number, text: string) => ({ id, text, verdict: '符合', carriedFromYear: null, by: '专员', at: '2025-01-10T00:00:00.000Z' });
  return {
    id: 1,
    kind: 'planEia',
    title: '祁东经济开发区环境影响报告书',
    documentNumber: '湘环评函[2014]89号',
    issued: '2014-08',
    authority: '湖南省环境保护厅',
    unit: null,
    by: '专员',
    at: '2025-01-10T00:00:00.000Z',
    requirements: [
      { id: 11, dimension: null, number: null, text: '加快园区污水处理厂建设。', linkedFigure: null, implementation: impl(21, '归阳镇污水处理厂设计处理规模5000m³/d。') },
      { id: 12, dimension: null, number: null, text: QUOTA_REQUIREMENT, linkedFigure: 'quota', implementation: impl(22, quotaText) },
      { id: 13, dimension: null, number: null, text: '后续园区不得超过污水处理厂处理能力引进废水排放项目。', linkedFigure: 'wastewaterPlantCapacity', implementation: impl(23, capacityText) },
    ],
  };
}

/** The seed's quota (300, 40, 500, 750 t/a), its 2024 totals, and the plant's design capacity of 10000 m³/d. */
const figures: Figure[] = [
  figureOf('quota.COD', '化学需氧量总量控制指标', '300', 't/a'),
  figureOf('quota.NH3-N', '氨氮总量控制指标', '40', 't/a'),
  figureOf('quota.SO2', '二氧化硫总量控制指标', '500', 't/a'),
  figureOf('quota.NOx', '氮氧化物总量控制指标', '750', 't/a'),
  figureOf('emission.2024.COD', '2024年化学需氧量排放量', '90.59', 't/a'),
  figureOf('emission.2024.NH3-N', '2024年氨氮排放量', '1.37', 't/a'),
  figureOf('emission.2024.SO2', '2024年二氧化硫排放量', '16.35', 't/a'),
  figureOf('emission.2024.NOx', '2024年氮氧化物排放量', '13.02', 't/a'),
  figureOf('facts.plant.1.designCapacity', '归阳镇污水处理厂设计处理规模', '10000', 'm³/d'),
  figureOf('facts.plant.1.actualCapacity', '归阳镇污水处理厂实际处理规模', '4000', 'm³/d'),
];

function report(quotaText: string, capacityText: string, withFigures = figures): ReportDocument {
  const built = buildRequirementSections({ year: 2024, parkName: '测试园区', requirements: { sources: [source(quotaText, capacityText)] }, texts: {} });
  return { ...documentOf('测试', [], built.sections), figures: { ...built.figures, ...Object.fromEntries(withFigures.map((f) => [f.id, f])) } };
}
const check = (doc: ReportDocument) => requirementLinkedFigure.check({ report: doc, enterprises: [] });

describe('requirement.linkedFigure', () => {
  it('is silent on seed 000 table 1 row 9, which quotes the 2024 totals, and on text quoting the quota', () => {
    expect(check(report(QUOTA_TEXT_2024, '归阳镇污水处理厂设计处理规模一期10000m³/d，实际处理规模4000m³/d，可满足园区需求。'))).toEqual([]);
    expect(check(report('园区严格执行COD≤300t/a、氨氮≤40吨/年的总量控制指标。', '污水处理厂规模1万吨/日。'))).toEqual([]);
  });

  it('finds a pollutant quoted with a number that is neither its quota nor the year\'s total', () => {
    // 96.33 t/a is 2023's COD (seed 000 八), not 2024's.
    const [f, ...rest] = check(report(QUOTA_TEXT_2024.replace('90.59', '96.33'), '不超过处理规模。'));
    expect(rest).toEqual([]);
    expect(f!.message).toBe('表1第2行的落实情况“化学需氧量96.33t/a”与报告的化学需氧量总量控制指标300t/a、2024年化学需氧量排放量90.59t/a不符');
    expect(f!.where).toMatchObject({ sectionKey: '2.1', row: 2 });
    expect(f!.links).toEqual([{ entity: 'requirementImplementation', id: 22, label: '湘环评函[2014]89号 第2条的落实情况' }]);
  });

  it('finds a capacity that differs from the plant\'s design capacity, and only in linked rows', () => {
    // Row 1 quotes 5000 m³/d too, but is not linked.
    const found = check(report(QUOTA_TEXT_2024, '污水处理厂设计规模5000m³/d，园区废水排放量未超过处理能力。'));
    expect(found.map((f) => [f.where.row, f.message])).toEqual([[3, '表1第3行的落实情况“5000m³/d”与报告的归阳镇污水处理厂设计处理规模10000m³/d、归阳镇污水处理厂实际处理规模4000m³/d不符']]);
  });

  it('does not judge figures the report does not hold', () => {
    expect(check(report(QUOTA_TEXT_2024.replace('90.59', '96.33'), '设计规模5000m³/d', []))).toEqual([]);
  });
});
