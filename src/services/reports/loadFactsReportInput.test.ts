import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/helpers/testStore.js';
import { printedText } from '../../domain/report/figures.js';
import type { ParagraphBlock, ReportDocument } from '../../domain/report/reportModel.js';
import type { Store } from '../../store/client.js';
import { systemContext, type ServiceContext } from '../context.js';
import { seedDemoPark } from '../demo/seedDemoPark.js';
import { carryOverManagementFacts } from '../registers/managementFacts.js';
import { buildAndLintAnnualReport } from './lintAnnualReport.js';

const PARK = 'S437012';
const keysOf = (report: ReportDocument, section: string) => report.sections.find((s) => s.key === section)!.blocks.map((b) => b.key);
const textOf = (report: ReportDocument, key: string) =>
  printedText(report.sections.flatMap((s) => s.blocks).find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.key === key)!);

describe('the demo park\'s annual report with its management facts', () => {
  let store: Store;
  let ctx: ServiceContext;
  beforeAll(async () => {
    store = await createTestStore('pglite');
    ctx = systemContext(store.db, 'test');
    await seedDemoPark(ctx, { simulatedYear: false });
  });
  afterAll(async () => store?.close());

  it('prints seed 000\'s water, air and soil facts in their places, with no facts finding', async () => {
    const { report, lint } = await buildAndLintAnnualReport(ctx, PARK, 2024);
    // The facts open 二（三） and 二（四）; in 二（五） they follow the monitoring's soil sentence, as in the seed.
    expect(keysOf(report, '2.3').filter((k) => k.startsWith('2.3.facts.'))).toEqual([
      '2.3.facts.plants', '2.3.facts.wastewater', '2.3.facts.controlSection', '2.3.facts.groundwater', '2.3.facts.blackOdorous', '2.3.facts.assessment',
    ]);
    expect(keysOf(report, '2.3')[0]).toBe('2.3.facts.plants');
    expect(keysOf(report, '2.4')[0]).toBe('2.4.facts.wasteGas');
    expect(keysOf(report, '2.5')).toEqual(['2.5.soil', '2.5.facts.soil']);
    expect(textOf(report, '2.3.facts.wastewater')).toBe(
      '园区内涉及工业废水外排企业数量8个，工业废水总排放量2778m³/d，外排污水纳管企业数量8个，污水集中处理比例100%（按外排水量计），园区内不涉及一类污染物排放企业，无在线监测企业。',
    );
    expect(textOf(report, '2.4.facts.wasteGas')).toBe('园区内涉及工业废气外排企业数量9个。');
    expect(textOf(report, '2.5.facts.soil')).toBe('辖区内无污染地块，无土壤污染管控重点企业。');
    expect(report.figures['facts.plant.1.designCapacity']).toMatchObject({ value: '10000', unit: 'm³/d', provenance: { kind: 'entered', by: 'test' } });
    expect(report.figures['facts.plant.1.actualCapacity']!.value).toBe('4000');
    expect(lint.findings.filter((f) => f.rule.startsWith('facts.') || f.where.blockKey?.includes('.facts.'))).toEqual([]);
  });

  it('prints carried-over facts with their source marked, and nothing for a year without facts', async () => {
    expect(Object.keys((await buildAndLintAnnualReport(ctx, PARK, 2023)).report.figures).filter((id) => id.startsWith('facts.'))).toEqual([]);
    await carryOverManagementFacts(ctx, PARK, 2025);
    const { report } = await buildAndLintAnnualReport(ctx, PARK, 2025);
    expect(report.figures['facts.air.wasteGasEnterprises']!.provenance).toMatchObject({ kind: 'entered', source: '环境管理情况：大气环境（沿用2024年，尚未确认）' });
  });
});
