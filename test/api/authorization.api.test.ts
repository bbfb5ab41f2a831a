import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/services/context.js';
import { createEnterprise } from '../../src/services/enterprises/enterpriseVerbs.js';
import { listEnterprises } from '../../src/services/enterprises/listEnterprises.js';
import { listPoints } from '../../src/services/monitoring/points.js';
import { createPark } from '../../src/services/parks/parkProfile.js';
import type { Store } from '../../src/store/client.js';
import { addTestUser, createDemoApp, loginAs, TEST_PASSWORD, type Client } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const A = 'S437012'; // the demo park, 湖南省衡阳市祁东县
const B = 'S500101'; // a second park, in 重庆市万州区

type Outcome = 200 | 201 | 204 | 401 | 403;
interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  headers?: Record<string, string>;
  write: boolean;
}
interface Ids {
  shunlong: number; // an enterprise of park A, the enterprise user's own
  lingpai: number; // another enterprise of park A
  bEnterprise: number; // an enterprise of park B
  point: number; // a monitoring point of park A (the demo's 张家岭路)
}

const enterpriseBody = (name: string) => ({ name, status: 'operating' });
const pointBody = (name: string) => ({ name, kind: 'noise', role: 'sensitive', longitude: '112°12′0″', latitude: '26°34′0″' });

/** Every resource type the API has, read and write. */
const CASES: Case[] = [
  { name: 'park profile', method: 'GET', url: () => `/api/parks/${A}`, write: false },
  { name: 'park overview', method: 'GET', url: () => `/api/parks/${A}/overview?year=2024`, write: false },
  { name: 'ledger stats', method: 'GET', url: () => `/api/parks/${A}/ledger/stats?year=2024`, write: false },
  { name: 'enterprise list', method: 'GET', url: () => `/api/parks/${A}/enterprises`, write: false },
  { name: 'own enterprise', method: 'GET', url: (i) => `/api/parks/${A}/enterprises/${i.shunlong}`, write: false },
  { name: 'other enterprise', method: 'GET', url: (i) => `/api/parks/${A}/enterprises/${i.lingpai}`, write: false },
  { name: 'other enterprise history', method: 'GET', url: (i) => `/api/parks/${A}/enterprises/${i.lingpai}/history`, write: false },
  { name: 'workbook export', method: 'GET', url: () => `/api/parks/${A}/enterprises/export.xlsx`, write: false },
  { name: 'annual report', method: 'GET', url: () => `/api/parks/${A}/reports/annual.docx?year=2024`, write: false },
  { name: 'report preview', method: 'GET', url: () => `/api/parks/${A}/reports/annual?year=2024`, write: false },
  { name: 'report lint', method: 'GET', url: () => `/api/parks/${A}/reports/annual/lint?year=2024`, write: false },
  { name: 'report texts', method: 'GET', url: () => `/api/parks/${A}/reports/annual/texts?year=2024`, write: false },
  { name: 'stations', method: 'GET', url: () => `/api/parks/${A}/stations`, write: false },
  { name: 'alarms', method: 'GET', url: () => `/api/parks/${A}/alarms`, write: false },
  { name: 'monitoring points', method: 'GET', url: () => `/api/parks/${A}/monitoring-points`, write: false },
  { name: 'monitoring point', method: 'GET', url: (i) => `/api/parks/${A}/monitoring-points/${i.point}`, write: false },
  { name: 'lab results', method: 'GET', url: () => `/api/parks/${A}/lab-results?year=2024`, write: false },
  { name: 'park B profile', method: 'GET', url: () => `/api/parks/${B}`, write: false },
  { name: 'park B enterprise', method: 'GET', url: (i) => `/api/parks/${B}/enterprises/${i.bEnterprise}`, write: false },
  { name: 'users', method: 'GET', url: () => '/api/users', write: false },
  { name: 'update park', method: 'PUT', url: () => `/api/parks/${A}`, body: () => ({ name: '改名园区', level: '省级', divisionCode: '430426' }), write: true },
  { name: 'create enterprise', method: 'POST', url: () => `/api/parks/${A}/enterprises`, body: () => enterpriseBody('越权新增企业'), write: true },
  { name: 'update own enterprise', method: 'PUT', url: (i) => `/api/parks/${A}/enterprises/${i.shunlong}`, body: () => enterpriseBody('越权改名'), write: true },
  { name: 'update other enterprise', method: 'PUT', url: (i) => `/api/parks/${A}/enterprises/${i.lingpai}`, body: () => enterpriseBody('越权改名'), write: true },
  { name: 'delete enterprise', method: 'DELETE', url: (i) => `/api/parks/${A}/enterprises/${i.lingpai}`, write: true },
  { name: 'create station', method: 'POST', url: () => `/api/parks/${A}/stations`, body: () => ({ mn: 'AUTHZ0001', name: '越权站点', systemCode: '22', password: '123456' }), write: true },
  { name: 'create monitoring point', method: 'POST', url: () => `/api/parks/${A}/monitoring-points`, body: () => pointBody('越权点位'), write: true },
  { name: 'update monitoring point', method: 'PUT', url: (i) => `/api/parks/${A}/monitoring-points/${i.point}`, body: () => pointBody('越权改名'), write: true },
  { name: 'delete monitoring point', method: 'DELETE', url: (i) => `/api/parks/${A}/monitoring-points/${i.point}`, write: true },
  { name: 'write report text', method: 'PUT', url: () => `/api/parks/${A}/reports/annual/texts/1.ledger?year=2024`, body: () => ({ text: '越权改写的段落。' }), write: true },
  { name: 'reset report text', method: 'DELETE', url: () => `/api/parks/${A}/reports/annual/texts/1.ledger?year=2024`, write: true },
  { name: 'update park B enterprise', method: 'PUT', url: (i) => `/api/parks/${B}/enterprises/${i.bEnterprise}`, body: () => enterpriseBody('越权改名'), write: true },
  {
    name: 'import workbook',
    method: 'POST',
    url: () => `/api/parks/${A}/enterprises/import`,
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    body: () => Buffer.from('not a workbook'),
    write: true,
  },
  {
    name: 'import lab results',
    method: 'POST',
    url: () => `/api/parks/${A}/lab-results/import?year=2024`,
    headers: { 'content-type': 'text/csv' },
    body: () => Buffer.from('点位,采样日期,监测项目,监测结果,单位\n张家岭路,2024-06-01,昼间等效声级,58.4,dB(A)'),
    write: true,
  },
  { name: 'create park', method: 'POST', url: () => '/api/parks', body: () => ({ code: 'S439999', name: '越权园区', level: '省级', divisionCode: '430426' }), write: true },
  { name: 'create user', method: 'POST', url: () => '/api/users', body: () => ({ username: 'intruder', displayName: 'x', role: 'admin', password: TEST_PASSWORD }), write: true },
];

