import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED000_WASTE_NAMES_IN_FILE, SEED000_WASTE_TABLE, SEED000_WASTE_TABLE_AS_FILED } from '../../../test/fixtures/seed000Waste.js';
import { createTestStore, storeKinds } from '../../../test/helpers/testStore.js';
import { wasteWorkbook } from '../../../test/helpers/wasteWorkbook.js';
import type { Store } from '../../store/client.js';
import { systemContext, type ServiceContext } from '../context.js';
import { seedDemoPark } from '../demo/seedDemoPark.js';
import { ServiceError } from '../errors.js';
import { importWasteWorkbook, listWasteLedger, previewWasteWorkbook } from './wasteLedger.js';

const PARK = 'S437012';

/** A year the demo park has no waste ledger of (it has 2024's). */
const YEAR = 2020;

async function importError(ctx: ServiceContext, bytes: Buffer, year = YEAR): Promise<ServiceError> {
  try {
    await importWasteWorkbook(ctx, PARK, year, bytes, 'waste.xlsx');
  } catch (e) {
    if (e instanceof ServiceError) return e;
    throw e;
  }
  throw new Error('expected the import to be refused');
}

describe.each(await storeKinds())('the waste ledger on %s', (kind) => {
  let store: Store;
  let ctx: ServiceContext;
  const storedRows = async (year?: number) =>
    ((await store.db.execute(sql`SELECT count(*)::int AS n FROM waste_ledger_rows WHERE ${year ?? null}::int IS NULL OR year = ${year ?? null}::int`)) as unknown as {
      rows: { n: number }[];
    }).rows[0]!.n;

  beforeAll(async () => {
    store = await createTestStore(kind);
    ctx = systemContext(store.db, 'test');
    await seedDemoPark(ctx, { simulatedYear: false });
  });
  afterAll(async () => store?.close());

  it('refuses seed 000 table 10 as printed: three names not in the enterprise file, one with a proposal; nothing written', async () => {
    const e = await importError(ctx, await wasteWorkbook(SEED000_WASTE_TABLE));
    expect(e.code).toBe('IMPORT_INVALID');
    // Enterprise n is on sheet row n + 3: 13 新建汉, 26 泰豪, 30 晶褀.
    expect(e.issues).toEqual([
      { file: 'waste.xlsx', sheet: '表10', row: 16, column: 'B 企业名称', value: '湖南新建汉新材料科技有限公司', expected: '企业档案中的企业', message: '应为企业档案中的企业；档案中没有相近的企业，请先在企业档案中添加' },
      { file: 'waste.xlsx', sheet: '表10', row: 29, column: 'B 企业名称', value: '祁东县泰豪食品有限公司', expected: '企业档案中的企业', message: '应为企业档案中的企业；档案中没有相近的企业，请先在企业档案中添加' },
      { file: 'waste.xlsx', sheet: '表10', row: 33, column: 'B 企业名称', value: '祁东晶褀机械有限公司', expected: '企业档案中的企业', message: '应为企业档案中的企业；最接近：祁东晶祺机械有限公司' },
    ]);
    expect(await storedRows(YEAR)).toBe(0);
  });

  it('refuses a mistyped number and a repeated enterprise, naming row, column and value', async () => {
    const rows = SEED000_WASTE_TABLE_AS_FILED.map((r, i) => (i === 4 ? r.map((c, j) => (j === 3 ? '1,5' : c)) : r));
    const e = await importError(ctx, await wasteWorkbook(rows));
    expect(e.issues).toMatchObject([{ row: 5, column: 'D 一般工业固体废物 自行综合利用', value: '1,5' }]);
    const repeated = SEED000_WASTE_TABLE_AS_FILED.map((r, i) => (i === 8 ? r.map((c, j) => (j === 1 ? SEED000_WASTE_TABLE_AS_FILED[3]![1]! : c)) : r));
    expect((await importError(ctx, await wasteWorkbook(repeated))).issues).toEqual([
      { file: 'waste.xlsx', sheet: '表10', row: 9, column: 'B 企业名称', value: '衡阳市富比德科学仪器有限公司', expected: '每家企业一行', message: '与第4行是同一家企业（衡阳市富比德科学仪器有限公司）' },
    ]);
    expect(await storedRows(YEAR)).toBe(0);
  });

  it('refuses a year out of range', async () => {
    const e = await importError(ctx, await wasteWorkbook(SEED000_WASTE_TABLE_AS_FILED), 3024);
    expect(e.issues).toMatchObject([{ field: 'year', value: 3024 }]);
  });

  it('imports the table with the file\'s names and lists the year with the seed\'s totals and the table\'s counts', async () => {
    const result = await importWasteWorkbook(ctx, PARK, YEAR, await wasteWorkbook(SEED000_WASTE_TABLE_AS_FILED), 'waste.xlsx');
    expect(result.rows).toHaveLength(36);
    // The 合计 row and 二（六）: 80.6 = 7.05 + 51.40 + 22.15 t/a; hazardous 18.04 t/a, all entrusted.
    expect(result.totals.general).toEqual({ generatedTonnes: '80.6', selfUtilisedTonnes: '7.05', selfDisposedTonnes: '51.4', entrustedTonnes: '22.15', generatingEnterprises: 35 });
    expect(result.totals.hazardous).toEqual({ generatedTonnes: '18.04', selfUtilisedTonnes: '0', selfDisposedTonnes: '0', entrustedTonnes: '18.04', generatingEnterprises: 14 });
    expect(result.findings.map((f) => [f.kind, f.position, f.enterpriseName])).toEqual([
      ['manifestWithoutHazardous', 9, '湖南荣晟昌新材料科技有限公司'],
      ['manifestWithoutHazardous', 15, '湖南省中亚光电科技有限公司'],
    ]);
    const listed = await listWasteLedger(ctx, PARK, YEAR);
    expect(listed.rows[24]).toMatchObject({
      enterpriseName: '湖南日虹科技有限公司',
      general: { generatedTonnes: '15.08', selfUtilisedTonnes: '0', selfDisposedTonnes: '1.5', entrustedTonnes: '13.58' },
      transferManifest: false,
    });
    expect(listed.totals).toEqual(result.totals);
    expect((await listWasteLedger(ctx, PARK, 2019)).rows).toEqual([]);
  });

  it('replaces the year on a second import and records each change in the audit trail', async () => {
    await importWasteWorkbook(ctx, PARK, YEAR, await wasteWorkbook(SEED000_WASTE_TABLE_AS_FILED.slice(0, 5)), 'two.xlsx');
    const listed = await listWasteLedger(ctx, PARK, YEAR);
    expect(listed.rows.map((r) => r.enterpriseName)).toEqual(['衡阳市富比德科学仪器有限公司', '湖南省富生钢结构有限公司']);
    const trail = (
      (await store.db.execute(
        sql`SELECT action, count(*)::int AS n FROM change_log WHERE entity = 'waste_ledger_row' AND ${String(YEAR)} IN (after->>'year', before->>'year') GROUP BY action ORDER BY action`,
      )) as unknown as { rows: { action: string; n: number }[] }
    ).rows;
    // 36 rows imported, then 2 imported again and the other 34 deleted.
    expect(trail).toEqual([
      { action: 'delete', n: 34 },
      { action: 'import', n: 38 },
    ]);
  });

  it('links a row by its credit code when the name differs, and keeps its HW categories', async () => {
    // The demo file's 湖南顺隆能源有限公司 has credit code 914304267580286729 (the first 18 characters of its permit number).
    const rows = [
      ...SEED000_WASTE_TABLE_AS_FILED.slice(0, 3).map((r, i) => (i === 1 ? [...r, '统一社会信用代码', '危险废物类别'] : r)),
      ['1', '顺隆能源公司', '0.04', '0', '0.04', '0', '0.5', '0', '0', '0.5', '√', '914304267580286729', 'HW08、HW49'],
    ];
    const result = await importWasteWorkbook(ctx, PARK, 2019, await wasteWorkbook(rows), 'code.xlsx');
    expect(result.rows).toMatchObject([{ enterpriseName: '湖南顺隆能源有限公司', creditCode: '914304267580286729', hwCategories: ['HW08', 'HW49'] }]);
    expect((await listWasteLedger(ctx, PARK, 2019)).rows[0]!.hwCategories).toEqual(['HW08', 'HW49']);
  });

  it('previews a misspelled name with the nearest enterprise proposed and an unbalanced row, writing nothing', async () => {
    // Row 1 of table 10 with 祺 for 比 in its name (one character) and its general waste 0.40 = 0 + 0 + 0.30 (0.10 short).
    const rows = [
      ...SEED000_WASTE_TABLE_AS_FILED.slice(0, 3),
      ['1', '衡阳市富祺德科学仪器有限公司', '0.40', '0', '0', '0.30', '0.10', '0', '0', '0.10', '√'],
      SEED000_WASTE_TABLE_AS_FILED[4]!,
    ];
    const bytes = await wasteWorkbook(rows);
    const preview = await previewWasteWorkbook(ctx, PARK, 2021, bytes, 'typo.xlsx');
    expect(preview.links).toEqual([
      { row: 4, nameInTable: '衡阳市富祺德科学仪器有限公司', link: 'proposal', enterpriseName: '衡阳市富比德科学仪器有限公司', reason: '相差一个字' },
      { row: 5, nameInTable: '湖南省富生钢结构有限公司', link: 'exact', enterpriseName: '湖南省富生钢结构有限公司', reason: null },
    ]);
    expect(preview.unresolved).toBe(1);
    expect(preview.findings).toMatchObject([{ kind: 'unbalanced', position: 1, wasteKind: 'general' }]);
    expect(preview.findings[0]!.message).toContain('相差 0.1 t/a');
    // 0.40 + 1.08 general, 0.10 + 1.9 hazardous.
    expect(preview.totals.general.generatedTonnes).toBe('1.48');
    expect(preview.totals.hazardous.generatedTonnes).toBe('2');

    const refused = await importError(ctx, bytes, 2021);
    expect(refused.issues).toEqual([
      { file: 'waste.xlsx', sheet: '表10', row: 4, column: 'B 企业名称', value: '衡阳市富祺德科学仪器有限公司', expected: '企业档案中的企业', message: '应为企业档案中的企业；最接近：衡阳市富比德科学仪器有限公司' },
    ]);
    expect(await storedRows(2021)).toBe(0);

    // A confirmation that names no enterprise of the file is refused too.
    const wrong = await importWasteWorkbook(ctx, PARK, 2021, bytes, 'waste.xlsx', { 衡阳市富祺德科学仪器有限公司: '衡阳市富祺德科学仪器有限公司' }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(ServiceError);
    expect((wrong as ServiceError).issues).toEqual([
      { file: 'waste.xlsx', sheet: '表10', row: 4, column: 'B 企业名称', value: '衡阳市富祺德科学仪器有限公司', expected: '企业档案中的企业名称', message: '确认的企业"衡阳市富祺德科学仪器有限公司"不在企业档案中' },
    ]);
    expect(await storedRows(2021)).toBe(0);

    // Confirmed, the row links to the proposed enterprise and keeps its figures; the unbalanced row stays a finding.
    const confirmed = { 衡阳市富祺德科学仪器有限公司: '衡阳市富比德科学仪器有限公司' };
    expect((await previewWasteWorkbook(ctx, PARK, 2021, bytes, 'typo.xlsx', confirmed)).links[0]).toMatchObject({ link: 'confirmed', enterpriseName: '衡阳市富比德科学仪器有限公司' });
    const imported = await importWasteWorkbook(ctx, PARK, 2021, bytes, 'typo.xlsx', confirmed);
    expect(imported.rows.map((r) => [r.enterpriseName, r.general.entrustedTonnes])).toEqual([
      ['衡阳市富比德科学仪器有限公司', '0.3'],
      ['湖南省富生钢结构有限公司', '1.08'],
    ]);
    expect(imported.findings.map((f) => f.kind)).toEqual(['unbalanced']);
    const audit = (
      (await store.db.execute(sql`SELECT after->>'nameInTable' AS name FROM change_log WHERE entity = 'waste_ledger_row' AND after->>'year' = '2021' AND after->>'nameInTable' IS NOT NULL`)) as unknown as { rows: { name: string }[] }
    ).rows;
    expect(audit).toEqual([{ name: '衡阳市富祺德科学仪器有限公司' }]);
  });

  it('imports table 10 as printed once its three names are confirmed as the enterprise file has them', async () => {
    const result = await importWasteWorkbook(ctx, PARK, 2022, await wasteWorkbook(SEED000_WASTE_TABLE), 'waste.xlsx', SEED000_WASTE_NAMES_IN_FILE);
    expect(result.rows).toHaveLength(36);
    expect([12, 25, 29].map((i) => result.rows[i]!.enterpriseName)).toEqual(['湖南新建汉科技建材有限公司', '祁东县泰豪科技发展有限公司', '祁东晶祺机械有限公司']);
  });

  it('keeps the name a confirmed row had in the table, and null for a row named as the file names it', async () => {
    await importWasteWorkbook(ctx, PARK, 2023, await wasteWorkbook(SEED000_WASTE_TABLE), 'waste.xlsx', SEED000_WASTE_NAMES_IN_FILE);
    // Read back, not the import's answer: seed 000 table 10 rows 13, 26 and 30 as the table wrote them (the file,
    // table 1.3-1, has 湖南新建汉科技建材有限公司, 祁东县泰豪科技发展有限公司, 祁东晶祺机械有限公司).
    const { rows } = await listWasteLedger(ctx, PARK, 2023);
    expect(rows.filter((r) => r.nameInTable !== null).map((r) => [rows.indexOf(r) + 1, r.nameInTable, r.enterpriseName])).toEqual([
      [13, '湖南新建汉新材料科技有限公司', '湖南新建汉科技建材有限公司'],
      [26, '祁东县泰豪食品有限公司', '祁东县泰豪科技发展有限公司'],
      [30, '祁东晶褀机械有限公司', '祁东晶祺机械有限公司'],
    ]);
    // Row 6 of table 10 names its enterprise as the file does.
    expect(rows[5]).toMatchObject({ enterpriseName: '湖南领湃新能源科技有限公司', nameInTable: null });
    const stored = (
      (await store.db.execute(sql`SELECT count(*)::int AS n FROM waste_ledger_rows WHERE year = 2023 AND name_in_table IS NULL`)) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n;
    expect(stored).toBe(33);

    // The table as the file names it: every row null.
    const again = await importWasteWorkbook(ctx, PARK, 2023, await wasteWorkbook(SEED000_WASTE_TABLE_AS_FILED), 'filed.xlsx');
    expect(again.rows.every((r) => r.nameInTable === null)).toBe(true);
  });
});
