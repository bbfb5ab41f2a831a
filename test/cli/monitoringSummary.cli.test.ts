import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataDir, parkeco } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'parkeco-monitoring-summary-'));
const dataDir = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  await demoDataDir(dataDir);
}, 120_000);

describe('parkeco monitoring summary', () => {
  it('prints the demo plan as done, each medium with its samples, and the county figures as entered', async () => {
    const r = await parkeco(dataDir, 'monitoring', 'summary', '--park', 'S437012', '--year', '2024');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('S437012 2024年度环境监测汇总');
    // Table 3: 1次/半年 at the three surface-water points, each sampled in both halves of 2024.
    expect(lines).toContain('    完成/计划：排口上游500m 2/2；排口下游1000m 2/2');
    expect(lines.filter((l) => l.startsWith('  ') && l.includes('｜计划每点位')).every((l) => l.endsWith('已落实'))).toBe(true);
    // 3 points × 2 campaigns = 6 samples, all within Ⅲ类: 6/6 = 100.0%.
    expect(lines).toContain('  地表水（模拟数据）：3个点位，评价样品6个，超标样品0个，达标率100.0%，最大超标倍数0.000倍');
    // Without the simulated year the stations have no data, and say so rather than print 0 days.
    expect(lines).toContain('  张家岭路：本年度无数据');
    // Seed 000 三（一）: 330 days and 90.2%, entered.
    expect(lines).toContain('  2024年优良率：90.2%（录入）');
    expect(lines).toContain('  2024年累计空气质量优良天数：330天（录入）');
  });

  it('gives the same figures as JSON', async () => {
    const r = await parkeco(dataDir, 'monitoring', 'summary', '--park', 'S437012', '--year', '2024', '--json');
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.media.find((m: { medium: string }) => m.medium === '地表水')).toMatchObject({ points: 3, evaluatedSamples: '6个', rate: '100.0%' });
    expect(s.plan).toHaveLength(8);
  });

  it('refuses a year that is not one, naming it', async () => {
    const r = await parkeco(dataDir, 'monitoring', 'summary', '--park', 'S437012', '--year', '24');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('错误：--year 的值"24"无效，应为4位年份');
  });
});
