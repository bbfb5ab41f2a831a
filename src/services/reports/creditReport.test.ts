import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoStore } from '../../../test/helpers/demoApp.js';
import { storeKinds } from '../../../test/helpers/testStore.js';
import { printedText } from '../../domain/report/figures.js';
import type { ParagraphBlock, TableBlock } from '../../domain/report/reportModel.js';
import { CREDIT_PARAGRAPH_KEY, CREDIT_TABLE_KEY } from '../../domain/report/sections/registers/creditSection.js';
import type { Store } from '../../store/client.js';
import { systemContext, type ServiceContext } from '../context.js';
import { setCreditItemScore, reopenCreditEvaluation } from '../credit/evaluations.js';
import { buildAndLintAnnualReport } from './lintAnnualReport.js';
import { setReportText } from './reportTexts.js';

const PARK = 'S437012';

describe.each(await storeKinds())('the demo park\'s annual report with its credit self-evaluation (%s)', (kind) => {
  let store: Store;
  let ctx: ServiceContext;
  // The demo with its simulated year: the stations' 2024 data is what item 12 is proposed from.
  beforeAll(async () => {
    store = await createDemoStore(kind, { users: false, simulatedYear: true });
    ctx = systemContext(store.db, 'test');
  });
  afterAll(async () => store?.close());

  it('prints 二（九）as seed 000 has it and the lint finds exactly items 12 and 19', async () => {
    const { report, lint } = await buildAndLintAnnualReport(ctx, PARK, 2024);
    expect(report.leftOut).not.toContain('2.9');
    const section = report.sections.find((s) => s.key === '2.9')!;
    expect(section.number + section.title).toBe('（九）园区信用评价');
    expect(printedText(section.blocks[0] as ParagraphBlock)).toBe(
      '园区2024年度环保信用自评依据《湖南省产业园区环保信用自评表（2024年度版）》（未注明文号，版本1），自评总分10分，等级为环保诚信园区。',
    );
    const table = section.blocks.find((b) => b.key === CREDIT_TABLE_KEY) as TableBlock;
    expect(table.caption).toBe('湖南省产业园区环保信用自评表');
    expect(table.rows).toHaveLength(24);
    // Seed 000's last line: 总分：10分 等级 诚信园区.
    expect(table.rows[23]!.cells.map((c) => c.text)).toEqual(['总分', '10分', '等级：环保诚信园区']);
    const credit = lint.findings.filter((f) => f.rule.startsWith('credit.'));
    expect(credit.map((f) => [f.rule, f.severity, f.where.row])).toEqual([
      ['credit.proposal', 'warning', 12],
      ['credit.proposal', 'warning', 19],
    ]);
    expect(credit[1]!.message).toContain('自评分为0分，平台根据记录建议+2分：');
    expect(credit[1]!.message).toContain('2024年度全省绿色制造体系示范单位');
    expect(credit[1]!.links.map((l) => l.entity)).toEqual(['creditItemScore', 'parkHonour']);
    expect(credit[0]!.links.filter((l) => l.entity === 'station')).toHaveLength(3);
  });

  it('follows the scores entered: item 19 at +2 gives 12, the cap, and silences its finding; a wrong grade written is found', async () => {
    const admin: ServiceContext = ctx;
    await reopenCreditEvaluation(admin, PARK, 2024);
    await setCreditItemScore(admin, PARK, 2024, '19', { score: 2 });
    await setReportText(admin, PARK, 2024, CREDIT_PARAGRAPH_KEY, { text: '园区2024年度自评总分11分，等级为环保合格园区。' });
    const { report, lint } = await buildAndLintAnnualReport(ctx, PARK, 2024);
    expect(report.figures['credit.total']!.value).toBe('12');
    const findings = lint.findings.filter((f) => f.where.sectionKey === '2.9');
    expect(findings.map((f) => [f.rule, f.where.row ?? null])).toEqual([
      ['edited.figure', null],
      ['credit.total', null],
      ['credit.proposal', 12],
    ]);
    expect(findings[0]!.message).toContain('平台计算为12');
    expect(findings[1]!.message).toContain('等级为环保合格园区，按方案计算为环保诚信园区');
  });
});
