import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { std } from '../helpers/cli.js';

const fixture = new URL('../fixtures/standards/hourly-3-days.csv', import.meta.url).pathname;

const D1 = ['--pm25', '80', '--pm10', '120', '--so2', '10', '--no2', '45', '--co', '1.2', '--o3-8h', '170'];

describe('parkeco std aqi (standards.md §1.9 D1)', () => {
  it('2012 daily AQI: 110, O3 8-hour, 轻度污染', async () => {
    const r = await std('aqi', '--date', '2024-07-01', ...D1, '--o3-1h', '210');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('HJ 633-2012');
    expect(r.stdout).toContain('AQI：110');
    expect(r.stdout).toContain('首要污染物：O3（8小时平均）');
    expect(r.stdout).toContain('三级 轻度污染（橙色 #FF7E00）');
  });

  it('2026 daily AQI as JSON: 119, PM2.5; the date selects the edition', async () => {
    const r = await std('aqi', '--date', '2026-03-01', ...D1, '--json');
    const json = JSON.parse(r.stdout);
    expect([json.version, json.aqi, json.primaryPollutants, json.category.name]).toEqual(['2026', 119, ['pm25_24h'], '轻度污染']);
  });

  it('CO 2.2 mg/m³ gives 55 (exact arithmetic)', async () => {
    const r = await std('aqi', '--date', '2026-06-01', '--pm25', '10', '--pm10', '10', '--so2', '5', '--no2', '5', '--co', '2.2', '--o3-8h', '50', '--json');
    expect(JSON.parse(r.stdout).aqi).toBe(55);
  });

  it('NA marks a missing pollutant (HJ 633-2026 §5.3.1)', async () => {
    const r = await std('aqi', '--date', '2026-06-01', '--pm25', '30', '--pm10', 'NA', '--so2', '5', '--no2', '5', '--co', '0.5', '--o3-8h', '50');
    expect(r.stdout).toContain('AQI：NA（其余指标为 43）');
    expect(r.stdout).toContain('缺测指标：pm10');
  });

  it('bad input: Chinese error naming the flag and value, exit code 1', async () => {
    const neg = await std('aqi', '--date', '2024-07-01', ...D1.slice(0, 8), '--co=-1', '--o3-8h', '170', '--o3-1h', '210');
    expect(neg.code).toBe(1);
    expect(neg.stderr).toContain('错误：--co 的值"-1"无效');
    const missing = await std('aqi', '--date', '2024-07-01', ...D1);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--o3-1h 的值"（缺少）"无效');
    const date = await std('aqi', '--date', '2024-02-30', ...D1);
    expect(date.stderr).toContain('date 的值"2024-02-30"无效');
  });
});

