import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parkeco } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'parkeco-results-'));
const dataDir = join(dir, 'data');
const path = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = '点位,采样日期,监测项目,监测结果,单位,检出限';

// Surface water, GB 3838-2002 表1, target Ⅲ, river. Hand calculation:
// W1 2024-05-10: NH3-N 2.5 > Ⅴ 2.0 → 劣Ⅴ; (2.5 − 1.0)/1.0 = 1.500. COD 18 (Ⅲ 20) Ⅲ. TP 150 µg/L = 0.15 mg/L ≤ Ⅲ 0.2.
//   石油类 0.01L ≤ Ⅰ 0.05 → Ⅰ. 水温: no limit.
// W1 2024-08-10: NH3-N ０．６２ = 0.62 ≤ Ⅲ 1.0 → Ⅲ, meets the target.
// W2 2024-05-10: CODMn 7 > Ⅲ 6, ≤ Ⅳ 10 → Ⅳ; (7 − 6)/6 = 0.1666… → 0.167. DO "—" not measured.
const WATER_CSV = [
  HEADER,
  'W1,2024-05-10,氨氮,2.5,mg/L,0.025',
  'W1,2024-05-10,CODcr,18,mg/l,4',
  'W1,2024-05-10,总磷,150,μg/L,',
  'W1,2024-05-10,石油类,0.01L,mg/L,',
  'W1,2024-05-10,水温,21.3,℃,',
  'W1,2024-08-10,NH₃-N,０．６２,mg/L,',
  'W2,2024/5/10,pH,7.6,无量纲,',
  'W2,2024/5/10,溶解氧,—,mg/L,',
  'W2,2024/5/10,高锰酸盐指数,7,mg/L,0.5',
].join('\n');

/**
 * Groundwater, GB/T 14848-2017 表1/表2, target Ⅲ. Hand calculation:
 * GW1: 氯化物 400 > Ⅳ 350 → Ⅴ, (400 − 250)/250 = 0.600; 四氯乙烯 350 µg/L > Ⅳ 300 → Ⅴ, (350 − 40)/40 = 7.750;
 *      氨氮 0.1 → Ⅱ; 砷 ND → Ⅰ. Sample Ⅴ.
 * GW2: 硝酸盐 25 (Ⅲ 20 < 25 ≤ Ⅳ 30) → Ⅳ, (25 − 20)/20 = 0.250; 苯 0.0005 mg/L = 0.5 µg/L ≤ Ⅰ 0.5 → Ⅰ;
 *      石油类: no limit in GB/T 14848.
 */
async function groundwaterWorkbook(file: string) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['本表为模拟数据，仅用于测试']);
  const ws = wb.addWorksheet('地下水');
  ws.addRow(['2024年地下水监测结果']);
  ws.mergeCells('A1:F1');
  ws.addRow(['监测点位', '采样日期', '检测项目', '检测结果', '单位', '检出限']);
  const day1 = new Date(Date.UTC(2024, 5, 1));
  const day2 = new Date(Date.UTC(2024, 5, 2));
  ws.addRow(['GW1', day1, '氯化物', 400, 'mg/L', '']);
  ws.addRow(['GW1', day1, '四氯乙烯', 350, 'μg/L', '']);
  ws.addRow(['GW1', day1, 'NH3-N', 0.1, 'mg/L', 0.025]);
  ws.addRow(['GW1', day1, '砷', 'ND', 'mg/L', 0.0003]);
  ws.addRow(['GW2', day2, '硝酸盐', 25, 'mg/L', '']);
  ws.addRow(['GW2', day2, '苯', 0.0005, 'mg/L', '']);
  ws.addRow(['GW2', day2, '石油类', 0.02, 'mg/L', '']);
  // GW1's point and date are merged down over its four rows, as lab reports do.
  ws.mergeCells('A3:A6');
  ws.mergeCells('B3:B6');
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  writeFileSync(path('water.csv'), WATER_CSV);
  await groundwaterWorkbook(path('groundwater.xlsx'));
});

