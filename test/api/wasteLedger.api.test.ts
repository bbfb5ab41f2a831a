import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookGrid } from '../../src/render/xlsx/readWorkbookGrid.js';
import type { Store } from '../../src/store/client.js';
import { SEED000_WASTE_TABLE_AS_FILED } from '../fixtures/seed000Waste.js';
import { createDemoApp, loginAs, type Client } from '../helpers/demoApp.js';
import { wasteWorkbook } from '../helpers/wasteWorkbook.js';

const P = '/api/parks/S437012/waste-ledger';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Rows 1 and 2 of table 10, the first with 祺 for 比 (one character) and its general waste 0.10 t short. */
const TYPO_ROWS = [
  ...SEED000_WASTE_TABLE_AS_FILED.slice(0, 3),
  ['1', '衡阳市富祺德科学仪器有限公司', '0.40', '0', '0', '0.30', '0.10', '0', '0', '0.10', '√'],
  SEED000_WASTE_TABLE_AS_FILED[4]!,
];
const CONFIRM = encodeURIComponent(JSON.stringify({ 衡阳市富祺德科学仪器有限公司: '衡阳市富比德科学仪器有限公司' }));

describe('the waste ledger through the HTTP API', () => {
  let store: Store;
  let app: FastifyInstance;
  let officer: Client;
  let reviewer: Client;
  let typo: Buffer;
  const post = (client: Client, verb: 'preview' | 'import', query: string, payload: Buffer = typo) =>
    client.inject({ method: 'POST', url: `${P}/${verb}?${query}`, headers: { 'content-type': XLSX }, payload });

  beforeAll(async () => {
    ({ store, app } = await createDemoApp('pglite', undefined, { simulatedYear: false }));
    officer = await loginAs(app, 'officer');
    reviewer = await loginAs(app, 'hunan');
    typo = await wasteWorkbook(TYPO_ROWS);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('lists the demo\'s 2024 (seed 000 table 10) with its totals, counts and findings, to a reviewer too', async () => {
    const res = await reviewer.get(`${P}?year=2024`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.rows).toHaveLength(36);
    expect(body.totals).toEqual({
      general: { generatedTonnes: '80.6', selfUtilisedTonnes: '7.05', selfDisposedTonnes: '51.4', entrustedTonnes: '22.15', generatingEnterprises: 35 },
      hazardous: { generatedTonnes: '18.04', selfUtilisedTonnes: '0', selfDisposedTonnes: '0', entrustedTonnes: '18.04', generatingEnterprises: 14 },
      transferManifestEnterprises: 16,
    });
    expect(body.findings.map((f: { kind: string; position: number }) => [f.kind, f.position])).toEqual([
      ['manifestWithoutHazardous', 9],
      ['manifestWithoutHazardous', 15],
    ]);
    expect((await officer.get(`${P}?year=24`)).statusCode).toBe(400);
  });

  it('previews a workbook with a misspelled name: the nearest enterprise proposed, nothing written', async () => {
    const res = await post(officer, 'preview', 'year=2023&file=typo.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.links).toEqual([
      { row: 4, nameInTable: '衡阳市富祺德科学仪器有限公司', link: 'proposal', enterpriseName: '衡阳市富比德科学仪器有限公司', reason: '相差一个字' },
      { row: 5, nameInTable: '湖南省富生钢结构有限公司', link: 'exact', enterpriseName: '湖南省富生钢结构有限公司', reason: null },
    ]);
    expect([body.unresolved, body.findings.map((f: { kind: string }) => f.kind)]).toEqual([1, ['unbalanced']]);
    expect((await officer.get(`${P}?year=2023`)).json().rows).toEqual([]);
  });

  it('refuses the import until the name is confirmed, then links the row to the confirmed enterprise', async () => {
    const refused = await post(officer, 'import', 'year=2023&file=typo.xlsx');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'IMPORT_INVALID',
      issues: [{ sheet: '表10', row: 4, column: 'B 企业名称', value: '衡阳市富祺德科学仪器有限公司', message: '应为企业档案中的企业；最接近：衡阳市富比德科学仪器有限公司' }],
    });
    expect((await officer.get(`${P}?year=2023`)).json().rows).toEqual([]);

    const res = await post(officer, 'import', `year=2023&file=typo.xlsx&confirm=${CONFIRM}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rows.map((r: { enterpriseName: string }) => r.enterpriseName)).toEqual(['衡阳市富比德科学仪器有限公司', '湖南省富生钢结构有限公司']);
    expect(res.json().findings.map((f: { kind: string; position: number }) => [f.kind, f.position])).toEqual([['unbalanced', 1]]);
  });

  it('refuses a confirmation that is not a JSON object of names, a file name that is not .xlsx, and a reviewer', async () => {
    const bad = await post(officer, 'import', `year=2023&confirm=${encodeURIComponent('["a"]')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues).toMatchObject([{ field: 'confirm' }]);
    const csv = await post(officer, 'import', 'year=2023&file=typo.csv');
    expect([csv.statusCode, csv.json().error.issues]).toEqual([400, [{ field: 'file', value: 'typo.csv', message: '文件名应以 .xlsx 结尾' }]]);
    expect((await post(reviewer, 'import', `year=2023&confirm=${CONFIRM}`)).statusCode).toBe(403);
  });

  it('exports a year as a table-10 workbook', async () => {
    const res = await officer.get(`${P}/export.xlsx?year=2024`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('湖南祁东高新技术产业开发区2024年度企业固体废物处置清单.xlsx'));
    const [sheet] = (await readWorkbookGrid(res.rawPayload)).sheets;
    expect(sheet!.rows.at(-1)!.slice(0, 10)).toEqual(['合计', '', '80.6', '7.05', '51.4', '22.15', '18.04', '0', '0', '18.04']);
  });
});
