import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/client.js';
import { createDemoApp, loginAs, type Client } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const P = '/api/parks/S437012';

describe.each(await storeKinds())('requirement registers through the HTTP API on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let officer: Client;
  let reviewer: Client;
  const register = async (year: number) => (await reviewer.get(`${P}/requirements?year=${year}`)).json();

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
    officer = await loginAs(app, 'officer');
    reviewer = await loginAs(app, 'hunan');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('lists the demo\'s tables 1, 2 and the control unit of table 4 with their 2024 implementations', async () => {
    const r = await register(2024);
    expect(r.sources.map((s: { kindLabel: string; requirements: unknown[] }) => [s.kindLabel, s.requirements.length])).toEqual([
      ['规划环评审查意见', 9],
      ['跟踪评价审查意见', 7],
      ['“三线一单”环境管控单元', 10],
    ]);
    expect(r.sources[2].unit).toMatchObject({ code: 'ZH43042620004', name: '祁东高新技术产业开发区', class: '重点管控单元' });
    expect(r.sources[0].requirements[8]).toMatchObject({ linkedFigure: 'quota', implementation: { verdict: '符合', carriedFromYear: null, year: 2024 } });
    expect([r.missing, r.carried, r.implementationYears]).toEqual([0, 0, [2024]]);
  });

  it('adds a source and a requirement, writes its implementation, and starts the next year from it', async () => {
    const created = await officer.inject({
      method: 'POST',
      url: `${P}/requirement-sources`,
      payload: { kind: 'other', title: '祁东县污染防治攻坚战实施方案', documentNumber: '祁政办发〔2024〕5号', issued: '2024-03', authority: '祁东县人民政府' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const source = created.json();
    expect(source).toMatchObject({ kind: 'other', kindLabel: '其他文件', sortOrder: 4, requirements: [] });
    const req = await officer.inject({ method: 'POST', url: `${P}/requirement-sources/${source.id}/requirements`, payload: { text: '园区污水处理厂出水稳定达标。', linkedFigure: 'wastewaterPlantCapacity' } });
    expect(req.statusCode, req.body).toBe(201);
    const id = req.json().id;
    const impl = await officer.inject({ method: 'PUT', url: `${P}/requirements/${id}/implementations/2024`, payload: { text: '归阳镇污水处理厂出水达到一级B标准。', verdict: '已落实', evidence: [{ title: '2024年在线监测年报', reference: '' }] } });
    expect(impl.statusCode, impl.body).toBe(200);
    expect(impl.json()).toMatchObject({ year: 2024, verdict: '已落实', carriedFromYear: null, updatedBy: expect.any(String) });

    const started = await officer.inject({ method: 'POST', url: `${P}/requirements/start-year`, payload: { year: 2025 } });
    expect(started.json()).toEqual({ year: 2025, fromYear: 2024, copied: 27, kept: 0 });
    const next = await register(2025);
    expect([next.missing, next.carried]).toEqual([0, 27]);
    expect(next.sources[3].requirements[0].implementation).toMatchObject({ text: '归阳镇污水处理厂出水达到一级B标准。', carriedFromYear: 2024 });

    expect((await officer.inject({ method: 'DELETE', url: `${P}/requirement-sources/${source.id}` })).statusCode).toBe(204);
    expect((await register(2025)).sources).toHaveLength(3);
  });

  it('refuses bad input naming the field and value, and a reviewer\'s write', async () => {
    const unit = (await register(2024)).sources[2];
    const bad = await officer.inject({ method: 'POST', url: `${P}/requirement-sources`, payload: { kind: 'controlUnit', title: '清单', unit: { ...unit.unit, code: 'XX43042620004' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues).toEqual([expect.objectContaining({ field: 'unit.code', message: '单元编码“XX43042620004”应为 YS、ZH 或 YB 后接11位数字，如 ZH43042620004' })]);
    const verdict = await officer.inject({ method: 'PUT', url: `${P}/requirements/${unit.requirements[0].id}/implementations/2024`, payload: { text: '已落实', verdict: '' } });
    expect(verdict.statusCode).toBe(400);
    expect(verdict.json().error.issues).toEqual([expect.objectContaining({ field: 'verdict', message: '请填写符合性（如 符合、基本符合、不符合、已落实、未落实、是）' })]);
    const dim = await officer.inject({ method: 'POST', url: `${P}/requirement-sources/${unit.id}/requirements`, payload: { text: '新要求' } });
    expect(dim.statusCode).toBe(400);
    expect(dim.json().error.issues).toEqual([expect.objectContaining({ field: 'dimension', value: null })]);
    const ro = await reviewer.inject({ method: 'POST', url: `${P}/requirements/start-year`, payload: { year: 2026 } });
    expect(ro.statusCode).toBe(403);
    expect((await register(2024)).sources[2].requirements[0].implementation.text).toBe('云鹤工业园没有电子元器件和印刷线路板产业。');
  });
});
