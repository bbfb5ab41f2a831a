import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookGrid } from '../../src/render/xlsx/readWorkbookGrid.js';
import { systemContext } from '../../src/services/context.js';
import type { Store } from '../../src/store/client.js';
import { getEnterpriseIdByName } from '../../src/store/queries/enterprises.js';
import { getParkRowByCode } from '../../src/store/queries/parks.js';
import { addTestUser, createDemoApp, loginAs, TEST_PASSWORD, type Client } from '../helpers/demoApp.js';

const P = '/api/parks/S437012';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHUNLONG = '湖南顺隆能源有限公司';
const LIFANG = '湖南力方轧辊有限公司';

async function workbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('排放量');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('total pollutant control through the HTTP API', () => {
  let store: Store;
  let app: FastifyInstance;
  let officer: Client;
  let reviewer: Client;
  let enterprise: Client;
  let shunlong: number;
  let lifang: number;

  beforeAll(async () => {
    ({ store, app } = await createDemoApp('pglite'));
    const ctx = systemContext(store.db, 'test');
    const park = (await getParkRowByCode(store.db, 'S437012'))!;
    shunlong = (await getEnterpriseIdByName(store.db, park.id, SHUNLONG))!;
    lifang = (await getEnterpriseIdByName(store.db, park.id, LIFANG))!;
    await addTestUser(ctx, { username: 'entShunlong', displayName: '顺隆能源', role: 'enterprise', enterpriseId: shunlong, password: TEST_PASSWORD });
    officer = await loginAs(app, 'officer');
    reviewer = await loginAs(app, 'hunan');
    enterprise = await loginAs(app, 'entShunlong');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('gives the quotas with their approval, and the 2024 summary: within quota, seed 000\'s changes', async () => {
    const quotas = (await reviewer.get(`${P}/quotas`)).json();
    expect(quotas.approval).toEqual({ documentNumber: '湘环评函[2014]89号', title: '祁东经济开发区环境影响报告书审查意见', issued: '2014-08' });
    expect(quotas.quotas.map((q: { name: string; tonnesPerYear: string }) => `${q.name}${q.tonnesPerYear}`)).toEqual(['化学需氧量300', '氨氮40', '二氧化硫500', '氮氧化物750']);
    const res = await reviewer.get(`${P}/emissions/summary?year=2024`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.verdict.withinQuota).toBe(true);
    // 90.59/300 = 30.196…% → 30.20; 300 − 90.59 = 209.41
    expect(s.verdict.verdicts[0]).toMatchObject({ key: 'COD', sharePercent: '30.20', marginTonnesPerYear: '209.41' });
    expect(s.changes.map((c: { percent: string }) => c.percent)).toEqual(['-5.96', '-4.86', '-7.21', '-6.20']);
    expect((await reviewer.get(`${P}/emissions/summary?year=24`)).statusCode).toBe(400);
  });

  it('lets the officer add, change and delete a row; the reviewer only reads', async () => {
    const body = { year: 2024, enterpriseId: lifang, pollutant: { code: 'COD' }, tonnesPerYear: '12.5' };
    const created = await officer.inject({ method: 'POST', url: `${P}/emissions`, payload: body });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ enterpriseName: LIFANG, key: 'COD', name: '化学需氧量', tonnesPerYear: '12.5', source: 'entered', updatedBy: 'officer' });
    const id = created.json().id;
    const changed = await officer.inject({ method: 'PUT', url: `${P}/emissions/${id}`, payload: { ...body, tonnesPerYear: 13 } });
    expect(changed.json().tonnesPerYear).toBe('13');
    const bad = await officer.inject({ method: 'PUT', url: `${P}/emissions/${id}`, payload: { ...body, tonnesPerYear: '13吨' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues).toMatchObject([{ field: 'tonnesPerYear' }]);
    expect((await reviewer.inject({ method: 'POST', url: `${P}/emissions`, payload: body })).statusCode).toBe(403);
    expect((await officer.inject({ method: 'DELETE', url: `${P}/emissions/${id}` })).statusCode).toBe(204);
    expect((await officer.inject({ method: 'DELETE', url: `${P}/emissions/${id}` })).statusCode).toBe(404);
  });

  it('lets an enterprise user enter its own enterprise\'s rows and see only them', async () => {
    const own = await enterprise.inject({ method: 'POST', url: `${P}/emissions`, payload: { year: 2024, enterpriseId: shunlong, pollutant: { code: 'SO2' }, tonnesPerYear: '4.2' } });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({ source: 'enterprise', enterpriseName: SHUNLONG });
    expect((await enterprise.inject({ method: 'POST', url: `${P}/emissions`, payload: { year: 2024, enterpriseId: lifang, pollutant: { code: 'SO2' }, tonnesPerYear: '1' } })).statusCode).toBe(403);
    expect((await enterprise.get(`${P}/emissions?year=2024`)).json().rows.map((r: { enterpriseName: string }) => r.enterpriseName)).toEqual([SHUNLONG]);
    expect((await enterprise.get(`${P}/emissions/summary?year=2024`)).statusCode).toBe(403);
    expect((await officer.get(`${P}/emissions?year=2024`)).json().rows).toHaveLength(5);
  });

  it('imports a workbook after the user confirms a proposed name, and exports it', async () => {
    const rows = [['序号', '企业名称', '统一社会信用代码', '化学需氧量', '氨氮'], ['1', '湖南力方轧辊有限责任公司', '', '30', '0.5']];
    const refused = await officer.inject({ method: 'POST', url: `${P}/emissions/import?year=2023`, headers: { 'content-type': XLSX }, payload: await workbook(rows) });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.issues).toMatchObject([{ row: 2, column: 'B 企业名称', value: '湖南力方轧辊有限责任公司', message: expect.stringContaining(`最接近：${LIFANG}`) }]);
    const confirm = encodeURIComponent(`湖南力方轧辊有限责任公司=${LIFANG}`);
    const ok = await officer.inject({ method: 'POST', url: `${P}/emissions/import?year=2023&fileName=e.xlsx&confirm=${confirm}`, headers: { 'content-type': XLSX }, payload: await workbook(rows) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().rows.filter((r: { enterpriseId: number | null }) => r.enterpriseId !== null).map((r: { enterpriseName: string; tonnesPerYear: string; sourceFile: string }) => [r.enterpriseName, r.tonnesPerYear, r.sourceFile])).toEqual([
      [LIFANG, '30', 'e.xlsx'],
      [LIFANG, '0.5', 'e.xlsx'],
    ]);
    const out = await reviewer.get(`${P}/emissions/export.xlsx?year=2023`);
    expect(out.statusCode).toBe(200);
    expect(out.headers['content-type']).toBe(XLSX);
    const grid = (await readWorkbookGrid(out.rawPayload)).sheets[0]!.rows;
    expect(grid.slice(1).map((r) => r.slice(1, 2).concat(r.slice(3)))).toEqual([
      ['企业名称', '化学需氧量', '氨氮', '二氧化硫', '氮氧化物'],
      [LIFANG, '30', '0.5', '', ''],
      ['园区公布总量', '96.33', '1.44', '17.62', '13.88'],
    ]);
  });

  it('replaces the quotas and round-trips the quota workbook', async () => {
    const out = await officer.get(`${P}/quotas/export.xlsx`);
    expect(out.statusCode).toBe(200);
    const back = await officer.inject({ method: 'POST', url: `${P}/quotas/import`, headers: { 'content-type': XLSX }, payload: out.rawPayload });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().quotas).toHaveLength(4);
    const put = await officer.inject({
      method: 'PUT',
      url: `${P}/quotas`,
      payload: { approval: { documentNumber: '湘环评函[2014]89号', title: '审查意见', issued: '2014-13' }, quotas: [] },
    });
    expect(put.statusCode).toBe(400);
    expect(put.json().error.issues).toMatchObject([{ field: 'approval.issued' }]);
    expect((await reviewer.inject({ method: 'PUT', url: `${P}/quotas`, payload: { approval: { documentNumber: 'x', title: 'y' }, quotas: [] } })).statusCode).toBe(403);
  });
});
