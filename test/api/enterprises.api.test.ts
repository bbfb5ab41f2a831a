import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../src/render/docx/readDocx.js';
import { readWorkbookGrid } from '../../src/render/xlsx/readWorkbookGrid.js';
import type { Store } from '../../src/store/client.js';
import { createDemoApp, loginAs, type Client } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const P = '/api/parks/S437012';

const newEnterprise = {
  name: '湖南测试环保科技有限公司',
  creditCode: '91430426MA4QA94960',
  industryCode: 'C38',
  status: 'operating',
  riskSource: true,
  eiaApprovals: [{ type: 'form', documentNumber: '祁环评〔2024〕5号', approvedOn: '2024-03-01', acceptance: 'pending' }],
  emergencyPlans: [{ filingNumber: '430426-2024-011-L', filedOn: '2024-06-01' }],
  permit: { held: true, permitClass: 'registration', number: '91430426MA4QA94960001W' },
};

describe.each(await storeKinds())('enterprise file through the HTTP API on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let officer: Client;
  const get = async (url: string) => officer.get(url);
  const total = async () => (await get(`${P}/enterprises`)).json().total as number;
  const idOf = async (name: string) =>
    ((await get(`${P}/enterprises?q=${encodeURIComponent(name)}`)).json().items as { id: number; name: string }[]).find(
      (e) => e.name === name,
    )!.id;

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
    officer = await loginAs(app, 'officer');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('lists the demo park with its division', async () => {
    const res = await get('/api/parks');
    expect(res.json()).toEqual([
      { id: expect.any(Number), code: 'S437012', name: '湖南祁东高新技术产业开发区', level: '省级', divisionCode: '430426', divisionName: '湖南省衡阳市祁东县', retiredAt: null },
    ]);
  });

  it('serves the ledger statistics counted by hand from table 1.3-1', async () => {
    const body = (await get(`${P}/ledger/stats?year=2024`)).json();
    expect(body.stats.byStatus).toMatchObject({ operating: 44, construction: 6 });
    expect(body.stats.acceptance).toMatchObject({ done: 35, notDone: 9, notApplicable: 6 });
    expect(body.stats.emergencyPlan).toMatchObject({ filed: 19, underConstruction: 6 });
    expect(body.stats.permit.byClass).toEqual({ key: 1, simplified: 11, registration: 30 });
    expect(body.text).toContain('截止到2024年底园区已入园企业50家');
    const overview = (await get(`${P}/overview?year=2024`)).json();
    expect(overview.stats).toEqual(body.stats);
    expect(overview.figures).toEqual({ year: 2024, industrialOutputYiYuan: '40.25', industrialAddedValueYiYuan: '14.69' });
  });

  it('filters, searches and sorts the list', async () => {
    expect(await total()).toBe(50);
    const count = async (query: string) => (await get(`${P}/enterprises?${query}`)).json().total;
    expect(await count('status=construction')).toBe(6);
    expect(await count('permitClass=key')).toBe(1);
    expect(await count('emergency=filed')).toBe(19);
    expect(await count('acceptance=not_done')).toBe(9);
    expect(await count('industry=C39')).toBe(3);
    expect(await count(`q=${encodeURIComponent('衡环函[2014]97号')}`)).toBe(1);
    const byName = (await get(`${P}/enterprises?sort=name&order=asc`)).json().items.map((e: { name: string }) => e.name);
    expect(byName).toEqual([...byName].sort(new Intl.Collator('zh-CN').compare));
  });

  it('is safe from hostile search strings', async () => {
    for (const q of ["'; DROP TABLE enterprises; --", '%', '_', '\\', '<script>alert(1)</script>', "' OR '1'='1"]) {
      const res = await get(`${P}/enterprises?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().total).toBe(0);
    }
    expect(await total()).toBe(50);
    expect((await get(`${P}/enterprises?status=${encodeURIComponent("operating' OR 1=1")}`)).statusCode).toBe(400);
  });

  it('shows one enterprise with its approvals and resolved industry', async () => {
    const e = (await get(`${P}/enterprises/${await idOf('湖南顺隆能源有限公司')}`)).json();
    expect(e.industryName).toBe('其他基础化学原料制造');
    expect(e.eiaApprovals.map((a: { documentNumber: string }) => a.documentNumber)).toEqual([
      '湘环评函[2014]27号',
      '衡环函[2014]97号',
      '祁环函[2015]54号',
    ]);
  });

  it('refuses a bad credit code with a Chinese message on the field, and writes nothing', async () => {
    const res = await officer.inject({ method: 'POST', url: `${P}/enterprises`, payload: { ...newEnterprise, creditCode: '91430426MA4QA9111' } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION');
    expect(error.issues[0]).toMatchObject({ field: 'creditCode', severity: 'error', value: '91430426MA4QA9111' });
    expect(error.issues[0].message).toMatch(/18/);
    expect(await total()).toBe(50);
  });

  it('refuses a body of the wrong shape with messages naming the fields', async () => {
    const res = await officer.inject({ method: 'POST', url: `${P}/enterprises`, payload: { name: '', status: 'running' } });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'status']));
    expect(JSON.stringify(res.json())).not.toMatch(/at .*\.ts:\d+/);
  });

  it('creates, updates and deletes an enterprise, recording each change', async () => {
    const created = await officer.inject({ method: 'POST', url: `${P}/enterprises`, payload: newEnterprise });
    expect(created.statusCode).toBe(201);
    const e = created.json();
    expect(e).toMatchObject({ seq: 51, industryName: '电气机械和器材制造业', warnings: [] });
    expect(e.emergencyPlans[0].riskLevel).toBe('L');

    const dup = await officer.inject({ method: 'POST', url: `${P}/enterprises`, payload: newEnterprise });
    expect(dup.statusCode).toBe(409);

    const updated = await officer.inject({
      method: 'PUT',
      url: `${P}/enterprises/${e.id}`,
      payload: { ...newEnterprise, eiaApprovals: [{ ...newEnterprise.eiaApprovals[0], acceptance: 'accepted', acceptedOn: '2024-10-08' }] },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().eiaApprovals[0]).toMatchObject({ acceptance: 'accepted', acceptedOn: '2024-10-08' });
    expect((await get(`${P}/ledger/stats?year=2024`)).json().stats.acceptance.newInYear).toBe(1);

    const history = (await get(`${P}/enterprises/${e.id}/history`)).json();
    expect(history.map((h: { action: string }) => h.action)).toEqual(['update', 'create']);
    expect(history[0].before.eiaApprovals[0].acceptance).toBe('pending');
    expect(history[0].after.eiaApprovals[0].acceptance).toBe('accepted');

    expect((await officer.inject({ method: 'DELETE', url: `${P}/enterprises/${e.id}` })).statusCode).toBe(204);
    const gone = await get(`${P}/enterprises/${e.id}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('NOT_FOUND');
    expect(await total()).toBe(50);
  });

  it('answers 404 for an unknown park', async () => {
    const res = await get('/api/parks/S000000/enterprises');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain('S000000');
  });

  it('exports the ledger workbook and imports it back unchanged', async () => {
    const before = (await get(`${P}/enterprises`)).json().items;
    const exported = await get(`${P}/enterprises/export.xlsx`);
    expect(exported.headers['content-type']).toBe(XLSX);
    expect(exported.headers['content-disposition']).toContain("filename*=UTF-8''");
    const grid = await readWorkbookGrid(exported.rawPayload);
    expect(grid.sheets.map((s) => s.name)).toEqual(['企业档案', '填写说明']);

    const res = await officer.inject({ method: 'POST', url: `${P}/enterprises/import`, headers: { 'content-type': XLSX }, payload: exported.rawPayload });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 0, updated: 50 });
    const after = (await get(`${P}/enterprises`)).json().items;
    const strip = (items: Record<string, unknown>[]) => items.map(({ updatedAt: _u, createdAt: _c, ...rest }) => rest);
    expect(strip(after)).toEqual(strip(before));
  });

  it('refuses a workbook with one bad cell, naming sheet, row, column and value, and writes nothing', async () => {
    const exported = (await get(`${P}/enterprises/export.xlsx`)).rawPayload;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.getWorksheet('企业档案')!;
    // Row 3 is the first enterprise (title row 1, header row 2): a good change and a bad one.
    ws.getCell('B3').value = '湖南领湃新能源科技有限公司（已改名）';
    ws.getCell('G5').value = '91430426MA4Q74XM72';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());

    const res = await officer.inject({ method: 'POST', url: `${P}/enterprises/import`, headers: { 'content-type': XLSX }, payload: bytes });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.issues[0]).toMatchObject({ sheet: '企业档案', row: 5, column: 'G 是否取得排污许可证', value: '91430426MA4Q74XM72' });
    expect(error.issues[0].expected).toContain('22位');
    expect(await idOf('湖南领湃新能源科技有限公司')).toBeGreaterThan(0);
    expect((await get(`${P}/enterprises?q=${encodeURIComponent('已改名')}`)).json().total).toBe(0);
  });

  it('refuses bytes that are not a workbook', async () => {
    const res = await officer.inject({ method: 'POST', url: `${P}/enterprises/import`, headers: { 'content-type': XLSX }, payload: Buffer.from('序号,企业名称\n1,甲') });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Excel');
    expect(await total()).toBe(50);
  });

  it('serves a template that imports as "no enterprise rows"', async () => {
    const tpl = await get('/api/enterprises/template.xlsx');
    const grid = await readWorkbookGrid(tpl.rawPayload);
    expect(grid.sheets[0].rows[1]).toEqual(expect.arrayContaining(['序号', '企业名称', '是否有环评手续（批复文号）']));
    const res = await officer.inject({ method: 'POST', url: `${P}/enterprises/import`, headers: { 'content-type': XLSX }, payload: tpl.rawPayload });
    expect(res.json().error.message).toBe('工作簿中没有企业数据');
  });

  it('updates the park profile, refusing an unknown division code', async () => {
    const profile = (await get(P)).json();
    const { id: _id, divisionName: _d, code: _c, ...body } = profile;
    const bad = await officer.inject({ method: 'PUT', url: P, payload: { ...body, divisionCode: '439999' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].field).toBe('divisionCode');
    const ok = await officer.inject({ method: 'PUT', url: P, payload: { ...body, leadingIndustries: [...body.leadingIndustries, '食品加工'] } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().leadingIndustries).toEqual(['机械制造', '电子信息', '新材料', '新能源', '食品加工']);
    expect(ok.json().approvals).toEqual(profile.approvals);
  });

  it('keeps hostile text literal in the API, the workbook and the report', async () => {
    const name = `<script>alert("x")</script>&'公司${'\u202e'}`;
    const created = await officer.inject({ method: 'POST', url: `${P}/enterprises`, payload: { name, status: 'operating', note: '</w:t><w:t>注入' } });
    expect(created.statusCode).toBe(201);
    expect(created.json().name).toBe(name.trim());
    const grid = await readWorkbookGrid((await get(`${P}/enterprises/export.xlsx`)).rawPayload);
    expect(grid.sheets[0].rows.flat()).toEqual(expect.arrayContaining([name, '</w:t><w:t>注入']));
    const doc = await readDocx((await get(`${P}/reports/annual.docx?year=2024`)).rawPayload);
    expect(doc.tables[0].rows.some((r) => r.cells.some((c) => c.text === name))).toBe(true);
    await officer.inject({ method: 'DELETE', url: `${P}/enterprises/${created.json().id}` });
  });
});
