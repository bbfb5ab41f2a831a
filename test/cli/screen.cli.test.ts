import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parkeco } from '../helpers/cli.js';

// One data directory for every test: each CLI process opens PGlite, which takes seconds.
const dir = mkdtempSync(join(tmpdir(), 'parkeco-screen-'));
const dataDir = join(dir, 'data');
const path = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rule = { id: 'r', effect: 'prohibited', trigger: { kind: 'heavyMetals' }, subArea: null, wording: '禁止涉重金属企业入驻', source: '文件' };

beforeAll(async () => {
  writeFileSync(
    path('bad-rules.json'),
    JSON.stringify({ subAreas: [], rules: [rule, { ...rule, id: 'x', trigger: { kind: 'chemical' } }, { ...rule, id: 'y', trigger: { kind: 'industry', codes: ['C00'] }, wording: undefined }] }),
  );
  const seeded = await parkeco(dataDir, 'db', 'seed-demo', '--no-simulated-year');
  expect(seeded.code, seeded.stderr).toBe(0);
}, 120_000);

describe('parkeco screen and parkeco admission', () => {
  it('a circuit-board project in 云鹤工业园 fails (exit 3), quoting the rule and its source, and is saved', async () => {
    const r = await parkeco(dataDir, 'screen', '--park', 'S437012', '--industry', 'C3982', '--sub-area', '云鹤工业园', '--name', '印制电路板项目', '--applicant', '某电子公司', '--year', '2024', '--save');
    expect(r.code, r.stderr).toBe(3);
    expect(r.stdout.trim().split('\n')).toEqual([
      '准入审核结论：不通过（fail）',
      '项目：印制电路板项目（建设单位：某电子公司）',
      '行业：C3982（属 C39 计算机、通信和其他电子设备制造业）',
      '片区：云鹤工业园',
      '适用规则（1条）：',
      '  1. [禁止] yunhe-electronic-components：（1.1）禁止：云鹤工业园禁止引入电子元器件和印刷线路板产业。',
      '     来源：“三线一单”生态环境管控要求 ZH43042620004 祁东高新技术产业开发区（自评估报告表4） 空间布局约束',
      '已保存：2024年准入审核记录（编号1）',
    ]);
  });

  it('a VOCs project is conditional (exit 2) and a furniture maker passes (exit 0); the year counts the saved ones', async () => {
    const vocs = await parkeco(dataDir, 'screen', '--park', 'S437012', '--industry', '2110', '--vocs', '--land-class', 'M2', '--sub-area', '归阳工业园', '--name', '家具涂装线', '--year', '2024', '--save', '--json');
    expect(vocs.code, vocs.stderr).toBe(2);
    const json = JSON.parse(vocs.stdout);
    expect([json.outcome, json.industryCode, json.decidedBy.map((h: { id: string }) => h.id), json.saved.year]).toEqual(['conditional', 'C2110', ['vocs'], 2024]);
    const pass = await parkeco(dataDir, 'screen', '--park', 'S437012', '--industry', 'C2110', '--sub-area', '归阳工业园');
    expect([pass.code, pass.stdout.trim().split('\n')]).toEqual([0, ['准入审核结论：通过（pass）', '行业：C2110（属 C21 家具制造业）', '片区：归阳工业园', '适用规则：无']]);
    const year = await parkeco(dataDir, 'admission', 'screenings', '--park', 'S437012', '--year', '2024');
    expect(year.code, year.stderr).toBe(0);
    expect(year.stdout.trim().split('\n').slice(0, 2)).toEqual([
      '2024年准入审核：2个项目，通过0个，附条件通过1个，不通过1个',
      '审核拟引进项目2个，1个通过了环保审核（其中1个附条件通过），1个未通过、不予入园',
    ]);
  });

  it('refuses a rules file with a bad trigger kind, a bad code and a missing wording, naming each (exit 1); the rules stay', async () => {
    const r = await parkeco(dataDir, 'admission', 'load-rules', path('bad-rules.json'), '--park', 'S437012');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      '错误：bad-rules.json：准入条件有误，未保存任何修改（3处错误）',
      '  - 字段 rules.1.trigger.kind：触发条件类型应为 industry、heavyMetals、vocs、airPolluting、landClass 之一，值"chemical"',
      '  - 字段 rules.2.trigger.codes.0：行业代码应为 GB/T 4754-2017 行业代码（如 C3982、C39、C），值"C00"',
      '  - 字段 rules.2.wording：缺少条文原文',
    ]);
    const rules = await parkeco(dataDir, 'admission', 'rules', '--park', 'S437012', '--json');
    expect(JSON.parse(rules.stdout).rules).toHaveLength(7);
  });

  it('refuses an industry code that is not GB/T 4754 (exit 1)', async () => {
    const r = await parkeco(dataDir, 'screen', '--park', 'S437012', '--industry', 'C99');
    expect([r.code, r.stderr.trim().split('\n')]).toEqual([
      1,
      ['错误：拟引进项目信息有误，请按提示修改', '  - 字段 industryCode：行业代码应为 GB/T 4754-2017 行业代码（如 C3982、C39、C），值"C99"'],
    ]);
  });
});
