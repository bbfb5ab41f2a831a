import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED000_WASTE_TABLE_AS_FILED } from '../../../test/fixtures/seed000Waste.js';
import { createTestStore } from '../../../test/helpers/testStore.js';
import { wasteWorkbook } from '../../../test/helpers/wasteWorkbook.js';
import { readWorkbookGrid } from '../../render/xlsx/readWorkbookGrid.js';
import type { Store } from '../../store/client.js';
import { systemContext, type ServiceContext } from '../context.js';
import { seedDemoPark } from '../demo/seedDemoPark.js';
import { importWasteWorkbook, listWasteLedger } from './wasteLedger.js';
import { exportWasteWorkbook } from './wasteWorkbook.js';

const PARK = 'S437012';

describe('the waste ledger exported in the layout of table 10', () => {
  let store: Store;
  let ctx: ServiceContext;
  beforeAll(async () => {
    store = await createTestStore('pglite');
    ctx = systemContext(store.db, 'test');
    await seedDemoPark(ctx, { simulatedYear: false });
  });
  afterAll(async () => store?.close());

  it('writes the two header rows, the rows and the 合计 row of table 10', async () => {
    // A row with a credit code and HW categories, linked by its code, to see them written and read back.
    const rows = [
      ...SEED000_WASTE_TABLE_AS_FILED.slice(0, 6).map((r, i) => (i === 1 ? [...r, '统一社会信用代码', '危险废物类别'] : r)),
      ['4', '顺隆能源公司', '0.04', '0', '0.04', '0', '0.5', '0', '0', '0.5', '√', '914304267580286729', 'HW08、HW49'],
    ];
    await importWasteWorkbook(ctx, PARK, 2023, await wasteWorkbook(rows), 'in.xlsx');
    const { fileName, bytes } = await exportWasteWorkbook(ctx, PARK, 2023);
    expect(fileName).toBe('湖南祁东高新技术产业开发区2023年度企业固体废物处置清单.xlsx');
    const [sheet] = (await readWorkbookGrid(bytes)).sheets;
    expect(sheet!.name).toBe('表10');
    expect(sheet!.rows.slice(1, 3)).toEqual([
      ['序号', '企业名称', '一般工业固体废物（t/a）', '', '', '', '危险废物（t/a）', '', '', '', '涉危废转移清单企业', '统一社会信用代码', '危险废物类别'],
      ['', '', '产生量', '自行综合利用', '自行处置', '委托处理（外售）', '产生量', '自行综合利用', '自行处置', '委托处理', '', '', ''],
    ]);
    // The credit code is the enterprise file's (the demo's, from table 1.3-1).
    expect(sheet!.rows[3]).toEqual(['1', '衡阳市富比德科学仪器有限公司', '0.4', '0', '0', '0.4', '0.1', '0', '0', '0.1', '√', '91430426MA4PB9D551', '']);
    expect(sheet!.rows[6]).toEqual(['4', '湖南顺隆能源有限公司', '0.04', '0', '0.04', '0', '0.5', '0', '0', '0.5', '√', '914304267580286729', 'HW08、HW49']);
    // 0.40 + 1.08 + 0.23 + 0.04; 0.10 + 1.9 + 0.4 + 0.5.
    expect(sheet!.rows[7]).toEqual(['合计', '', '1.75', '0', '0.04', '1.71', '2.9', '0', '0', '2.9', '', '', '']);
  });

  it('reads back to the same rows (the demo\'s 2024, table 10 of seed 000), named as the enterprise file names them', async () => {
    const before = await listWasteLedger(ctx, PARK, 2024);
    expect(before.rows).toHaveLength(36);
    // The demo imported table 10 as printed: row 30 wrote 晶褀 where the file (table 1.3-1) has 晶祺.
    expect(before.rows[29]).toMatchObject({ enterpriseName: '祁东晶祺机械有限公司', nameInTable: '祁东晶褀机械有限公司' });
    const { bytes } = await exportWasteWorkbook(ctx, PARK, 2024);
    // The export prints the file's name, so the workbook links again without any name to confirm.
    expect((await readWorkbookGrid(bytes)).sheets[0]!.rows[32]!.slice(0, 2)).toEqual(['30', '祁东晶祺机械有限公司']);
    const after = await importWasteWorkbook(ctx, PARK, 2024, bytes, 'export.xlsx');
    expect(after.rows).toEqual(before.rows.map((r) => ({ ...r, nameInTable: null })));
    expect(after.totals).toEqual(before.totals);
  });
});
