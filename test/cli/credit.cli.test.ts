import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataDir, parkeco } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'parkeco-credit-'));
const dataDir = join(dir, 'data');
const path = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  copyFileSync(new URL('../fixtures/credit/hunan-2020.yaml', import.meta.url), path('hunan-2020.yaml'));
  // Line 4 gives the initial score as text.
  writeFileSync(path('bad.json'), '{\n  "id": "bad-1",\n  "version": "1",\n  "initialScore": "nine"\n}\n');
  await demoDataDir(dataDir);
}, 120_000);

describe('parkeco credit (demo park)', () => {
  it("prints seed 000's 2024 evaluation: 10 分, 环保诚信园区, item 19 marked against the recorded award", async () => {
    const r = await parkeco(dataDir, 'credit', 'evaluate', '--park', 'S437012', '--year', '2024');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^S437012 2024年园区环保信用自评（方案：.+，hunan-2024 版本 1(，.+)?）$/);
    expect(lines[1]).toMatch(/^状态：已提交/);
    expect(lines[2]).toBe('总分：10分  等级：环保诚信园区');
    // The demo data directory has no simulated station data: only item 19 differs (the honour of 2024).
    expect(lines).toContain('自评分与建议分不一致：1项（第19项，标 ※）');
    const item19 = lines.findIndex((l) => l.startsWith('※19. [绿色发展/创新与示范]'));
    expect(item19).toBeGreaterThan(0);
    expect(lines[item19 + 1]).toMatch(/^ {4}自评 0 {2}建议 \+2：2024年度园区获得省部级及以上表彰：2024年度全省绿色制造体系示范单位/);
    expect(lines.filter((l) => l.startsWith('※'))).toHaveLength(1);
    expect(lines).toContain('    自评 不适用  建议 —（平台无此类记录）：平台不掌握此项所需记录，请人工评分');
  });

  it('shows the proposals alone for a year without an evaluation, and says so', async () => {
    const r = await parkeco(dataDir, 'credit', 'evaluate', '--park', 'S437012', '--year', '2023', '--json');
    expect(r.code, r.stderr).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(v.evaluation).toBeNull();
    expect(v.scheme.id).toBe('hunan-2024');
    expect(v.items).toHaveLength(23);
    const text = await parkeco(dataDir, 'credit', 'evaluate', '--park', 'S437012', '--year', '2023');
    expect(text.stdout.split('\n')[1]).toBe('2023年尚无自评记录，以下仅为平台根据记录提出的建议分');
  });

  it('loads a YAML scheme and lists it; a malformed file is refused naming the line, field and value', async () => {
    const loaded = await parkeco(dataDir, 'credit', 'load-scheme', path('hunan-2020.yaml'));
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(loaded.stdout).toMatch(/^导入成功：hunan-2020\.yaml，方案 hunan-2020 版本 1（湖南省产业园区环保信用评价表（试行）），\d+项，为该方案的最新版本/);
    const list = await parkeco(dataDir, 'credit', 'schemes');
    expect(list.stdout).toMatch(/^\* hunan-2024 版本1 /m);
    expect(list.stdout).toMatch(/^\* hunan-2020 版本1 .*地区430000 {2}2020–2022年 {2}初始分9 {2}最高12 .*导入自 hunan-2020\.yaml$/m);
    const bad = await parkeco(dataDir, 'credit', 'load-scheme', path('bad.json'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json');
    expect(bad.stderr).toMatch(/第4行 .*initialScore.*值"nine"/);
  });
});