/**
 * Who may do what (issue 3): officers and stewards read and write their own parks; an enterprise user reads and writes
 * its own enterprise's file and nothing else; a reviewer reads every park in its region and writes nothing.
 * Each row: the status for each case, in CASES order; "ok" means allowed (200/201/204 or, for writes of bad bodies, 400).
 */
const ALLOWED: Record<string, string[]> = {
  officerA: ['park profile', 'park overview', 'ledger stats', 'enterprise list', 'own enterprise', 'other enterprise', 'other enterprise history', 'workbook export', 'annual report', 'report preview', 'report lint', 'report texts', 'stations', 'alarms', 'monitoring points', 'monitoring point', 'lab results', 'create station', 'create monitoring point', 'update monitoring point', 'delete monitoring point', 'update park', 'create enterprise', 'update own enterprise', 'update other enterprise', 'delete enterprise', 'import workbook', 'import lab results', 'write report text', 'reset report text'],
  stewardB: ['park B profile', 'park B enterprise', 'update park B enterprise'],
  entShunlong: ['enterprise list', 'own enterprise', 'update own enterprise'],
  reviewerHunan: ['park profile', 'park overview', 'ledger stats', 'enterprise list', 'own enterprise', 'other enterprise', 'other enterprise history', 'workbook export', 'annual report', 'report preview', 'report lint', 'report texts', 'stations', 'alarms', 'monitoring points', 'monitoring point', 'lab results'],
  reviewerHengyang: ['park profile', 'park overview', 'ledger stats', 'enterprise list', 'own enterprise', 'other enterprise', 'other enterprise history', 'workbook export', 'annual report', 'report preview', 'report lint', 'report texts', 'stations', 'alarms', 'monitoring points', 'monitoring point', 'lab results'],
  reviewerChongqing: ['park B profile', 'park B enterprise'],
};

