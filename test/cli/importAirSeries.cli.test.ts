import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataDir, parkeco } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'parkeco-import-air-series-'));
const dataDir = join(dir, 'data');
const path = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CITY = '祁东县城市站';
const HEADER = 'station,date,so2,no2,co,o3_8h,pm10,pm25';

beforeAll(async () => {
  writeFileSync(path('city.csv'), [HEADER, `${CITY},2024-01-01,8,30,0.8,60,70,52`, `${CITY},2024-01-02,10,40,1.2,50,140,120`].join('\n'));
  writeFileSync(path('bad.csv'), [HEADER, `${CITY},2024-01-03,8,30,0.8,60,70,52`, `${CITY},2024-01-04,8,30,0.8,60,70,5.5`].join('\n'));
  // 24 hours of 2024-01-05, labelled by their end (01:00 … 24:00): every 24-hour mean is the constant value.
  const hours = Array.from({ length: 24 }, (_, h) => `${CITY},2024-01-05 ${String(h + 1).padStart(2, '0')}:00,6,20,0.6,40,50,30`);
  writeFileSync(path('hourly.csv'), ['station,time,so2,no2,co,o3,pm10,pm25', ...hours].join('\n'));
  await demoDataDir(dataDir);
}, 180_000);

describe('parkeco import air-series', () => {
  it('imports published daily values into the city station and says what it wrote', async () => {
    const r = await parkeco(dataDir, 'import', 'air-series', path('city.csv'), '--park', 'S437012', '--point', CITY, '--year', '2024');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`导入成功：city.csv → ${CITY}（文件中的站点"${CITY}"），日均值（按发布值），2天（2024-01-01～2024-01-02）\n`);
  });

  it('imports hourly values as daily values, marked 模拟数据 when asked', async () => {
    const r = await parkeco(dataDir, 'import', 'air-series', path('hourly.csv'), '--park', 'S437012', '--point', CITY, '--simulated');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('小时值（折算为日均值），1天（2024-01-05～2024-01-05）');
    expect(r.stdout).toContain('已标记为模拟数据');
  });

  it('refuses a bad file whole: exit 1, the row, column and value', async () => {
    const r = await parkeco(dataDir, 'import', 'air-series', path('bad.csv'), '--park', 'S437012', '--point', CITY);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bad.csv 第3行 pm25 的值"5.5"无效，应为非负整数');
    // Its valid row was not written: importing the good file again replaces only its own two days.
    const again = await parkeco(dataDir, 'import', 'air-series', path('city.csv'), '--park', 'S437012', '--point', CITY);
    expect(again.stdout).toContain('2天（2024-01-01～2024-01-02），其中2天替换了原有数据');
  });

  it('refuses a point linked to an HJ 212 station', async () => {
    const r = await parkeco(dataDir, 'import', 'air-series', path('city.csv'), '--park', 'S437012', '--point', '张家岭路');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('已关联 HJ 212 站点');
  });
});
