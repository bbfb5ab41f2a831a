import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/helpers/testStore.js';
import { printedText } from '../../domain/report/figures.js';
import type { ParagraphBlock, ReportDocument, TableBlock } from '../../domain/report/reportModel.js';
import { requirementKeys, UNIT_CLOSING_KEY, UNIT_LEAD_KEY } from '../../domain/report/sections/registers/requirementSections.js';
import { placeTableCells } from '../../render/tableLayout.js';
import type { Store } from '../../store/client.js';
import { systemContext, type ServiceContext } from '../context.js';
import { seedDemoPark } from '../demo/seedDemoPark.js';
import { getRequirementRegister, setImplementation, startYearFromLastYear } from '../registers/requirements.js';
import { buildAndLintAnnualReport } from './lintAnnualReport.js';

const PARK = 'S437012';
const sectionOf = (report: ReportDocument, key: string) => report.sections.find((s) => s.key === key)!;
const tablesOf = (report: ReportDocument, key: string) => sectionOf(report, key).blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('the demo park\'s annual report with its requirement registers', () => {
  let store: Store;
  let ctx: ServiceContext;
  let ids: number[];
  beforeAll(async () => {
    store = await createTestStore('pglite');
    ctx = systemContext(store.db, 'test');
    await seedDemoPark(ctx, { simulatedYear: false });
    ids = (await getRequirementRegister(ctx, PARK, 2024)).sources.map((s) => s.id);
  });
  afterAll(async () => store?.close());

  it('prints tables 1 and 2 before the monitoring plan in 二（一）, tables 4 and 5 in 二（二）, with no requirement finding', async () => {
    const { report, lint } = await buildAndLintAnnualReport(ctx, PARK, 2024);
    const keys21 = sectionOf(report, '2.1').blocks.map((b) => b.key);
    expect(keys21.slice(0, 5)).toEqual([requirementKeys(ids[0]!).lead, requirementKeys(ids[0]!).table, requirementKeys(ids[1]!).lead, requirementKeys(ids[1]!).table, '2.1.monitoringPlan']);
    expect(tablesOf(report, '2.1').map((t) => [t.caption.split(' ')[0], t.rows.length]).slice(0, 2)).toEqual([['表1', 9], ['表2', 7]]);
    expect(tablesOf(report, '2.2').map((t) => t.caption.split(/ |“/)[0])).toEqual(['表4', '表5']);
    expect(sectionOf(report, '2.2').blocks.map((b) => b.key)).toEqual([
      UNIT_LEAD_KEY,
      requirementKeys(ids[2]!).unitTable,
      requirementKeys(ids[2]!).implementationLead,
      requirementKeys(ids[2]!).implementationTable,
      UNIT_CLOSING_KEY,
    ]);
    const [table4, table5] = tablesOf(report, '2.2');
    expect(table5!.rows).toHaveLength(10);
    // Both tables are rectangular grids, as Word needs them.
    expect(placeTableCells(table4!)).toHaveLength(6);
    expect(placeTableCells(table5!)).toHaveLength(10);
    const closing = sectionOf(report, '2.2').blocks.at(-1) as ParagraphBlock;
    expect(printedText(closing).split('\n').at(-1)).toBe(
      '目前，园区主要在项目入园、企业选址、环评审批、排污许可工作推进等方面对照“三线一单”生态环境管控要求落实应用，下一步将主要在规划布局、扬尘治理、挥发性有机物治理、固废规范化管理处置等方面继续加大力度。',
    );
    expect(lint.findings.filter((f) => f.rule.startsWith('requirement.'))).toEqual([]);
  });

  it('finds, in 2025 started from 2024, the carried rows and a quota row quoting 2023\'s COD', async () => {
    await startYearFromLastYear(ctx, PARK, { year: 2025 });
    const register = await getRequirementRegister(ctx, PARK, 2025);
    const quotaRow = register.sources[0]!.requirements[8]!;
    await setImplementation(ctx, PARK, quotaRow.id, 2025, { text: '2025年化学需氧量排放总量96.33t/a，在总量控制范围以内。', verdict: '符合' });
    const { lint } = await buildAndLintAnnualReport(ctx, PARK, 2025);
    const findings = lint.findings.filter((f) => f.rule.startsWith('requirement.'));
    expect(findings.filter((f) => f.rule === 'requirement.implementation')).toHaveLength(25);
    expect(findings[0]!.message).toBe('表1第1行（湘环评函[2014]89号 第1条）的落实情况沿用上年文字，尚未按本年情况修改');
    // The demo's COD quota is 300 t/a and 2025 has no emissions: 96.33 t/a (2023's total) is neither.
    expect(findings.filter((f) => f.rule === 'requirement.linkedFigure').map((f) => [f.where.row, f.message])).toEqual([
      [9, '表1第9行的落实情况“化学需氧量排放总量96.33t/a”与报告的化学需氧量总量控制指标300t/a不符'],
    ]);
  });
});