describe('parkeco std evaluate', () => {
  it('GB3838 W2 (lake): Ⅴ, TP exceeds 2.00 times', async () => {
    const r = await std('evaluate', '--standard', 'GB3838', '--date', '2024-05-10', '--water-body', 'lake', 'pH=7.6', 'DO=6.5', 'CODMn=4.2', 'COD=18', 'BOD5=3.5', '氨氮=0.62', 'TP=0.15');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('结论：水质类别：Ⅴ类（中度污染），未达到Ⅲ类目标');
    expect(r.stdout).toContain('超标项目：总磷（2.00倍）');
  });

  it('every family by its code', async () => {
    const cases: [string[], string][] = [
      [['--standard', 'GB14848', '硝酸盐=25'], '地下水质量类别：Ⅳ类'],
      [['--standard', 'GB36600', '--land-class', '1', 'Cd=70'], '超过管制值'],
      [['--standard', 'GB15618', '--ph', '6.0', '--land-use', 'paddy', 'Cd=0.45'], '安全利用类'],
      [['--standard', 'GB3096', '--zone', '1', '--period', 'night', 'leq=47.2'], '超标量'],
      [['--standard', 'GB18918', '--grade', '1A', '--water-temp', '15', 'NH3-N=6'], '1A标准：超标'],
      [['--standard', 'GB8978', '--grade', '1', '--built-on', '2010-01-01', 'COD=90'], '1级标准：达标'],
      [['--standard', 'GB3095', 'pm25_24h=80'], '二类区：超标'],
    ];
    for (const [args, expected] of cases) {
      const r = await std('evaluate', '--date', '2024-05-10', ...args);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.stdout, args.join(' ')).toContain(expected);
    }
  });

  it('JSON output', async () => {
    const r = await std('evaluate', '--standard', 'GB3096', '--date', '2024-05-10', '--zone', '1', '--period', 'night', 'leq=47.2', '--json');
    expect(JSON.parse(r.stdout).items[0]).toMatchObject({ item: 'leq', limit: '45', multiple: '2.2' });
  });

  it('bad input: item format, unknown item, unknown standard, missing option — exit code 1', async () => {
    const cases: [string[], string][] = [
      [['--standard', 'GB3838', 'COD18'], '项目 的值"COD18"无效'],
      [['--standard', 'GB3838', '水温=20'], 'item 的值"水温"无效'],
      [['--standard', 'GB9999', 'COD=1'], 'standard 的值"GB9999"无效'],
      [['--standard', 'GB8978', '--grade', '1', 'COD=1'], 'builtOn 的值"（缺少）"无效'],
      [['--standard', 'GB3838', 'COD=abc'], 'COD 的值"abc"无效'],
    ];
    for (const [args, message] of cases) {
      const r = await std('evaluate', '--date', '2024-05-10', ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toContain(message);
    }
  });
});

describe('parkeco std aqi-series', () => {
  it('daily rows and the annual summary from the hourly fixture', async () => {
    const r = await std('aqi-series', fixture);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2024-07-01\s+10\s+45\s+1\.2\s+170\s+120\s+80\s+110\s+O3（8小时平均）\s+轻度污染/);
    expect(r.stdout).toMatch(/2024-07-02 .* NA\s+NA\s+—\s+NA/); // 19 PM2.5 hours → invalid → no 2012 AQI
    expect(r.stdout).toContain('AQI 有效天数 1，优良天数 0，优良天数比例 0.0%');
    expect(r.stdout).toContain('站点：园区西');
  });

  it('JSON: validity counts, percentiles and good-day share per station and year', async () => {
    const json = JSON.parse((await std('aqi-series', fixture, '--json')).stdout);
    const east = json.stations[0];
    expect(east.days.map((d: { aqi: number | null }) => d.aqi)).toEqual([110, null]);
    expect(east.days[1].validHours.pm25).toBe(19);
    const pm25 = east.years[0].pollutants.find((p: { pollutant: string }) => p.pollutant === 'pm25');
    expect(pm25).toMatchObject({ validDays: 1, valid: false, percentile: { p: 95, value: '80' } });
    expect(json.stations[1].years[0].aqi).toMatchObject({ validDays: 1, goodDays: 1, goodDayShare: '100.0' });
  });

  it('a bad file: error names row, column and value; a missing file is named', async () => {
    const bad = await std('aqi-series', new URL('../fixtures/standards/hourly-bad-row.csv', import.meta.url).pathname);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('第3行 pm25 的值"-5"无效');
    const none = await std('aqi-series', '/nonexistent/file.csv');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('file 的值"/nonexistent/file.csv"无效');
  });
});

// Runs the real binary once the lead registers `registerStd(program)` in src/cli/index.ts.
const registered = readFileSync(new URL('../../src/cli/index.ts', import.meta.url), 'utf8').includes('registerStd(program)');
describe.skipIf(!registered)('node bin/parkeco.js std', () => {
  const run = promisify(execFile);
  const bin = new URL('../../bin/parkeco.js', import.meta.url).pathname;

  it('prints the D1 AQI and refuses bad input with exit code 1', async () => {
    const { stdout } = await run(process.execPath, [bin, 'std', 'aqi', '--date', '2024-07-01', ...D1, '--o3-1h', '210']);
    expect(stdout).toContain('AQI：110');
    const failed = await run(process.execPath, [bin, 'std', 'aqi', '--date', '2024-07-01', ...D1]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('--o3-1h');
  });
});
