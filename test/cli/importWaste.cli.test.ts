import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookGrid } from '../../src/render/xlsx/readWorkbookGrid.js';
import { SEED000_WASTE_TABLE, SEED000_WASTE_TABLE_AS_FILED } from '../fixtures/seed000Waste.js';
import { parkeco } from '../helpers/cli.js';
import { wasteWorkbook } from '../helpers/wasteWorkbook.js';

const dir = mkdtempSync(join(tmpdir(), 'parkeco-import-waste-'));
const dataDir = join(dir, 'data');
const path = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  writeFileSync(path('table10.xlsx'), await wasteWorkbook(SEED000_WASTE_TABLE));
  writeFileSync(path('filed.xlsx'), await wasteWorkbook(SEED000_WASTE_TABLE_AS_FILED));
  writeFileSync(path('filed.csv'), 'not a workbook');
  const seeded = await parkeco(dataDir, 'db', 'seed-demo', '--no-simulated-year');
  expect(seeded.code, seeded.stderr).toBe(0);
}, 120_000);

describe('parkeco import waste', () => {
  it('refuses seed 000 table 10 as printed, naming each enterprise not in the file and the nearest one', async () => {
    const r = await parkeco(dataDir, 'import', 'waste', path('table10.xlsx'), '--park', 'S437012', '--year', '2024');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      '错误：table10.xlsx：工作簿有3处错误，未导入任何数据',
      '  - 工作表"表10"第16行 B 企业名称：值"湖南新建汉新材料科技有限公司"，应为企业档案中的企业；档案中没有相近的企业，请先在企业档案中添加',
      '  - 工作表"表10"第29行 B 企业名称：值"祁东县泰豪食品有限公司"，应为企业档案中的企业；档案中没有相近的企业，请先在企业档案中添加',
      '  - 工作表"表10"第33行 B 企业名称：值"祁东晶褀机械有限公司"，应为企业档案中的企业；最接近：祁东晶祺机械有限公司',
    ]);
  });

  it('imports the table with the file\'s names and prints the totals, counts and findings', async () => {
    const r = await parkeco(dataDir, 'import', 'waste', path('filed.xlsx'), '--park', 'S437012', '--year', '2024');
    expect(r.code, r.stderr).toBe(0);
    // Seed 000 二（六） and the 合计 row: 80.6 / 7.05 / 51.40 / 22.15 and 18.04 all entrusted; counts from the rows.
    expect(r.stdout.trim().split('\n')).toEqual([
      '导入成功：filed.xlsx，2024年，36家企业',
      '一般工业固体废物：产生企业35家，产生量80.6 t/a，自行综合利用7.05 t/a，自行处置51.4 t/a，委托处理22.15 t/a',
      '危险废物：产生企业14家，产生量18.04 t/a，自行综合利用0 t/a，自行处置0 t/a，委托处理18.04 t/a',
      '涉危废转移清单企业：16家',
      '待核对（2处）：',
      '  第9行 湖南荣晟昌新材料科技有限公司 标为涉危废转移清单企业，但危险废物产生量为 0',
      '  第15行 湖南省中亚光电科技有限公司 标为涉危废转移清单企业，但危险废物产生量为 0',
    ]);
  });

  it('refuses a bad --year and a file that is not .xlsx', async () => {
    const bad = await parkeco(dataDir, 'import', 'waste', path('filed.xlsx'), '--park', 'S437012', '--year', '24');
    expect([bad.code, bad.stderr.trim()]).toEqual([1, '错误：--year 的值"24"无效，应为4位年份']);
    const csv = await parkeco(dataDir, 'import', 'waste', path('filed.csv'), '--park', 'S437012', '--year', '2024');
    expect([csv.code, csv.stderr.trim()]).toEqual([1, `错误：文件 ${path('filed.csv')}：扩展名".csv"无效，应为 .xlsx 工作簿`]);
  });
});

describe('parkeco import waste --confirm and export waste', () => {
  it('imports table 10 as printed once its three names are confirmed, and exports the year as table 10', async () => {
    const r = await parkeco(
      dataDir, 'import', 'waste', path('table10.xlsx'), '--park', 'S437012', '--year', '2023',
      '--confirm', '祁东晶褀机械有限公司=祁东晶祺机械有限公司',
      '--confirm', '湖南新建汉新材料科技有限公司=湖南新建汉科技建材有限公司',
      '--confirm', '祁东县泰豪食品有限公司=祁东县泰豪科技发展有限公司',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('导入成功：table10.xlsx，2023年，36家企业');

    const out = await parkeco(dataDir, 'export', 'waste', '--park', 'S437012', '--year', '2023', '--out', path('out.xlsx'));
    expect([out.code, out.stdout.trim()], out.stderr).toEqual([0, `已导出：${path('out.xlsx')}（2023年，36家企业）`]);
    const [sheet] = (await readWorkbookGrid(readFileSync(path('out.xlsx')))).sheets;
    // Row 30 of table 10 under the file's name; the 合计 row of the seed: 80.6 / 7.05 / 51.4 / 22.15 and 18.04.
    expect(sheet!.rows[32]!.slice(0, 3)).toEqual(['30', '祁东晶祺机械有限公司', '1.01']);
    expect(sheet!.rows[39]!.slice(0, 10)).toEqual(['合计', '', '80.6', '7.05', '51.4', '22.15', '18.04', '0', '0', '18.04']);
  });

  it('refuses a --confirm that is not a pair of names, and an --out that is not .xlsx, writing nothing', async () => {
    const bad = await parkeco(dataDir, 'import', 'waste', path('table10.xlsx'), '--park', 'S437012', '--year', '2023', '--confirm', '祁东晶褀机械有限公司');
    expect([bad.code, bad.stderr.trim()]).toEqual([1, '错误：--confirm 的值"祁东晶褀机械有限公司"无效，应为"表中名称=档案中的企业名称"']);
    const out = await parkeco(dataDir, 'export', 'waste', '--park', 'S437012', '--year', '2023', '--out', path('out.csv'));
    expect([out.code, out.stderr.trim()]).toEqual([1, `错误：--out 的值"${path('out.csv')}"无效，应为 .xlsx 文件`]);
    expect(existsSync(path('out.csv'))).toBe(false);
  });
});
