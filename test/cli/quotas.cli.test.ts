import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookGrid } from '../../src/render/xlsx/readWorkbookGrid.js';
import { demoDataDir, parkeco } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'parkeco-quotas-'));
const dataDir = join(dir, 'data');
const path = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LIFANG = '湖南力方轧辊有限公司';

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('排放量');
  ws.addRow(['序号', '企业名称', '统一社会信用代码', '化学需氧量', '氨氮']);
  ws.addRow(['1', '湖南力方轧辊有限责任公司', '', 30, 0.5]);
  writeFileSync(path('emissions.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
  await demoDataDir(dataDir);
}, 120_000);

describe('parkeco emissions summary, import and export emissions and quotas (demo park)', () => {
  it('prints the 2024 summary of the demo park: seed 000\'s totals within quota and the changes from 2023', async () => {
    const r = await parkeco(dataDir, 'emissions', 'summary', '--park', 'S437012', '--year', '2024');
    expect(r.code, r.stderr).toBe(0);
    // 90.59/300 = 30.196…% → 30.20, 300 − 90.59 = 209.41; (90.59 − 96.33)/96.33 = −5.96 %, …
    expect(r.stdout.trim().split('\n')).toEqual([
      'S437012 2024年总量控制情况（总量控制指标依据：湘环评函[2014]89号）',
      '  化学需氧量：排放总量90.59 t/a（园区公布），总量控制指标300 t/a，占30.20%，余量209.41 t/a，在指标以内',
      '  氨氮：排放总量1.37 t/a（园区公布），总量控制指标40 t/a，占3.42%，余量38.63 t/a，在指标以内',
      '  二氧化硫：排放总量16.35 t/a（园区公布），总量控制指标500 t/a，占3.27%，余量483.65 t/a，在指标以内',
      '  氮氧化物：排放总量13.02 t/a（园区公布），总量控制指标750 t/a，占1.74%，余量736.98 t/a，在指标以内',
      '结论：2024年污染物排放量在总量控制范围以内',
      '同比：相较于2023年，2024年化学需氧量排放量下降5.96%、氨氮排放量下降4.86%、二氧化硫排放量下降7.21%、氮氧化物排放量下降6.20%。',
    ]);
    const json = await parkeco(dataDir, 'emissions', 'summary', '--park', 'S437012', '--year', '2024', '--json');
    expect(JSON.parse(json.stdout).changes.map((c: { key: string; percent: string }) => [c.key, c.percent])).toEqual([
      ['COD', '-5.96'],
      ['NH3-N', '-4.86'],
      ['SO2', '-7.21'],
      ['NOx', '-6.20'],
    ]);
  });

  it('refuses a name not in the file with the nearest enterprise, then imports with --confirm and exports', async () => {
    const refused = await parkeco(dataDir, 'import', 'emissions', path('emissions.xlsx'), '--park', 'S437012', '--year', '2022');
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([
      '错误：emissions.xlsx：工作簿有1处错误，未导入任何数据',
      `  - 工作表"排放量"第2行 B 企业名称：值"湖南力方轧辊有限责任公司"，应为企业档案中的企业；最接近：${LIFANG}（仅公司类型后缀不同）；确认后请以 湖南力方轧辊有限责任公司=${LIFANG} 重新导入`,
    ]);
    const ok = await parkeco(dataDir, 'import', 'emissions', path('emissions.xlsx'), '--park', 'S437012', '--year', '2022', '--confirm', `湖南力方轧辊有限责任公司=${LIFANG}`);
    expect([ok.code, ok.stdout.trim()]).toEqual([0, '导入成功：emissions.xlsx，2022年，1家企业，共2行排放量']);
    const out = await parkeco(dataDir, 'export', 'emissions', '--park', 'S437012', '--year', '2022', '--out', path('out.xlsx'));
    expect(out.code, out.stderr).toBe(0);
    const grid = (await readWorkbookGrid(readFileSync(path('out.xlsx')))).sheets[0]!.rows;
    expect(grid.slice(1).map((r) => [r[1], r[3], r[4]])).toEqual([
      ['企业名称', '化学需氧量', '氨氮'],
      [LIFANG, '30', '0.5'],
    ]);
  });

  it('exports the quotas in the layout the import reads', async () => {
    const r = await parkeco(dataDir, 'export', 'quotas', '--park', 'S437012', '--out', path('quotas.xlsx'));
    expect(r.code, r.stderr).toBe(0);
    const grid = (await readWorkbookGrid(readFileSync(path('quotas.xlsx')))).sheets[0]!.rows;
    expect(grid.map((row) => row.slice(0, 2))).toEqual([
      ['污染物', '总量控制指标(t/a)'],
      ['化学需氧量', '300'],
      ['氨氮', '40'],
      ['二氧化硫', '500'],
      ['氮氧化物', '750'],
    ]);
  });
});
