import { describe, expect, it } from 'vitest';
import { planItem } from '../../../../../test/fixtures/seed000Monitoring.js';
import { documentOf, paragraphOf, reportOf, sectionOf } from '../../../../../test/helpers/reportDocument.js';
import type { ReportDocument, TableBlock } from '../../reportModel.js';
import { buildPlanTable } from '../../sections/monitoring/monitoringPlanTable.js';
import type { PlanItemInput } from '../../sections/monitoring/monitoringInput.js';
import { planImplemented } from './planImplemented.js';

const texts: [string, string, string, string] = ['上游500m和下游1000m', 'pH、COD、氨氮', '1次/半年', 'GB 3838-2002 Ⅲ类'];
/** Surface water: two points, two campaigns each; the downstream point sampled once → 3 of 4 done. */
const water = planItem(1, 'surfaceWater', texts, [
  { id: 21, label: '上游500m', planned: 2, dates: ['2024-05-10', '2024-11-12'] },
  { id: 22, label: '下游1000m', planned: 2, dates: ['2024-05-10'] },
]);
const air = planItem(2, 'air', ['上风向1000m', 'SO2', '每年两期', 'GB 3095-2012 二级'], [{ id: 11, label: '上风向1000m', planned: 2, dates: ['2024-05-10', '2024-11-12'] }]);

function report(plan: PlanItemInput[], edited?: string): ReportDocument {
  const built = buildPlanTable(plan, 2024, '测试园区');
  const paragraph = edited === undefined ? built.paragraph : { ...built.paragraph, edited: { text: edited, by: '专员', at: null } };
  return { ...documentOf('测试', [], [sectionOf('2.1', '（一）', '规划环评批复要求落实情况', [paragraph, built.table!], 2)]), figures: built.figures };
}
const check = (doc: ReportDocument) => planImplemented.check({ report: doc, enterprises: [] });

describe('plan.implemented', () => {
  it('is silent on the generated table and paragraph, which say 部分落实 where campaigns are short', () => {
    const doc = report([air, water]);
    const table = doc.sections[0]!.blocks[1] as TableBlock;
    expect(table.rows[1]!.cells.at(-1)!.text).toBe('部分落实（完成3期/计划4期）');
    expect(check(doc)).toEqual([]);
    expect(check(report([air]))).toEqual([]);
  });

  it('finds 已落实 in a row whose campaigns are short', () => {
    // The status says done, the sampling dates say 3 of 4 campaigns; the paragraph built from the status says 均已落实.
    const [f, paragraph, ...rest] = check(report([air, { ...water, status: 'done' }]));
    expect(rest).toEqual([]);
    expect(f!.message).toBe('表3第2行写“已落实”，但地表水（上游500m和下游1000m）计划监测4期、完成3期');
    expect(paragraph!.message).toBe('段落“计划监测内容2项，均已落实”说已落实，但地表水（上游500m和下游1000m）计划监测4期、完成3期');
    expect(f!.where).toMatchObject({ sectionKey: '2.1', row: 2 });
    expect(f!.links.map((l) => l.id)).toEqual([1, '21:2024-05-10', '21:2024-11-12', '22:2024-05-10']);
  });

  it('finds 均已落实 in written text, and 已落实 said of the medium that is short', () => {
    const [all] = check(report([air, water], '园区监测计划内容均已落实。'));
    expect(all!.message).toBe('编写的文字“园区监测计划内容均已落实”说已落实，但地表水（上游500m和下游1000m）计划监测4期、完成3期');
    expect(all!.links[0]).toMatchObject({ entity: 'reportText' });
    expect(check(report([air, water], '地表水监测已落实。'))).toHaveLength(1);
  });

  it('is silent on a claim about a medium done in full, and on negated claims', () => {
    expect(check(report([air, water], '环境空气监测已落实；地表水监测部分落实。'))).toEqual([]);
    expect(check(report([air, water], '监测计划未全部落实，地表水尚未落实。'))).toEqual([]);
  });

  it('reads text without figures as speaking of the whole plan when it names the plan', () => {
    const built = report([air, water]);
    const narrative = paragraphOf('3', [], '2024年度监测计划均已落实。');
    const doc = { ...built, sections: [...built.sections, sectionOf('3', '三、', '成效', [narrative])] };
    expect(check(doc).map((f) => f.where.sectionKey)).toEqual(['3']);
    const other = { ...built, sections: [...built.sections, sectionOf('3', '三、', '成效', [paragraphOf('3', [], '整改要求均已落实。')])] };
    expect(check(other)).toEqual([]);
    expect(check(reportOf([paragraphOf('p', ['监测计划均已落实。'])]))).toEqual([]);
  });
});
