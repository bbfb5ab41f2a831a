import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parkeco } from '../helpers/cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../src/render/docx/readDocx.js';
import { sql } from 'drizzle-orm';
import { openStore } from '../../src/store/client.js';
import { convertToPdf, hasPdftotext, hasSoffice, pdfText } from '../helpers/libreoffice.js';

describe('parkeco CLI on a fresh PGlite directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parkeco-cli-'));
  const dataDir = join(dir, 'data');

  beforeAll(async () => {
    const seeded = await parkeco(dataDir, 'db', 'seed-demo', '--no-simulated-year');
    expect(seeded.stdout).toContain('已载入演示园区 S437012');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the ledger statistics as JSON, equal to the hand counts from table 1.3-1', async () => {
    const r = await parkeco(dataDir, 'ledger', 'stats', '--park', 'S437012', '--year', '2024', '--json');
    expect(r.code).toBe(0);
    const { stats } = JSON.parse(r.stdout);
    expect(stats.total).toBe(50);
    expect(stats.byStatus).toMatchObject({ operating: 44, construction: 6 });
    expect(stats.eia).toMatchObject({ withApproval: 50, approvals: 56 });
    expect(stats.acceptance).toMatchObject({ done: 35, notDone: 9, notApplicable: 6 });
    expect(stats.permit).toMatchObject({ held: 42, byClass: { key: 1, simplified: 11, registration: 30 } });
  });

  it('refuses an unknown park and a bad year with a message and exit code 1', async () => {
    const park = await parkeco(dataDir, 'ledger', 'stats', '--park', 'S000000', '--year', '2024');
    expect(park.code).toBe(1);
    expect(park.stderr).toContain('园区 S000000 不存在');
    const year = await parkeco(dataDir, 'ledger', 'stats', '--park', 'S437012', '--year', '24x');
    expect(year.code).toBe(1);
    expect(year.stderr).toContain('年份');
  });

  it('checks identifiers', async () => {
    const good = await parkeco(dataDir, 'check-id', '91430426MA4QA91117001U', '--json');
    expect(JSON.parse(good.stdout)).toMatchObject({ kind: 'permit_number', valid: true, parts: { creditCode: '91430426MA4QA91117', seq: '001', tail: 'U' } });
    const old = await parkeco(dataDir, 'check-id', '91350203M0001QKT19');
    expect(old.code).toBe(0);
    expect(old.stdout).toContain('提示');
    const bad = await parkeco(dataDir, 'check-id', '91430426MA4QA9111X');
    expect(bad.stdout).toContain('统一社会信用代码');
  });

  it('refuses a bad workbook, printing sheet, row, column and value, and imports the exported one', async () => {
    const xlsx = join(dir, 'ledger.xlsx');
    expect((await parkeco(dataDir, 'export', 'enterprises', '--park', 'S437012', '--out', xlsx)).code).toBe(0);
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook');
    const refused = await parkeco(dataDir, 'import', 'enterprises', bad, '--park', 'S437012');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('文件不是有效的 Excel 工作簿');
    const ok = await parkeco(dataDir, 'import', 'enterprises', xlsx, '--park', 'S437012');
    expect(ok.stdout).toContain('导入成功：新增0家，更新50家');
    // The export writes 是 where the demo ledger has no permit, filing or EIA number (its alias industry is written
    // back as the official name): those four cells are listed to check.
    expect(ok.stdout).toContain('待核对（导入时自行判断的4处，请逐一核对）：');
    expect(ok.stdout).toMatch(/待核对：工作表"企业档案"第\d+行 G 是否取得排污许可证列：填写"是"但没有许可证（登记）编号，已按"已取得"记录，请补填编号（原文"是"，记为"已取得排污许可证（编号未填）"）/);
  });

  it('writes the annual report: profile, statistics paragraph and table 1.3-1 with its merges', async () => {
    const out = join(dir, 'report.docx');
    const r = await parkeco(dataDir, 'report', 'annual', '--park', 'S437012', '--year', '2024', '--out', out);
    expect(r.code).toBe(0);
    const doc = await readDocx(readFileSync(out));
    expect(doc.paragraphs).toContain('一、园区概况');
    expect(doc.paragraphs).toContain('表1.3-1 园区企业环保执行情况汇总表');
    const profile = doc.paragraphs.find((p) => p.startsWith('湖南祁东高新技术产业开发区位于'))!;
    expect(profile).toContain('园区代码为S437012，园区级别为省级');
    expect(profile).toContain('拓展范围5.99km²（湘发改函[2015]397号）');
    expect(doc.paragraphs).toContain('2024年园区工业总产值40.25亿元，工业增加值14.69亿元。');
    expect(doc.paragraphs.some((p) => p.startsWith('截止到2024年底园区已入园企业50家'))).toBe(true);

    const [table] = doc.tables;
    expect(table.rows[0].isHeader).toBe(true);
    expect(table.rows[0].cells.map((c) => c.text)).toEqual([
      '序号', '企业名称', '行业类别', '是否有环评手续（批复文号）', '是否验收', '应急预案备案情况', '是否取得排污许可证', '管理类别（简化或重点）',
    ]);
    expect(table.rows).toHaveLength(1 + 57);
    const shunlong = table.rows.findIndex((row) => row.cells[1]?.text === '湖南顺隆能源有限公司');
    expect(table.rows.slice(shunlong, shunlong + 3).map((row) => [row.cells[1].vMerge, row.cells[3].text])).toEqual([
      ['restart', '湘环评函[2014]27号'],
      ['continue', '衡环函[2014]97号'],
      ['continue', '祁环函[2015]54号'],
    ]);
    const section = table.rows.find((row) => row.cells[0].text === '在建企业')!;
    expect(section.cells[0].gridSpan).toBe(8);
    expect(doc.fonts.langEastAsia).toEqual(new Set(['zh-CN']));
  });

  it.skipIf(!hasSoffice || !hasPdftotext)('opens in LibreOffice with the table intact across pages', async () => {
    const pdf = await convertToPdf(join(dir, 'report.docx'), dir);
    // Cells wrap inside their column, so compare text with the line breaks taken out.
    const pages = pdfText(pdf!).map((p) => p.replace(/\s+/g, ''));
    // Table 1.3-1 runs from its caption to the quota paragraph that follows it; later tables name enterprises too.
    const first = pages.findIndex((p) => p.includes('表1.3-1园区企业环保执行情况汇总表'));
    const last = pages.findIndex((p) => p.includes('园区主要污染物总量控制指标'));
    const tablePages = pages.slice(first, last + 1).filter((p) => p.includes('有限公司'));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const page of tablePages) expect(page).toContain('企业名称');
    const all = pages.join('\n');
    // Cells wrap and interleave in extracted text; these come out whole. Column-by-column checks of the
    // rendered table live in src/render/docx/renderReportDocx.pdf.test.ts.
    for (const text of ['表1.3-1园区企业环保执行情况汇总表', '湖南领湃新能源科技有限公司', '湘环评函[2014]27号', '在建企业']) {
      expect(all).toContain(text);
    }
  });

  it('adds and lists users, refusing a weak password with the reasons', async () => {
    const weak = await parkeco(dataDir, 'user', 'add', 'zhuanyuan', '--role', 'officer', '--name', '园区专员', '--park', 'S437012', '--password', 'abc');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('密码至少10位');
    const ok = await parkeco(dataDir, 'user', 'add', 'zhuanyuan', '--role', 'officer', '--name', '园区专员', '--park', 'S437012', '--password', 'Qidong-Park-2024');
    expect(ok.stdout).toContain('已新增用户 zhuanyuan（园区环保专员）');
    const list = await parkeco(dataDir, 'user', 'list', '--json');
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ username: 'zhuanyuan', parkCodes: ['S437012'], active: true })]);
    expect((await parkeco(dataDir, 'user', 'passwd', 'zhuanyuan', '--password', 'Qidong-Park-2025')).stdout).toContain('已重设');
    // One maximum everywhere: 253 characters could once be set but never used to sign in.
    const tooLong = 'Qd-Hengyang#2024/'.repeat(15).slice(0, 253);
    const passwdTooLong = await parkeco(dataDir, 'user', 'passwd', 'zhuanyuan', '--password', tooLong);
    expect(passwdTooLong.code).toBe(1);
    expect(passwdTooLong.stderr).toContain('密码不能超过128位');
    const addTooLong = await parkeco(dataDir, 'user', 'add', 'changduan', '--role', 'officer', '--name', '长密码', '--park', 'S437012', '--password', tooLong);
    expect(addTooLong.code).toBe(1);
    expect(addTooLong.stderr).toContain('密码不能超过128位');
  });

  it('verifies the audit trail and names the entry changed behind its back', async () => {
    // The key was created beside the data directory (not in it, not in the database), readable by the owner only.
    const keyFile = `${dataDir}.audit.key`;
    const headFile = `${dataDir}.audit.head`;
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = readFileSync(keyFile, 'utf8').trim();
    expect(key).toMatch(/^[0-9a-f]{64}$/);

    const ok = await parkeco(dataDir, 'audit', 'verify');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/变更记录完整：共\d+条，哈希链、签名和\d+个检查点核验通过/);
    expect(ok.stdout + ok.stderr).not.toContain(key);
    const head = JSON.parse(readFileSync(headFile, 'utf8')) as { entryId: number };

    // Without its key, verify says so and fails; a write refuses rather than sign with a new key.
    renameSync(keyFile, `${keyFile}.away`);
    const noKey = await parkeco(dataDir, 'audit', 'verify');
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toContain(`变更记录核验失败：审计密钥文件 ${keyFile} 不存在：无法核验签名和检查点，只核验了哈希链`);
    const write = await parkeco(dataDir, 'user', 'add', 'keyless', '--role', 'admin', '--name', '无密钥', '--password', 'Qidong-Park-2024');
    expect(write.code).toBe(1);
    expect(write.stderr).toContain(`审计密钥文件 ${keyFile} 不存在，而变更记录已用密钥签名：请从备份恢复该文件`);
    renameSync(`${keyFile}.away`, keyFile);

    // An attacker with the database cuts the tail and deletes every checkpoint in it: the head file outside still counts.
    const store = await openStore({ dataDir });
    await store.db.execute(sql`ALTER TABLE change_log DISABLE TRIGGER change_log_append_only`);
    await store.db.execute(sql`ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_append_only`);
    await store.db.execute(sql`DELETE FROM change_log WHERE id > ${head.entryId - 2}`);
    await store.db.execute(sql`DELETE FROM audit_checkpoints`);
    await store.db.execute(sql`UPDATE change_log SET before = '{"name":"伪造"}'::jsonb WHERE id = 7`);
    await store.close();

    const bad = await parkeco(dataDir, 'audit', 'verify');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('变更记录核验失败：第7条记录的内容与其哈希不符，记录被篡改（此前6条完好）');
    expect(bad.stderr).toMatch(new RegExp(`变更记录核验失败：变更记录只有${head.entryId - 2}条，短于.*的检查点记录的${head.entryId}条：末尾2条记录被删除`));
  });
});
