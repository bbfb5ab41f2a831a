import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/services/context.js';
import type { Store } from '../../src/store/client.js';
import { getEnterpriseIdByName } from '../../src/store/queries/enterprises.js';
import { getParkRowByCode } from '../../src/store/queries/parks.js';
import { addTestUser, createDemoApp, loginAs, TEST_PASSWORD, type Client } from '../helpers/demoApp.js';

const P = '/api/parks/S437012';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A credit table as a report prints it: merged 一级/二级 cells empty, 分值 as '-1', '+2', 直接评为…. */
async function creditTable(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  ws.addRow(['序号', '一级指标', '二级指标', '评价标准', '分值']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const META = {
  id: 'city-2026',
  version: '1',
  name: '测试市园区信用评价表',
  document: null,
  regionCode: '430400',
  yearFrom: 2026,
  yearTo: null,
  initialScore: 10,
  maximum: 12,
  grades: [
    { name: '环保诚信园区', minTotal: 10 },
    { name: '环保合格园区', minTotal: 6 },
    { name: '环保风险园区', minTotal: null },
  ],
};

describe('credit self-evaluation through the HTTP API', () => {
  let store: Store;
  let app: FastifyInstance;
  let admin: Client;
  let officer: Client;
  let reviewer: Client;
  let enterprise: Client;

  beforeAll(async () => {
    ({ store, app } = await createDemoApp('pglite'));
    const ctx = systemContext(store.db, 'test');
    const park = (await getParkRowByCode(store.db, 'S437012'))!;
    const id = (await getEnterpriseIdByName(store.db, park.id, '湖南顺隆能源有限公司'))!;
    await addTestUser(ctx, { username: 'entShunlong', displayName: '顺隆能源', role: 'enterprise', enterpriseId: id, password: TEST_PASSWORD });
    admin = await loginAs(app, 'admin');
    officer = await loginAs(app, 'officer');
    reviewer = await loginAs(app, 'hunan');
    enterprise = await loginAs(app, 'entShunlong');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it("a reviewer reads seed 000's 2024 evaluation: 10, 环保诚信园区, item 19 against the recorded award", async () => {
    const res = await reviewer.get(`${P}/credit/2024`);
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(v.evaluation.status).toBe('submitted');
    expect(v.result).toMatchObject({ total: 10, grade: '环保诚信园区' });
    // Without the simulated year no station sent data in 2024: item 12 is proposed 0 here, item 19 still +2.
    expect(v.items.filter((i: { differs: boolean }) => i.differs).map((i: { number: string }) => i.number)).toEqual(['19']);
    const history = (await reviewer.get(`${P}/credit/2024/history`)).json();
    expect(history.entries[0]).toMatchObject({ action: 'submit', after: { status: 'submitted', total: 10, grade: '环保诚信园区' } });
    const honours = (await reviewer.get(`${P}/honours?year=2024`)).json();
    expect(honours.honours.map((h: { title: string; level: string }) => [h.title, h.level])).toEqual([['2024年度全省绿色制造体系示范单位', 'provincial']]);
  });

  it('a reviewer cannot write, an enterprise user cannot read, an officer cannot reopen', async () => {
    expect((await reviewer.inject({ method: 'POST', url: `${P}/honours`, payload: { year: 2024, title: 'x', level: 'provincial' } })).statusCode).toBe(403);
    expect((await reviewer.inject({ method: 'POST', url: `${P}/credit/2023`, payload: {} })).statusCode).toBe(403);
    expect((await reviewer.inject({ method: 'POST', url: `${P}/credit/2024/reopen` })).statusCode).toBe(403);
    expect((await enterprise.get(`${P}/credit/2024`)).statusCode).toBe(403);
    expect((await enterprise.get(`${P}/honours?year=2024`)).statusCode).toBe(403);
    expect((await officer.inject({ method: 'POST', url: `${P}/credit/2024/reopen` })).statusCode).toBe(403);
    const locked = await officer.inject({ method: 'PUT', url: `${P}/credit/2024/items/19`, payload: { score: 2 } });
    expect(locked.statusCode).toBe(409);
    const load = await officer.inject({ method: 'POST', url: '/api/credit/schemes/load?format=json', headers: { 'content-type': 'text/plain' }, payload: '{}' });
    expect(load.statusCode).toBe(403);
  });

  it('the officer starts 2023, scores an item, is refused a wrong score naming the item, submits; the admin reopens 2024', async () => {
    const created = await officer.inject({ method: 'POST', url: `${P}/credit/2023`, payload: { schemeId: 'hunan-2024' } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ evaluation: { status: 'draft' }, result: { total: 10 } });
    const wrong = await officer.inject({ method: 'PUT', url: `${P}/credit/2023/items/16`, payload: { score: -2 } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.issues[0]).toMatchObject({ value: -2 });
    expect(wrong.json().error.message).toContain('16');
    // Item 16 −4: 10 − 4 = 6, 环保合格园区 (threshold 6).
    const scored = await officer.inject({ method: 'PUT', url: `${P}/credit/2023/items/16`, payload: { score: -4, comment: '被省级环保督察反馈问题', evidence: [{ label: '督察反馈意见' }] } });
    expect(scored.statusCode).toBe(200);
    expect(scored.json().result).toMatchObject({ total: 6, grade: '环保合格园区' });
    expect((await officer.inject({ method: 'POST', url: `${P}/credit/2023/submit` })).json().evaluation).toMatchObject({ status: 'submitted', submittedBy: 'officer' });
    // 2024 compares with 2023.
    expect((await reviewer.get(`${P}/credit/2024`)).json().lastYear).toMatchObject({ year: 2023, total: 6, grade: '环保合格园区' });
    const reopened = await admin.inject({ method: 'POST', url: `${P}/credit/2024/reopen` });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json().evaluation.status).toBe('draft');
    expect((await officer.inject({ method: 'PUT', url: `${P}/credit/2024/items/19`, payload: { score: 2 } })).json().result.total).toBe(12);
  });

  it('an administrator loads a workbook scheme laid out as the credit table; a bad row is refused naming it, nothing written', async () => {
    const before = (await admin.get('/api/credit/schemes')).json().schemes.length;
    const bad = await creditTable([
      ['1', '环境准入', '规划环评', '产业园区未按要求开展规划环评。', '-1'],
      ['2', '', '', '产业园区建成较完善环境监测体系，并按要求将数据与省监管平台联网', '加一分'],
    ]);
    const meta = encodeURIComponent(JSON.stringify(META));
    const refused = await admin.inject({ method: 'POST', url: `/api/credit/schemes/load?format=xlsx&fileName=bad.xlsx&meta=${meta}`, headers: { 'content-type': XLSX }, payload: bad });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.issues).toContainEqual(expect.objectContaining({ file: 'bad.xlsx', row: 3, value: '加一分' }));
    expect((await admin.get('/api/credit/schemes')).json().schemes).toHaveLength(before);

    const good = await creditTable([
      ['1', '环境准入', '规划环评', '产业园区未按要求开展规划环评。', '-1'],
      ['2', '环境监管', '环境信息管理', '产业园区建成较完善环境监测体系，并按要求将数据与省监管平台联网', '+1'],
      ['3', '', '', '产业园区发生重、特大突发环境事件。', '直接评为环保风险园区'],
    ]);
    const loaded = await admin.inject({ method: 'POST', url: `/api/credit/schemes/load?format=xlsx&fileName=city.xlsx&meta=${meta}`, headers: { 'content-type': XLSX }, payload: good });
    expect(loaded.statusCode).toBe(201);
    expect(loaded.json().scheme.items.map((i: { number: string; level1: string; level2: string; topic?: string }) => [i.number, i.level1, i.level2, i.topic ?? null])).toEqual([
      ['1', '环境准入', '规划环评', null],
      ['2', '环境监管', '环境信息管理', 'monitoringNetwork'],
      ['3', '环境监管', '环境信息管理', null],
    ]);
    // JSON sent as application/json: checked as parsed, the issue naming the field and the value.
    const asJson = await admin.inject({ method: 'POST', url: '/api/credit/schemes/load?format=json', payload: { id: 'json-2027', version: '1', initialScore: 'ten' } });
    expect(asJson.statusCode).toBe(400);
    expect(asJson.json().error.issues).toContainEqual(expect.objectContaining({ field: expect.stringContaining('initialScore'), value: 'ten' }));
    const noMeta = await admin.inject({ method: 'POST', url: '/api/credit/schemes/load?format=xlsx', headers: { 'content-type': XLSX }, payload: good });
    expect(noMeta.statusCode).toBe(400);
    // The park (衡阳市祁东县 430426) lies in 430400: in 2026 the city's scheme applies.
    const v2026 = (await reviewer.get(`${P}/credit/2026`)).json();
    expect(v2026.evaluation).toBeNull();
    expect(v2026.scheme.id).toBe('city-2026');
    expect(v2026.items.map((i: { proposal: { status: string } }) => i.proposal.status)).toEqual(['unseen', 'proposed', 'unseen']);
  });

  it('honours: the officer adds, changes and deletes one; a bad level is refused', async () => {
    const added = await officer.inject({ method: 'POST', url: `${P}/honours`, payload: { year: 2023, title: '市级生态文明示范园区', level: 'municipal' } });
    expect(added.statusCode).toBe(201);
    const id = added.json().id as number;
    const changed = await officer.inject({ method: 'PUT', url: `${P}/honours/${id}`, payload: { year: 2023, title: '市级生态文明示范园区', level: 'municipal', issuer: '衡阳市人民政府' } });
    expect(changed.json()).toMatchObject({ issuer: '衡阳市人民政府', levelLabel: '市级' });
    expect((await officer.inject({ method: 'POST', url: `${P}/honours`, payload: { year: 2023, title: 'x', level: 'county' } })).statusCode).toBe(400);
    expect((await reviewer.inject({ method: 'DELETE', url: `${P}/honours/${id}` })).statusCode).toBe(403);
    expect((await officer.inject({ method: 'DELETE', url: `${P}/honours/${id}` })).statusCode).toBe(204);
    expect((await officer.inject({ method: 'DELETE', url: `${P}/honours/${id}` })).statusCode).toBe(404);
  });
});
