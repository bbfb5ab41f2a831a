/**
 * The report lint on a park entered as printed (issue 9): table 1.3-1 of seed 000 imported as a workbook cell for
 * cell, and the seed's own paragraph above the table typed as edited text. The contradictions between that paragraph
 * and the table, counted by hand from the seed (line 6 against the rows of table 1.3-1, see ledgerStats.test.ts):
 *
 *   figure                         paragraph  table   rule
 *   已完成环保竣工验收               39         35      edited.figure
 *   未完成验收                       10         9       edited.figure
 *   其中在建                         6          5       edited.figure
 *   其中试生产                       2          0       edited.figure (no enterprise is 试生产 in the table)
 *   登记表项目无需验收               2          6       edited.figure
 *   应完成应急预案备案               26         19      edited.figure
 *   未完成应急预案备案               8          0       edited.figure
 *   无风险源                         18         0       edited.figure (the table records no risk-source flag)
 *   已完成应急预案备案               18         19      count.table (19 rows with a filing number)
 *   已取得排污许可证                 44         42      count.table (42 rows not 否)
 *   简化管理                         10         11      count.table
 *   登记管理                         39         30      count.table (38 rows say 登记, 8 of them hold no permit)
 * and two sums the paragraph's own numbers break:
 *   39 已验收 + 10 未完成验收 + 2 无需验收 = 51 ≠ 50 入园企业;  1 重点 + 10 简化 + 39 登记 = 50 > 44 已取得排污许可.
 * The paragraph's other numbers (50, 50, 0, 0, 44 正常投产, 6 在建, 50 环评, 0, 0 新增验收, 6 在建无需应急预案,
 * 1 重点, 6 在建未取得排污许可) agree with the table and must raise nothing.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { systemContext } from '../../src/services/context.js';
import { DEMO_LEDGER_ROWS, DEMO_PARK } from '../../src/services/demo/qidongPark2024.js';
import { createPark } from '../../src/services/parks/parkProfile.js';
import type { LintReport } from '../../src/services/reports/lintReportSchema.js';
import type { Store } from '../../src/store/client.js';
import { addTestUser, loginAs, TEST_PASSWORD, type Client } from '../helpers/demoApp.js';
import { readDocx } from '../../src/render/docx/readDocx.js';
import { createTestStore, storeKinds } from '../helpers/testStore.js';
import { SEED_LEDGER_PARAGRAPH, SEED_PROFILE_PARAGRAPH } from '../fixtures/seed000Paragraphs.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const P = `/api/parks/${DEMO_PARK.code}`;

/** [rule, the figure's label, what the paragraph says, what the table or the ledger gives] */
const EXPECTED: [string, string, string, string][] = [
  ['edited.figure', '已完成环保竣工验收手续企业数量', '39', '35'],
  ['edited.figure', '未完成验收的企业', '10', '9'],
  ['edited.figure', '未完成验收的在建企业', '6', '5'],
  ['edited.figure', '未完成验收的试生产企业', '2', '0'],
  ['edited.figure', '无需办理验收手续的企业', '2', '6'],
  ['edited.figure', '应完成应急预案备案企业', '26', '19'],
  ['edited.figure', '未完成应急预案备案的企业', '8', '0'],
  ['edited.figure', '无风险源企业', '18', '0'],
  ['count.table', '已完成应急预案备案手续企业数量', '18', '19'],
  ['count.table', '已取得排污许可证（含排污登记）企业数量', '44', '42'],
  ['count.table', '简化管理企业数量', '10', '11'],
  ['count.table', '登记管理企业数量', '39', '30'],
];