describe('parkeco results check', () => {
  it('CSV, GB 3838: each sample’s verdict and a summary per point, in Chinese', async () => {
    const r = await parkeco(dataDir, 'results', 'check', path('water.csv'), '--standard', 'GB3838');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const line = (start: string) => lines.find((l) => l.startsWith(start)) ?? '';
    expect(r.stdout).toContain('（9条结果，3个样品，2个点位）');
    expect(r.stdout).toContain('标准：GB 3838-2002 地表水环境质量标准（目标Ⅲ类，河流）');
    expect(line('W1    2024-05-10')).toMatch(/超标\s+水质类别：劣Ⅴ类（重度污染），未达到Ⅲ类目标\s+氨氮（1\.500倍）\s+水温$/);
    expect(line('W1    2024-08-10')).toMatch(/达标\s+水质类别：Ⅲ类（良好），达到Ⅲ类目标/);
    expect(line('W2    2024-05-10')).toMatch(/超标\s+水质类别：Ⅳ类（轻度污染），未达到Ⅲ类目标\s+高锰酸盐指数（0\.167倍）/);
    expect(line('W1    2 ')).toMatch(/^W1\s+2\s+1\s+超标\s+劣Ⅴ类\s+氨氮（1次，最大1\.500倍）\s+氨氮 1\.500（2024-05-10）$/);
    expect(line('W2    1 ')).toMatch(/^W2\s+1\s+1\s+超标\s+Ⅳ类\s+高锰酸盐指数（1次，最大0\.167倍）\s+高锰酸盐指数 0\.167（2024-05-10）$/);
    expect(r.stdout).toContain('W1 2024-05-10 水温 21.3 ℃：GB 3838-2002 地表水环境质量标准无此项目限值');
    expect(r.stdout).toContain('未测：W2 2024-05-10 溶解氧');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('.xlsx (built with exceljs; title row, notes sheet, date and number cells), GB/T 14848, as JSON', async () => {
    const r = await parkeco(dataDir, 'results', 'check', path('groundwater.xlsx'), '--standard', 'GB14848', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.results).toBe(7);
    expect(json.decisions).toHaveLength(6);
    expect(json.decisions[0]).toEqual({ sheet: '地下水', row: 4, column: '点位', takenAs: 'GW1', fromRow: 3 });
    expect(json.samples.map((s: { point: string; date: string; waterClassLabel: string; compliant: boolean }) => [s.point, s.date, s.waterClassLabel, s.compliant])).toEqual([
      ['GW1', '2024-06-01', 'Ⅴ', false],
      ['GW2', '2024-06-02', 'Ⅳ', false],
    ]);
    expect(json.samples[0].exceedingItems).toEqual([
      { item: 'chloride', name: '氯化物', multiple: '0.600', excessDb: null },
      { item: 'PCE', name: '四氯乙烯', multiple: '7.750', excessDb: null },
    ]);
    expect(json.samples[0].summary).toBe('地下水质量类别：Ⅴ类（氯化物、四氯乙烯）');
    const as = json.samples[0].items.find((i: { item: string }) => i.item === 'As');
    expect([as.value, as.class, as.exceeds]).toEqual(['0.0003L', 'Ⅰ', false]);
    const benzene = json.samples[1].items.find((i: { item: string }) => i.item === 'benzene');
    expect([benzene.value, benzene.unit, benzene.class]).toEqual(['0.5', 'µg/L', 'Ⅰ']);
    expect(json.samples[1].noLimit.map((n: { name: string }) => n.name)).toEqual(['石油类']);
    expect(json.points.map((p: { point: string; worstClassLabel: string; maxMultiple: { name: string; multiple: string } }) => [p.point, p.worstClassLabel, p.maxMultiple.name, p.maxMultiple.multiple])).toEqual([
      ['GW1', 'Ⅴ', '四氯乙烯', '7.750'],
      ['GW2', 'Ⅳ', '硝酸盐', '0.250'],
    ]);
  });

  it('the same workbook as text: the worst class, exceeding items and largest multiple per point', async () => {
    const r = await parkeco(dataDir, 'results', 'check', path('groundwater.xlsx'), '--standard', 'GB/T14848');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('工作表"地下水"第6行采样日期为空（合并单元格），取第3行的"2024-06-01"');
    expect(r.stdout).toMatch(/GW1\s+1\s+1\s+超标\s+Ⅴ类\s+氯化物（1次，最大0\.600倍）、四氯乙烯（1次，最大7\.750倍）\s+四氯乙烯 7\.750（2024-06-01）/);
  });
});

describe('parkeco results check: soil and noise', () => {
  it('GB 36600 第二类用地 (表1): As 119 > screening 60, (119 − 60)/60 = 0.983; Cr6+ ND; pH has no limit', async () => {
    writeFileSync(path('soil.csv'), `${HEADER}\nS1,2024-04-01,砷,119,mg/kg,\nS1,2024-04-01,六价铬,ND,mg/kg,0.5\nS1,2024-04-01,pH,7.2,无量纲,`);
    const r = await parkeco(dataDir, 'results', 'check', path('soil.csv'), '--standard', 'GB36600', '--land-class', '2');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('标准：GB 36600-2018 建设用地土壤污染风险管控标准（第二类用地）');
    expect(r.stdout).toMatch(/S1\s+2024-04-01\s+超标\s+第2类用地：超过筛选值（需详细调查和风险评估）\s+砷（0\.983倍）\s+pH/);
  });

  it('GB 3096 zone 2 (表1: 昼 60, 夜 50): night 52 exceeds by 2 dB; day 58.4 complies', async () => {
    writeFileSync(path('noise.csv'), '点位,采样日期,监测项目,监测结果,单位\nN1,2024-05-01,昼间等效声级,58.4,dB(A)\nN1,2024-05-01,夜间,52,dB（A）');
    const r = await parkeco(dataDir, 'results', 'check', path('noise.csv'), '--standard', 'GB3096', '--target-class', '2');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/N1\s+2024-05-01\s+超标\s+2类声环境功能区昼间：达标；2类声环境功能区夜间：超标\s+夜间等效声级（超2 dB）/);
  });
});

describe('parkeco results check: ambient air', () => {
  it('GB 3095 二类区 (24-hour limits): SO2 0.162 mg/m³ = 162 > 150 → 0.080; NOX 0.007L; VOCs, 臭气浓度 without a limit', async () => {
    writeFileSync(
      path('air.csv'),
      [HEADER, 'A1,2024-05-10,SO2,0.162,mg/m³,0.007', 'A1,2024-05-10,NOX,0.007L,mg/m3,', 'A1,2024-05-10,VOCs,0.41,mg/m³,', 'A1,2024-05-10,臭气浓度,12,无量纲,'].join('\n'),
    );
    const r = await parkeco(dataDir, 'results', 'check', path('air.csv'), '--standard', 'GB3095');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('标准：GB 3095 环境空气质量标准（二类区，24小时平均浓度限值）');
    expect(r.stdout).toMatch(/A1\s+2024-05-10\s+超标\s+GB 3095-2012 环境空气质量标准（含2018年修改单） 二类区24小时平均：超标（二氧化硫）\s+二氧化硫（0\.080倍）\s+挥发性有机物、臭气浓度/);
    // 一类区: limit 50 → (162 − 50)/50 = 2.240
    const first = await parkeco(dataDir, 'results', 'check', path('air.csv'), '--standard', 'GB3095', '--target-class', '1', '--json');
    expect(JSON.parse(first.stdout).samples[0].maxMultiple).toEqual({ item: 'SO2', name: '二氧化硫', multiple: '2.240' });
  });
});

describe('parkeco results check: a bad file exits 1, names file, row, column and value, and prints no result', () => {
  const bad = async (name: string, content: string | Buffer, ...args: string[]) => {
    writeFileSync(path(name), content);
    const r = await parkeco(dataDir, 'results', 'check', path(name), '--standard', 'GB3838', ...args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    return r.stderr;
  };

  it('an unknown item', async () => {
    const err = await bad('item.csv', `${HEADER}\nW1,2024-05-10,氨氨,0.5,mg/L,`);
    expect(err).toContain(`文件 ${path('item.csv')} 第2行 C（监测项目）列：值"氨氨"，应为已知的监测项目名称或代码，相近的有：氨、氨氮`);
  });

  it('a unit that cannot be converted', async () => {
    const err = await bad('unit.csv', `${HEADER}\nW1,2024-05-10,氨氮,0.5,mg/kg,`);
    expect(err).toContain('第2行 E（单位）列：值"mg/kg"，应为可换算为 mg/L 的单位');
  });

  it('a value that is not a number', async () => {
    const err = await bad('value.csv', `${HEADER}\nW1,2024-05-10,COD,十八,mg/L,`);
    expect(err).toContain('第2行 D（监测结果）列：值"十八"，应为非负数值');
  });

  it('a date that does not exist', async () => {
    const err = await bad('date.csv', `${HEADER}\nW1,2023-02-29,COD,18,mg/L,`);
    expect(err).toContain('第2行 B（采样日期）列：值"2023-02-29"，应为存在的采样日期');
  });

  it('a missing column', async () => {
    const err = await bad('column.csv', '点位,采样日期,监测项目,单位\nW1,2024-05-10,COD,mg/L');
    expect(err).toContain('第1行 监测结果列：应为"监测结果"列');
  });

  it('an empty file', async () => {
    const err = await bad('empty.csv', '');
    expect(err).toContain(`文件 ${path('empty.csv')}：值""，应为非空的监测结果表`);
  });

  it('a .xlsx that is not a workbook', async () => {
    const err = await bad('text.xlsx', `${HEADER}\nW1,2024-05-10,COD,18,mg/L,`);
    expect(err.trim()).toBe(`错误：文件 ${path('text.xlsx')}：文件不是有效的 Excel 工作簿（.xlsx）：文件内容不是 .xlsx 格式（例如 CSV 或文本文件）`);
  });

  it('several bad cells: every one is listed, none is read', async () => {
    const err = await bad('many.csv', `${HEADER}\nW1,2024-05-10,COD,18,mg/L,\nW1,2024-05-32,COD,18,mg/L,\nW2,2024-05-10,总憐,1,mg/L,`);
    expect(err).toContain('2处错误，未读取任何结果');
    expect(err).toContain('第3行 B（采样日期）列：值"2024-05-32"');
    expect(err).toContain('第4行 C（监测项目）列：值"总憐"');
  });

  it('a bad option', async () => {
    const err = await bad('ok.csv', WATER_CSV, '--target-class', '7');
    expect(err.trim()).toBe('错误：--target-class 的值"7"无效，应为目标类别 1～5（Ⅰ～Ⅴ类）');
  });
});
