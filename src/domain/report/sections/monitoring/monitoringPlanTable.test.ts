import { describe, expect, it } from 'vitest';
import { planItem, SEED_PLAN } from '../../../../../test/fixtures/seed000Monitoring.js';
import { generatedText } from '../../figures.js';
import { buildPlanTable, PLAN_TABLE_HEADER } from './monitoringPlanTable.js';

describe('buildPlanTable', () => {
  it('prints table 3 of seed 000 with the medium merged over its items and 已落实 where every campaign was done', () => {
    const { table, paragraph } = buildPlanTable(SEED_PLAN, 2024, '祁东高新技术产业开发区');
    expect(table!.caption).toBe('表3 祁东高新技术产业开发区环境质量监测计划及落实情况');
    expect(table!.header).toEqual(['监测对象', '监测点位', '监测项目', '监测频次', '执行标准', '落实情况']);
    expect(PLAN_TABLE_HEADER).toHaveLength(6);
    // 环境空气 over its three rows, 地表水 over two, then one row each (seed lines 645–713).
    const merged = table!.rows.map((r) => (r.cells.length === 6 ? `${r.cells[0]!.text}×${r.cells[0]!.rowSpan ?? 1}` : '—'));
    expect(merged).toEqual(['环境空气×3', '—', '—', '地表水×2', '—', '地下水×1', '声环境×1', '土壤环境×1']);
    expect(table!.rows[0]!.cells.map((c) => c.text)).toEqual([
      '环境空气',
      '园区上风向1000m、下风向500m、1000m各一个监测点',
      'SO2、NOX、PM10、TSP、VOCs、甲苯、二甲苯',
      '每年监测两期，每次连续监测3-5天，每天1次',
      '环境空气质量标准（GB3095-2012）Ⅱ类标准',
      '已落实',
    ]);
    expect(table!.rows.every((r) => r.cells.at(-1)!.text === '已落实')).toBe(true);
    expect(generatedText(paragraph)).toBe(
      '园区按规划环评要求编制了2024年度自行监测计划，开展了园区环境空气、地表水、地下水、声环境、土壤环境监测（表3）。计划监测内容8项，均已落实。',
    );
  });

  it('computes 部分落实 and 未落实 from the campaigns, with the samples that show them', () => {
    // Two points, two campaigns each; one sampled twice, the other once: 3 of 4.
    const partial = planItem(1, 'surfaceWater', ['上游500m和下游1000m', '氨氮', '1次/半年', 'GB 3838-2002'], [
      { id: 21, label: '上游500m', planned: 2, dates: ['2024-05-10', '2024-11-12'] },
      { id: 22, label: '下游1000m', planned: 2, dates: ['2024-05-10'] },
    ]);
    const none = { ...planItem(2, 'soil', ['北侧边界', 'pH', '1次/年', 'GB 36600-2018'], [{ id: 51, label: '北侧边界', planned: 1, dates: [] }]), reasonNotDone: '用地施工，暂停采样' };
    const { table, paragraph, figures, relations } = buildPlanTable([partial, none], 2024, '测试园区');
    expect(table!.rows.map((r) => r.cells.at(-1)!.text)).toEqual(['部分落实（完成3期/计划4期）', '未落实（用地施工，暂停采样）']);
    expect(generatedText(paragraph)).toBe('园区按规划环评要求编制了2024年度自行监测计划，开展了园区地表水监测（表3）。计划监测内容2项，已落实0项，部分落实1项，未落实1项。');

    const done = figures['plan.1.done']!;
    expect([done.value, figures['plan.1.planned']!.value]).toEqual(['3', '4']);
    expect(done.provenance.records.map((r) => r.id)).toEqual(['21:2024-05-10', '21:2024-11-12', '22:2024-05-10']);
    // 3 / 4 = 0.75, carried as the quotient of the two figures.
    expect(figures['plan.1.implementation']).toMatchObject({ value: '0.75', ratio: { numerator: 'plan.1.done', denominator: 'plan.1.planned' } });
    expect(table!.rows[0]!.figureIds).toEqual(['plan.1.planned', 'plan.1.done', 'plan.1.implementation']);
    expect(relations[0]).toMatchObject({ whole: 'plan.items', parts: ['plan.itemsDone', 'plan.itemsPartial', 'plan.itemsNotDone'] });
  });

  it('merges the items, frequency and standard a sub-row shares with the row above', () => {
    const texts: [string, string, string, string] = ['上风向1000m', 'SO2、NOX', '每年两期', 'GB 3095-2012 二级'];
    const sub = (id: number, points: string, items: string) => planItem(id, 'air', [points, items, texts[2], texts[3]], [{ id, label: points, planned: 2, dates: ['2024-05-10', '2024-11-12'] }]);
    const { table } = buildPlanTable([sub(1, texts[0], texts[1]), sub(2, '公租房A区', texts[1]), sub(3, '污水处理厂', '氨、硫化氢')], 2024, '园区');
    expect(table!.rows.map((r) => r.cells.map((c) => `${c.text}${c.rowSpan ? `×${c.rowSpan}` : ''}`))).toEqual([
      ['环境空气×3', '上风向1000m', 'SO2、NOX×2', '每年两期×3', 'GB 3095-2012 二级×3', '已落实'],
      ['公租房A区', '已落实'],
      ['污水处理厂', '氨、硫化氢', '已落实'],
    ]);
  });

  it('counts at most the planned campaigns of a point', () => {
    const extra = planItem(1, 'air', ['上风向', 'SO2', '每年两期', 'GB 3095'], [{ id: 11, label: '上风向', planned: 2, dates: ['2024-03-01', '2024-05-10', '2024-11-12'] }]);
    expect(buildPlanTable([extra], 2024, '园区').figures['plan.1.done']!.value).toBe('2');
  });

  it('says when the year has no plan', () => {
    const built = buildPlanTable([], 2024, '园区');
    expect(built.table).toBeNull();
    expect(generatedText(built.paragraph)).toBe('园区未编制2024年度自行监测计划。');
  });
});