async function seedTableWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表1.3-1');
  for (const row of DEMO_LEDGER_ROWS) ws.addRow([...row]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(await storeKinds())('report lint on the park entered as printed, on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let officer: Client;
  const lint = async () => {
    const res = await officer.get(`${P}/reports/annual/lint?year=2024`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as LintReport;
  };

  beforeAll(async () => {
    store = await createTestStore(kind);
    const ctx = systemContext(store.db, 'test');
    await createPark(ctx, DEMO_PARK);
    await addTestUser(ctx, { username: 'officer', displayName: '园区环保专员', role: 'officer', parkCodes: [DEMO_PARK.code], password: TEST_PASSWORD });
    app = await buildApp({ store });
    officer = await loginAs(app, 'officer');
    const imported = await officer.inject({ method: 'POST', url: `${P}/enterprises/import`, headers: { 'content-type': XLSX }, payload: await seedTableWorkbook() });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().created).toBe(50);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('finds nothing in the text the platform generates from the table', async () => {
    const r = await lint();
    expect(r.findings).toEqual([]);
    expect([r.errors, r.warnings]).toEqual([0, 0]);
    expect(r.rules.map((x) => x.id)).toContain('edited.figure');
  });

  it("finds each contradiction between the seed's paragraph and its table, and nothing else", async () => {
    const put = await officer.inject({ method: 'PUT', url: `${P}/reports/annual/texts/1.ledger?year=2024`, payload: { text: SEED_LEDGER_PARAGRAPH } });
    expect(put.statusCode, put.body).toBe(200);
    const r = await lint();

    const values = r.findings.filter((f) => f.rule !== 'sum.parts');
    expect(values).toHaveLength(EXPECTED.length);
    for (const [rule, label, said, actual] of EXPECTED) {
      const hit = values.filter((f) => f.rule === rule && f.message.includes(`${label}为${said}`) && new RegExp(`(计算为|共)${actual}[家个]`).test(f.message));
      expect(hit, `${rule} ${label} ${said}→${actual}`).toHaveLength(1);
    }
    const sums = r.findings.filter((f) => f.rule === 'sum.parts').map((f) => f.message);
    expect(sums).toHaveLength(2);
    expect(sums[0]).toContain('= 51家');
    expect(sums[1]).toContain('= 50个，已超过已取得排污许可证（含排污登记）企业数量44个');

    for (const f of r.findings) {
      expect(f.where).toMatchObject({ sectionKey: '1', section: '一、园区概况', blockKey: '1.ledger' });
      expect(f.links[0]).toMatchObject({ entity: 'reportText', id: '1.ledger' });
    }
    // An edited-figure finding links the enterprises the platform counted: the 35 with every acceptance done.
    const done = r.findings.find((f) => f.message.includes('已完成环保竣工验收手续企业数量为39'))!;
    expect(done.links.filter((l) => l.entity === 'enterprise')).toHaveLength(35);
    expect([r.errors, r.warnings]).toEqual([14, 0]);
  });

  it('exports the report all the same, printing the edited paragraph and giving the counts of findings', async () => {
    const res = await officer.get(`${P}/reports/annual.docx?year=2024`);
    expect(res.statusCode).toBe(200);
    expect([res.headers['x-report-errors'], res.headers['x-report-warnings']]).toEqual(['14', '0']);
    const doc = await readDocx(res.rawPayload);
    expect(doc.paragraphs).toContain(SEED_LEDGER_PARAGRAPH);
  });

  it('goes back to the generated paragraph, and the findings are gone', async () => {
    const del = await officer.inject({ method: 'DELETE', url: `${P}/reports/annual/texts/1.ledger?year=2024` });
    expect(del.statusCode, del.body).toBe(200);
    expect(del.json()).toMatchObject({ key: '1.ledger', text: null });
    expect((await lint()).findings).toEqual([]);
  });

  it('takes parallel writes of one paragraph, one of them standing', async () => {
    const texts = Array.from({ length: 8 }, (_, i) => `截止到2024年底园区已入园企业50家（第${i + 1}稿）。`);
    const answers = await Promise.all(
      texts.map((text) => officer.inject({ method: 'PUT', url: `${P}/reports/annual/texts/1.history?year=2024`, payload: { text } })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(texts.map(() => 200));
    const listed = (await officer.get(`${P}/reports/annual/texts?year=2024`)).json() as { key: string; text: string | null }[];
    expect(texts).toContain(listed.find((b) => b.key === '1.history')!.text);
    await officer.inject({ method: 'DELETE', url: `${P}/reports/annual/texts/1.history?year=2024` });
  });

  it('reads the profile as printed: 拓展范围 given without its unit', async () => {
    await officer.inject({ method: 'PUT', url: `${P}/reports/annual/texts/1.profile?year=2024`, payload: { text: SEED_PROFILE_PARAGRAPH } });
    const r = await lint();
    expect(r.findings.map((f) => [f.rule, f.message])).toEqual([['figure.unit', '“拓展范围：5.99”中的拓展范围5.99没有单位（应为km²）']]);
  });
});
