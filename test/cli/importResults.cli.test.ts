import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataDir, parkeco } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'parkeco-import-results-'));
const dataDir = join(dir, 'data');
const path = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = '点位,采样日期,监测项目,监测结果,单位,检出限';
// Noise at the demo park's micro-stations (synthetic values): two points, three results, two samples.
const NOISE_CSV = [HEADER, '张家岭路,2024-05-01,昼间等效声级,58.4,dB(A),', '张家岭路,2024-05-01,夜间等效声级,47,dB(A),', '美皇制衣,2024-05-02,昼间等效声级,61,dB(A),'].join('\n');

beforeAll(async () => {
  writeFileSync(path('noise.csv'), NOISE_CSV);
  writeFileSync(path('unknown.csv'), `${HEADER}\n张家岭路,2024-06-01,昼间等效声级,55,dB(A),\n归阳镇上游断面,2024-06-01,氨氮,0.4,mg/L,`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('噪声');
  ws.addRow(['点位', '采样日期', '监测项目', '监测结果', '单位']);
  ws.addRow(['成章学校', new Date(Date.UTC(2024, 6, 1)), '昼间等效声级', 52.5, 'dB(A)']);
  ws.addRow(['', '', '夜间等效声级', 43, 'dB(A)']);
  ws.mergeCells('A2:A3');
  ws.mergeCells('B2:B3');
  await wb.xlsx.writeFile(path('noise.xlsx'));
  await demoDataDir(dataDir);
}, 120_000);

describe('parkeco import results', () => {
  it('imports a CSV and prints what was imported per point', async () => {
    const r = await parkeco(dataDir, 'import', 'results', path('noise.csv'), '--park', 'S437012', '--year', '2024');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('导入成功：noise.csv，2024年，3条结果');
    expect(lines[2]).toMatch(/^张家岭路\s+2\s+1\s+0\s+2024-05-01$/);
    expect(lines[3]).toMatch(/^美皇制衣\s+1\s+1\s+0\s+2024-05-02$/);
  });

  it('imports a workbook, filling merged cells down and saying so', async () => {
    const r = await parkeco(dataDir, 'import', 'results', path('noise.xlsx'), '--park', 'S437012', '--year', '2024');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('导入成功：noise.xlsx，2024年，2条结果');
    expect(r.stdout).toMatch(/成章学校\s+2\s+1\s+0\s+2024-07-01/);
    expect(r.stdout).toContain('工作表"噪声"第3行点位为空（合并单元格），取第2行的"成章学校"');
  });

  it('refuses a file with an unknown point: exit 1, the row, value and the park’s points, nothing written', async () => {
    const r = await parkeco(dataDir, 'import', 'results', path('unknown.csv'), '--park', 'S437012', '--year', '2024');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('错误：unknown.csv：1处错误，未导入任何结果');
    expect(r.stderr).toContain('  - 文件 unknown.csv 第3行 点位列：值"归阳镇上游断面"，应为园区 S437012 的监测点位之一：张家岭路、美皇制衣、成章学校');
    // Its valid row was not written either: importing the first file again replaces only its own three results.
    const again = await parkeco(dataDir, 'import', 'results', path('noise.csv'), '--park', 'S437012', '--year', '2024');
    expect(again.stdout.split('\n')[0]).toBe('导入成功：noise.csv，2024年，3条结果（其中3条替换了原有结果）');
  });

  it('refuses a date outside --year and a bad --year', async () => {
    const r = await parkeco(dataDir, 'import', 'results', path('noise.csv'), '--park', 'S437012', '--year', '2023');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('第2行 采样日期列：值"2024-05-01"，应为2023年内的采样日期（2023-01-01～2023-12-31）');
    const bad = await parkeco(dataDir, 'import', 'results', path('noise.csv'), '--park', 'S437012', '--year', '24');
    expect([bad.code, bad.stderr.trim()]).toEqual([1, '错误：--year 的值"24"无效，应为4位年份']);
  });
});
