import { describe, expect, it } from 'vitest';
import { labPoint, samples } from '../../../../../test/fixtures/seed000Monitoring.js';
import { documentOf, paragraphOf, sectionOf } from '../../../../../test/helpers/reportDocument.js';
import type { ParagraphBlock, ReportDocument } from '../../reportModel.js';
import { buildEvaluationParagraph } from '../../sections/monitoring/evaluationParagraph.js';
import { labMediumFigures } from '../../sections/monitoring/labMediumFigures.js';
import { buildSoilParagraph, buildSurfaceWaterParagraph } from '../../sections/monitoring/mediumParagraphs.js';
import { monitoringAllComply } from './monitoringAllComply.js';

const SW = '地表水环境质量标准（GB 3838-2002）';
/** Downstream section: NH3-N 1.32 mg/L on 2024-05-10 against 1.0 (Ⅲ类) → (1.32 − 1.0)/1.0 = 0.320. */
const water = labMediumFigures('surfaceWater', [
  labPoint(22, '管山村断面', 'surfaceWater', SW, 'Ⅲ类', ['2024-05-10', '2024-11-12'], {
    exceedingSamples: samples(22, '管山村断面', ['2024-05-10']),
    exceedingItems: [{ item: 'nh3n', name: '氨氮', samples: 1, maxMultiple: '0.320', date: '2024-05-10' }],
  }),
]);
const soil = labMediumFigures('soil', [labPoint(51, '北侧边界', 'soil', 'GB 36600-2018', '第二类用地', ['2024-05-10'])]);

function report(blocks: ParagraphBlock[], narrative?: string): ReportDocument {
  const sections = [sectionOf('2.1', '（一）', '规划环评批复要求落实情况', blocks, 2)];
  if (narrative) sections.push(sectionOf('3', '三、', '成效', [paragraphOf('3', [], narrative)]));
  return { ...documentOf('测试', [], sections), figures: { ...water.figures, ...soil.figures } };
}
const check = (doc: ReportDocument) => monitoringAllComply.check({ report: doc, enterprises: [] });
const edit = (p: ParagraphBlock, text: string): ParagraphBlock => ({ ...p, edited: { text, by: '专员', at: null } });

describe('monitoring.allComply', () => {
  const evaluation = buildEvaluationParagraph([water, soil]);

  it('is silent on the generated paragraphs, which name what exceeds', () => {
    expect(check(report([evaluation, buildSurfaceWaterParagraph(water), buildSoilParagraph(soil, 2024)]))).toEqual([]);
  });

  it('finds a medium said to comply while one of its samples exceeds', () => {
    const [f, ...rest] = check(report([edit(evaluation, '地表水环境质量符合地表水环境质量标准（GB3838-2002）Ⅲ类标准限值；土壤环境质量符合第二类用地风险筛选值。')]));
    expect(rest).toEqual([]);
    expect(f!.message).toBe('编写的文字“地表水环境质量符合地表水环境质量标准（GB3838-2002）Ⅲ类标准限值”说“符合地表水环境质量标准”，但地表水超标样品数为1个');
    expect(f!.links.map((l) => l.id)).toEqual(['2.1.monitoringResults', '22:2024-05-10']);
  });

  it('reads 达标率100%, 无超标因子 and 最大超标倍数0倍 as claims', () => {
    const p = buildSurfaceWaterParagraph(water);
    expect(check(report([edit(p, '管山村断面监测达标率100%。')]))).toHaveLength(1);
    expect(check(report([edit(p, '地表水断面无超标因子。')]))).toHaveLength(1);
    expect(check(report([edit(p, '地表水最大超标倍数0倍。')]))).toHaveLength(1);
    // A clause that names no medium speaks of the paragraph's own.
    expect(check(report([edit(p, '管山村断面水质良好，各项目均达标。')]))).toHaveLength(1);
  });

  it('is silent on negated claims and on media that do comply', () => {
    expect(check(report([edit(evaluation, '地表水环境质量不符合Ⅲ类标准，氨氮超标；土壤环境质量符合第二类用地风险筛选值。')]))).toEqual([]);
  });

  it('reads text without figures against the whole report when it names a medium', () => {
    expect(check(report([evaluation], '园区地表水水质全部达标。')).map((f) => f.where.sectionKey)).toEqual(['3']);
    expect(check(report([evaluation], '污水处理厂在线监测达标率100%。'))).toEqual([]);
  });
});
