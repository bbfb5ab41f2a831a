import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, storeKinds } from '../../../test/helpers/testStore.js';
import { readWorkbookGrid } from '../../render/xlsx/readWorkbookGrid.js';
import type { Store } from '../../store/client.js';
import { getEnterpriseIdByName } from '../../store/queries/enterprises.js';
import { getParkRowByCode } from '../../store/queries/parks.js';
import type { UserActor } from '../auth/actor.js';
import { systemContext, type ServiceContext } from '../context.js';
import { seedDemoPark } from '../demo/seedDemoPark.js';
import { ServiceError } from '../errors.js';
import { emissionSummary } from './emissionSummary.js';
import { createEmission, deleteEmission, listEmissions, updateEmission } from './emissions.js';
import { exportEmissionsWorkbook, importEmissionsWorkbook } from './emissionsWorkbook.js';
import { getQuotas, replaceQuotas } from './quotas.js';
import { exportQuotasWorkbook, importQuotasWorkbook } from './quotasWorkbook.js';

const PARK = 'S437012';
const A = '湖南领湃新能源科技有限公司';
const B = '湖南力方轧辊有限公司';

/** A one-sheet workbook of text rows; cells that read as numbers are written as numbers, as a park's sheet holds them. */
async function workbook(rows: readonly (readonly string[])[], numericFrom = 3): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('排放量');
  for (const r of rows) ws.addRow(r.map((c, j) => (j >= numericFrom && /^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function refusal(p: Promise<unknown>): Promise<ServiceError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ServiceError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const HEADER = ['序号', '企业名称', '统一社会信用代码', '化学需氧量', '氨氮', '二氧化硫', '氮氧化物'];

describe.each(await storeKinds())('total pollutant control on %s', (kind) => {
  let store: Store;
  let ctx: ServiceContext;
  const count = async (q: ReturnType<typeof sql>) => ((await store.db.execute(q)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
  const rowsOf = (year: number) => count(sql`SELECT count(*)::int AS n FROM emission_records WHERE year = ${year}`);

  beforeAll(async () => {
    store = await createTestStore(kind);
    ctx = systemContext(store.db, 'test');
    await seedDemoPark(ctx, { simulatedYear: false });
  });
  afterAll(async () => store?.close());

  it('holds seed 000\'s quotas with their approval', async () => {
    const q = await getQuotas(ctx, PARK);
    expect(q.approval).toEqual({ documentNumber: '湘环评函[2014]89号', title: '祁东经济开发区环境影响报告书审查意见', issued: '2014-08' });
    expect(q.quotas.map((x) => [x.key, x.name, x.tonnesPerYear])).toEqual([
      ['COD', '化学需氧量', '300'],
      ['NH3-N', '氨氮', '40'],
      ['SO2', '二氧化硫', '500'],
      ['NOx', '氮氧化物', '750'],
    ]);
    // The demo's 4 quotas and 8 published totals are audited.
    expect(await count(sql`SELECT count(*)::int AS n FROM change_log WHERE entity IN ('pollutant_quota', 'emission_record')`)).toBe(12);
  });

  it('summarises 2024 from the stored demo data: seed 000\'s verdict and year-on-year changes', async () => {
    const s = await emissionSummary(ctx, PARK, 2024);
    expect(s.totals.map((t) => [t.key, t.tonnesPerYear, t.basis])).toEqual([
      ['COD', '90.59', 'published'],
      ['NH3-N', '1.37', 'published'],
      ['SO2', '16.35', 'published'],
      ['NOx', '13.02', 'published'],
    ]);
    expect(s.verdict?.withinQuota).toBe(true);
    // 300 − 90.59 = 209.41; 90.59 / 300 = 30.196…% → 30.20
    expect(s.verdict?.verdicts[0]).toMatchObject({ key: 'COD', withinQuota: true, marginTonnesPerYear: '209.41', sharePercent: '30.20' });
    // (90.59−96.33)/96.33 = −5.958…%; (1.37−1.44)/1.44 = −4.861…%; (16.35−17.62)/17.62 = −7.207…%; (13.02−13.88)/13.88 = −6.195…%
    expect(s.changes.map((c) => [c.key, c.percent])).toEqual([
      ['COD', '-5.96'],
      ['NH3-N', '-4.86'],
      ['SO2', '-7.21'],
      ['NOx', '-6.20'],
    ]);
    expect(s.sentence).toBe('相较于2023年，2024年化学需氧量排放量下降5.96%、氨氮排放量下降4.86%、二氧化硫排放量下降7.21%、氮氧化物排放量下降6.20%。');
  });

  it('refuses a misspelled enterprise name with the nearest enterprise proposed, and writes nothing', async () => {
    const bytes = await workbook([HEADER, ['1', '湖南力方轧棍有限公司', '', '12.5', '0.3', '', '']]);
    const e = await refusal(importEmissionsWorkbook(ctx, PARK, 2022, bytes, 'e.xlsx'));
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.issues).toEqual([
      {
        severity: 'error',
        file: 'e.xlsx',
        sheet: '排放量',
        row: 2,
        column: 'B 企业名称',
        value: '湖南力方轧棍有限公司',
        expected: '企业档案中的企业',
        message: `应为企业档案中的企业；最接近：${B}（相差一个字）；确认后请以 湖南力方轧棍有限公司=${B} 重新导入`,
      },
    ]);
    expect(await rowsOf(2022)).toBe(0);
  });

  it('refuses a bad number and a pollutant column it does not know, naming row, column and value', async () => {
    const bad = await workbook([HEADER, ['1', A, '', '12,5', '0.3', '', '']]);
    expect((await refusal(importEmissionsWorkbook(ctx, PARK, 2022, bad, 'e.xlsx'))).issues).toMatchObject([{ row: 2, column: 'D 化学需氧量', value: '12,5' }]);
    const unknown = await workbook([[...HEADER, '烟尘'], ['1', A, '', '12.5', '0.3', '', '', '2']]);
    expect((await refusal(importEmissionsWorkbook(ctx, PARK, 2022, unknown, 'e.xlsx'))).issues).toMatchObject([
      { row: 1, column: 'H 烟尘', value: '烟尘', message: '不认识的污染物列“烟尘”' },
    ]);
    expect(await rowsOf(2022)).toBe(0);
  });

  it('imports with the confirmed name, linking to the file, and exports the same layout', async () => {
    const bytes = await workbook([
      [...HEADER, '其他：颗粒物'],
      ['1', A, '', '60.59', '0.85', '10', '', ''],
      ['2', '湖南力方轧棍有限公司', '', '30', '0.52', '/', '13.02', '1.2'],
    ]);
    const year = await importEmissionsWorkbook(ctx, PARK, 2024, bytes, 'e.xlsx', [`湖南力方轧棍有限公司=${B}`]);
    expect(year.rows.filter((r) => r.enterpriseId !== null).map((r) => [r.enterpriseName, r.key, r.tonnesPerYear])).toEqual([
      [A, 'COD', '60.59'],
      [A, 'NH3-N', '0.85'],
      [A, 'SO2', '10'],
      [B, 'COD', '30'],
      [B, 'NH3-N', '0.52'],
      [B, 'NOx', '13.02'],
      [B, 'other:颗粒物', '1.2'],
    ]);
    // The published totals stay (the table has no 园区公布总量 row); the enterprises' sums are now the park totals.
    const s = await emissionSummary(ctx, PARK, 2024);
    expect(s.totals.map((t) => [t.key, t.tonnesPerYear, t.basis, t.published, t.difference])).toEqual([
      ['COD', '90.59', 'enterprises', '90.59', null], // 60.59 + 30
      ['NH3-N', '1.37', 'enterprises', '1.37', null], // 0.85 + 0.52
      ['SO2', '10', 'enterprises', '16.35', '6.35'], // published 16.35 − 10
      ['NOx', '13.02', 'enterprises', '13.02', null],
      ['other:颗粒物', '1.2', 'enterprises', null, null],
    ]);
    expect(s.verdict?.unquoted).toEqual([{ key: 'other:颗粒物', name: '颗粒物', tonnesPerYear: '1.2' }]);

    const { bytes: out } = await exportEmissionsWorkbook(ctx, PARK, 2024);
    const grid = (await readWorkbookGrid(out)).sheets[0]!.rows;
    expect(grid[1]).toEqual([...HEADER, '其他：颗粒物']);
    expect(grid.slice(2)).toEqual([
      // the file's credit codes (demo ledger, permit numbers without their 001U/001Q suffix)
      ['1', A, '91430426MA4QA91117', '60.59', '0.85', '10', '', ''],
      ['2', B, '91430426574317699E', '30', '0.52', '', '13.02', '1.2'],
      ['', '园区公布总量', '', '90.59', '1.37', '16.35', '13.02', ''],
    ]);
    // The export reads back as it was written.
    const again = await importEmissionsWorkbook(ctx, PARK, 2024, out, 'out.xlsx');
    expect(again.rows).toHaveLength(11);
  });

  it('lets an enterprise user enter its own rows only; officers any; each change audited', async () => {
    const park = (await getParkRowByCode(store.db, PARK))!;
    const a = (await getEnterpriseIdByName(store.db, park.id, A))!;
    const b = (await getEnterpriseIdByName(store.db, park.id, B))!;
    const user: UserActor = { kind: 'user', id: 999, username: 'lingpai', displayName: '领湃', role: 'enterprise', parkIds: [], enterpriseId: a, enterpriseParkId: park.id, regionCode: null, mustChangePassword: false };
    const own = { ...ctx, actor: user };
    const row = await createEmission(own, PARK, { year: 2021, enterpriseId: a, pollutant: { code: 'COD' }, tonnesPerYear: '5.5' });
    expect([row.source, row.enterpriseName, row.tonnesPerYear]).toEqual(['enterprise', A, '5.5']);
    expect((await refusal(createEmission(own, PARK, { year: 2021, enterpriseId: b, pollutant: { code: 'COD' }, tonnesPerYear: '1' }))).code).toBe('FORBIDDEN');
    expect((await refusal(createEmission(own, PARK, { year: 2021, enterpriseId: null, pollutant: { code: 'COD' }, tonnesPerYear: '1' }))).code).toBe('FORBIDDEN');
    await createEmission(ctx, PARK, { year: 2021, enterpriseId: b, pollutant: { code: 'COD' }, tonnesPerYear: '2' });
    expect((await listEmissions(own, PARK, 2021)).rows.map((r) => r.enterpriseName)).toEqual([A]);
    expect((await listEmissions(ctx, PARK, 2021)).rows).toHaveLength(2);
    const dup = await refusal(createEmission(ctx, PARK, { year: 2021, enterpriseId: a, pollutant: { code: 'COD' }, tonnesPerYear: '3' }));
    expect(dup.code).toBe('CONFLICT');
    const bad = await refusal(createEmission(ctx, PARK, { year: 2021, enterpriseId: a, pollutant: { code: 'NOx' }, tonnesPerYear: '-3' }));
    expect(bad.issues).toMatchObject([{ field: 'tonnesPerYear', value: '-3' }]);
    const changed = await updateEmission(own, PARK, row.id, { year: 2021, enterpriseId: a, pollutant: { code: 'COD' }, tonnesPerYear: '6' });
    expect(changed.tonnesPerYear).toBe('6');
    await deleteEmission(own, PARK, row.id);
    const actions = ((await store.db.execute(sql`SELECT action FROM change_log WHERE entity = 'emission_record' AND entity_id = ${row.id} ORDER BY id`)) as unknown as { rows: { action: string }[] }).rows;
    expect(actions.map((x) => x.action)).toEqual(['create', 'update', 'delete']);
  });

  it('finds an emission over its quota, and imports and exports the quotas as a small workbook', async () => {
    const { bytes } = await exportQuotasWorkbook(ctx, PARK);
    const grid = (await readWorkbookGrid(bytes)).sheets[0]!.rows;
    expect(grid).toEqual([
      ['污染物', '总量控制指标(t/a)', '批复文号', '批复名称', '批复时间'],
      ['化学需氧量', '300', '湘环评函[2014]89号', '祁东经济开发区环境影响报告书审查意见', '2014-08'],
      ['氨氮', '40', '湘环评函[2014]89号', '祁东经济开发区环境影响报告书审查意见', '2014-08'],
      ['二氧化硫', '500', '湘环评函[2014]89号', '祁东经济开发区环境影响报告书审查意见', '2014-08'],
      ['氮氧化物', '750', '湘环评函[2014]89号', '祁东经济开发区环境影响报告书审查意见', '2014-08'],
    ]);
    const bad = await workbook([grid[0]!, ['化学需氧量', '三百', '湘环评函[2014]89号', '审查意见', '2014-08'], ['总磷', '5', '', '', '']], 9);
    expect((await refusal(importQuotasWorkbook(ctx, PARK, bad, 'q.xlsx'))).issues).toMatchObject([
      { row: 2, column: 'B 总量控制指标(t/a)', value: '三百' },
      { row: 3, column: 'A 污染物', value: '总磷' },
    ]);
    expect((await getQuotas(ctx, PARK)).quotas).toHaveLength(4);

    const smaller = await workbook([grid[0]!, ['化学需氧量', '80', '湘环评函[2014]89号', '审查意见', '2014-08']], 9);
    const replaced = await importQuotasWorkbook(ctx, PARK, smaller, 'q.xlsx');
    expect(replaced.quotas.map((q) => [q.key, q.tonnesPerYear])).toEqual([['COD', '80']]);
    const s = await emissionSummary(ctx, PARK, 2024);
    // 2024 COD 90.59 t/a against 80: over by 10.59, 113.24 % (90.59/80 = 1.132375 → 113.24)
    expect(s.verdict?.withinQuota).toBe(false);
    expect(s.verdict?.verdicts).toEqual([
      { key: 'COD', name: '化学需氧量', quotaTonnesPerYear: '80', emittedTonnesPerYear: '90.59', withinQuota: false, marginTonnesPerYear: '-10.59', sharePercent: '113.24' },
    ]);
    await replaceQuotas(ctx, PARK, { approval: { documentNumber: '湘环评函[2014]89号', title: '祁东经济开发区环境影响报告书审查意见', issued: '2014-08' }, quotas: [] });
    expect((await getQuotas(ctx, PARK)).approval).toBeNull();
  });
});