describe.each(await storeKinds())('authorization matrix through the HTTP API on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let ids: Ids;
  const clients: Record<string, Client> = {};

  /** Everything a refused request could have changed. */
  const snapshot = async () => {
    const ctx = systemContext(store.db, 'test');
    const [a, b] = await Promise.all([listEnterprises(ctx, A), listEnterprises(ctx, B)]);
    const parks = (await store.db.execute(sql`SELECT code, name FROM parks ORDER BY code`)) as unknown as { rows: unknown[] };
    const stations = (await store.db.execute(sql`SELECT mn, name FROM stations ORDER BY mn`)) as unknown as { rows: unknown[] };
    const users = (await store.db.execute(sql`SELECT username FROM users ORDER BY username`)) as unknown as { rows: unknown[] };
    const texts = (await store.db.execute(sql`SELECT block_key, text FROM report_texts ORDER BY block_key`)) as unknown as { rows: unknown[] };
    const points = (await store.db.execute(sql`SELECT name, kind, role, longitude, latitude FROM monitoring_points ORDER BY id`)) as unknown as { rows: unknown[] };
    const labResults = (await store.db.execute(sql`SELECT point_id, sampled_on::text, item, value FROM lab_results ORDER BY id`)) as unknown as { rows: unknown[] };
    const strip = (items: { updatedAt: string }[]) => items.map(({ updatedAt: _u, ...rest }) => rest);
    return JSON.stringify([strip(a.items), strip(b.items), parks.rows, users.rows, stations.rows, texts.rows, points.rows, labResults.rows]);
  };

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
    const ctx = systemContext(store.db, 'test');
    await createPark(ctx, { code: B, name: '重庆万州测试园区', level: '市级', divisionCode: '500101' });
    const bEnt = await createEnterprise(ctx, B, enterpriseBody('重庆测试企业有限公司'));
    const list = (await listEnterprises(ctx, A)).items;
    ids = {
      shunlong: list.find((e) => e.name === '湖南顺隆能源有限公司')!.id,
      lingpai: list.find((e) => e.name === '湖南领湃新能源科技有限公司')!.id,
      bEnterprise: bEnt.id,
      point: (await listPoints(ctx, A)).find((p) => p.name === '张家岭路')!.id,
    };
    const users = [
      { username: 'officerA', displayName: 'A园区专员', role: 'officer', parkCodes: [A] },
      { username: 'stewardB', displayName: 'B园区环保管家', role: 'steward', parkCodes: [B] },
      { username: 'entShunlong', displayName: '顺隆能源', role: 'enterprise', enterpriseId: ids.shunlong },
      { username: 'reviewerHunan', displayName: '湖南省厅', role: 'reviewer', regionCode: '430000' },
      { username: 'reviewerHengyang', displayName: '衡阳市局', role: 'reviewer', regionCode: '430400' },
      { username: 'reviewerChongqing', displayName: '重庆市局', role: 'reviewer', regionCode: '500000' },
    ];
    for (const u of users) await addTestUser(ctx, { ...u, password: TEST_PASSWORD });
    for (const u of [...users.map((u) => u.username), 'admin']) clients[u] = await loginAs(app, u);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('answers 401 to every request without a session, and changes nothing', async () => {
    const before = await snapshot();
    for (const c of CASES) {
      const res = await app.inject({ method: c.method, url: c.url(ids), payload: c.body?.(ids) as never, headers: c.headers });
      expect(res.statusCode, `${c.name}`).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
    expect((await app.inject({ method: 'GET', url: '/api/parks' })).statusCode).toBe(401);
    expect(await snapshot()).toBe(before);
  });

  for (const [user, allowed] of Object.entries(ALLOWED)) {
    it(`${user}: may do exactly what its role allows; refused requests get 403 and change nothing`, async () => {
      const client = clients[user];
      for (const c of CASES.filter((c) => !c.write)) {
        const res = await client.inject({ method: c.method, url: c.url(ids) });
        expect([c.name, res.statusCode], res.body.slice(0, 200)).toEqual([c.name, allowed.includes(c.name) ? 200 : 403]);
      }
      // Writes: refused ones must leave everything as it was. Allowed ones are sent with invalid bodies, so they
      // pass authorization and fail validation (400), and change nothing either; an allowed delete is not sent.
      // Their real effect is tested in enterprises.api.test.ts.
      const before = await snapshot();
      for (const c of CASES.filter((c) => c.write)) {
        if (c.method === 'DELETE' && allowed.includes(c.name)) continue;
        const body = allowed.includes(c.name) ? invalidBody(c) : c.body?.(ids);
        const res = await client.inject({ method: c.method, url: c.url(ids), payload: body as never, headers: c.headers });
        if (allowed.includes(c.name)) expect([c.name, res.statusCode]).not.toContainEqual(403);
        else expect([c.name, res.statusCode], res.body.slice(0, 200)).toEqual([c.name, 403]);
      }
      expect(await snapshot()).toBe(before);
    });
  }

  it('lets the enterprise user change its own file but not its place in the ledger', async () => {
    const own = (await clients.entShunlong.get(`/api/parks/${A}/enterprises/${ids.shunlong}`)).json();
    const { id: _i, parkId: _p, industryName: _n, warnings: _w, createdAt: _c, updatedAt: _u, ...body } = own;
    const res = await clients.entShunlong.inject({
      method: 'PUT',
      url: `/api/parks/${A}/enterprises/${ids.shunlong}`,
      payload: { ...body, seq: 1, contactPhone: '0734-6000000' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ seq: own.seq, contactPhone: '0734-6000000' });
  });

  it('lets the enterprise user list only its own enterprise, and see only its park', async () => {
    const list = (await clients.entShunlong.get(`/api/parks/${A}/enterprises`)).json();
    expect(list.items.map((e: { name: string }) => e.name)).toEqual(['湖南顺隆能源有限公司']);
    expect((await clients.entShunlong.get('/api/parks')).json().map((p: { code: string }) => p.code)).toEqual([A]);
  });

  it('shows a reviewer the parks of its region side by side, and an officer its own', async () => {
    const hunan = (await clients.reviewerHunan.get('/api/region/parks?year=2024')).json();
    expect(hunan.parks.map((p: { code: string; access: string }) => [p.code, p.access])).toEqual([[A, 'read']]);
    expect(hunan.parks[0].stats.total).toBe(50);
    const admin = (await clients.admin.get('/api/region/parks?year=2024')).json();
    expect(admin.parks.map((p: { code: string }) => p.code)).toEqual([A, B]);
    expect((await clients.reviewerChongqing.get('/api/parks')).json().map((p: { code: string }) => p.code)).toEqual([B]);
    expect((await clients.entShunlong.get('/api/region/parks?year=2024')).json().parks).toEqual([]);
  });

  it('lets an administrator do everything, including adding a park', async () => {
    for (const c of CASES.filter((c) => !c.write)) {
      expect([c.name, (await clients.admin.inject({ method: c.method, url: c.url(ids) })).statusCode]).toEqual([c.name, 200]);
    }
    const res = await clients.admin.inject({ method: 'POST', url: '/api/parks', payload: { code: 'S430400', name: '衡阳测试园区', level: '市级', divisionCode: '430405' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'S430400', divisionName: '湖南省衡阳市珠晖区' });
    const hengyang = (await clients.reviewerHengyang.get('/api/region/parks?year=2024')).json();
    expect(hengyang.parks.map((p: { code: string }) => p.code)).toEqual(['S430400', A]);
  });

  it('refuses a write without the CSRF token even with a valid session cookie', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'officerA', password: TEST_PASSWORD } });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const before = await snapshot();
    const res = await app.inject({ method: 'POST', url: `/api/parks/${A}/enterprises`, headers: { cookie }, payload: enterpriseBody('无令牌企业') });
    expect(res.statusCode).toBe(403);
    expect(await snapshot()).toBe(before);
  });

  /** A body that passes authorization but fails validation, so an allowed write changes nothing. */
  function invalidBody(c: Case): unknown {
    if (c.name === 'import workbook') return Buffer.from('not a workbook');
    if (c.name === 'import lab results') return Buffer.from('点位,采样日期,监测项目,监测结果,单位\n没有的点位,2024-06-01,氨氮,0.5,mg/L');
    if (c.name === 'update park') return { name: '', level: '', divisionCode: 'x' };
    if (c.name === 'create user') return { username: '' };
    if (c.name === 'create park') return { code: 'bad' };
    if (c.name === 'create station') return { mn: '' };
    if (c.name === 'create monitoring point' || c.name === 'update monitoring point') return { ...pointBody('越界点位'), longitude: '112°61′0″' };
    return { name: '', status: 'nonsense' };
  }
});
