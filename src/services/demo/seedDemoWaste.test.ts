import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/helpers/testStore.js';
import type { Store } from '../../store/client.js';
import { systemContext, type ServiceContext } from '../context.js';
import { listWasteLedger } from '../registers/wasteLedger.js';
import { buildAndLintAnnualReport } from '../reports/lintAnnualReport.js';
import { seedDemoPark } from './seedDemoPark.js';

describe('the demo park\'s waste ledger and 二（六）', () => {
  let store: Store;
  let ctx: ServiceContext;
  beforeAll(async () => {
    store = await createTestStore('pglite');
    ctx = systemContext(store.db, 'test');
    await seedDemoPark(ctx, { simulatedYear: false });
  });
  afterAll(async () => store?.close());

  it('holds seed 000 table 10 for 2024, its three differing names linked to the enterprises of the file', async () => {
    const year = await listWasteLedger(ctx, 'S437012', 2024);
    expect(year.rows).toHaveLength(36);
    expect([12, 25, 29].map((i) => year.rows[i]!.enterpriseName)).toEqual(['湖南新建汉科技建材有限公司', '祁东县泰豪科技发展有限公司', '祁东晶祺机械有限公司']);
    expect(year.totals.general).toMatchObject({ generatedTonnes: '80.6', selfUtilisedTonnes: '7.05', selfDisposedTonnes: '51.4', entrustedTonnes: '22.15', generatingEnterprises: 35 });
    expect(year.totals.hazardous).toMatchObject({ generatedTonnes: '18.04', entrustedTonnes: '18.04', generatingEnterprises: 14 });
    const audit = (
      (await store.db.execute(
        sql`SELECT entity, count(*)::int AS n FROM change_log WHERE entity = 'waste_ledger_row' OR (entity = 'report_text' AND after->>'block' = '2.6.waste') GROUP BY entity ORDER BY entity`,
      )) as unknown as { rows: { entity: string; n: number }[] }
    ).rows;
    expect(audit).toEqual([
      { entity: 'report_text', n: 1 },
      { entity: 'waste_ledger_row', n: 36 },
    ]);
  });

  it('prints the park\'s own paragraph 二（六）with table 10, and the lint names where the seed contradicts its table', async () => {
    const { report, lint } = await buildAndLintAnnualReport(ctx, 'S437012', 2024);
    const section = report.sections.find((s) => s.key === '2.6')!;
    expect(section.blocks.map((b) => b.key)).toEqual(['2.6.waste', 'waste']);
    const findings = lint.findings.filter((f) => f.where.sectionKey === '2.6').map((f) => [f.rule, f.where.row ?? null]);
    expect(findings).toEqual([
      ['count.table', null],
      ['count.table', null],
      ['figure.unitFragment', null],
      ['waste.manifest', 9],
      // Table 10 names three enterprises otherwise than the enterprise file (confirmed as the same at import).
      ['enterprise.names', 13],
      ['waste.manifest', 15],
      ['enterprise.names', 26],
      ['enterprise.names', 30],
    ]);
  });
});
