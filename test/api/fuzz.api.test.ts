import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/client.js';
import { createDemoApp, loginAs, TEST_PASSWORD, type Client } from '../helpers/demoApp.js';

/**
 * Every route the OpenAPI document lists, every field of its params, query and JSON body, each sent hostile
 * values as a signed-in administrator: the server never answers 5xx, and a 400 names the field. A 400 that names no
 * field would be the database's refusal caught by the last line of defence: the edge must catch it first.
 */

const HOSTILE: unknown[] = [
  '\u0000',
  'x\u0000y',
  'a'.repeat(10_000),
  2147483648,
  '2147483648',
  -1,
  '-1',
  '2024-02-30',
  '99999-01-01',
  '0000-01-01',
  'NaN',
  '1e309',
  1.5,
  [],
  ['a', 'b'],
  {},
  true,
  null,
  '',
];

/** Query and path values are strings on the wire. */
const HOSTILE_STRINGS = [...new Set(HOSTILE.filter((v) => typeof v === 'string' || typeof v === 'number').map(String))];

/** Routes the fuzz leaves out, and why. */
const SKIP = new Set([
  'POST /api/auth/logout', // would end the session the fuzz runs in; takes no input
]);

interface Operation {
  method: string;
  path: string;
  params: { name: string; in: 'path' | 'query' }[];
  body: Record<string, unknown> | null;
}

/** Dotted paths of the body's fields, one level into nested objects and into an array's first element. */
function fieldPaths(schema: Record<string, unknown> | undefined, prefix = ''): string[] {
  const props = (schema?.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(props).flatMap(([k, s]) => {
    const here = prefix + k;
    const nested = s.type === 'object' ? fieldPaths(s, `${here}.`) : s.type === 'array' && typeof s.items === 'object' ? fieldPaths(s.items as Record<string, unknown>, `${here}.0.`) : [];
    return prefix.split('.').length > 3 ? [here] : [here, ...nested];
  });
}

function setAt(body: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(body ?? {}) as Record<string, unknown>;
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) {
    if (at[k] === null || typeof at[k] !== 'object') at[k] = /^\d+$/.test(keys[keys.indexOf(k) + 1] ?? '') ? [{}] : {};
    at = at[k] as Record<string, unknown>;
  }
  at[keys.at(-1)!] = value;
  return copy;
}

// On PGlite only: it is PostgreSQL itself (compiled to WebAssembly), so a hostile value that breaks a query breaks it
// on a server too; the store and service tests run on both. Tens of thousands of requests take minutes per store.
describe.each(['pglite'] as const)('hostile values on every route on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let admin: Client;
  let operations: Operation[];
  const base: { params: Record<string, string>; bodies: Record<string, unknown> } = { params: {}, bodies: {} };

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
    admin = await loginAs(app, 'admin');
    await app.ready();
    const spec = app.swagger() as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: Record<string, unknown> }> } }>> };
    operations = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query') as Operation['params'],
        body: op.requestBody?.content['application/json']?.schema ?? null,
      })),
    );

    const enterprises = (await admin.get('/api/parks/S437012/enterprises')).json();
    const station = await admin.inject({
      method: 'POST',
      url: '/api/parks/S437012/stations',
      payload: { mn: 'FUZZ0000000000000000001', name: '模糊测试站', systemCode: '32', password: '123456' },
    });
    const users = (await admin.get('/api/users')).json() as { id: number; username: string }[];
    const points = (await admin.get('/api/parks/S437012/monitoring-points')).json() as { id: number; kind: string }[];
    const cityStation = points.find((p) => p.kind === 'city_station')!;
    const planItems = (await admin.get('/api/parks/S437012/monitoring-plan?year=2024')).json().items as { id: number }[];
    const emissions = (await admin.get('/api/parks/S437012/emissions?year=2024')).json().rows as { id: number }[];
    const honours = (await admin.get('/api/parks/S437012/honours?year=2024')).json().honours as { id: number }[];
    const sources = (await admin.get('/api/parks/S437012/requirements?year=2024')).json().sources as { id: number; kind: string; requirements: { id: number }[] }[];
    // The control unit: its requirements have a dimension, and its particulars are all in the body below.
    const unitSource = sources.find((x) => x.kind === 'controlUnit')!;
    base.params = {
      code: 'S437012',
      emission: String(emissions[0]!.id),
      honour: String(honours[0]!.id),
      number: '12',
      requirementSource: String(unitSource.id),
      requirement: String(unitSource.requirements[0]!.id),
      enterprise: String((enterprises.items ?? enterprises)[0].id),
      station: String(station.json().id),
      user: String(users.find((u) => u.username === 'hunan')!.id),
      key: '1.ledger',
      point: String(points[0].id),
      planItem: String(planItems[0].id),
      pointId: String(cityStation.id),
      year: '2024',
    };
    const enterprise = {
      name: '湖南模糊测试有限公司',
      status: 'operating',
      enteredOn: '2020-05-01',
      eiaApprovals: [{ type: 'form', documentNumber: '祁环评〔2024〕5号', approvedOn: '2024-03-01', acceptance: 'pending' }],
      emergencyPlans: [{ filingNumber: '430426-2024-011-L', filedOn: '2024-06-01' }],
      permit: { held: false },
    };
    const stationBody = { mn: 'FUZZ0000000000000000002', name: '模糊测试站二', systemCode: '32', password: '123456', limits: [{ factorCode: 'w01018', upper: '99999999999' }] };
    const pointBody = {
      name: '模糊测试点位',
      kind: 'micro_station',
      role: 'downwind',
      longitude: '112°11′56″',
      latitude: '26.558889',
      stationId: Number(base.params.station),
      standardCode: 'GB3095',
      standardClass: '二级',
      items: ['PM2.5', 'PM10'],
      note: '模糊测试',
    };
    const park = {
      name: '模糊测试园区',
      level: '省级',
      divisionCode: '430426',
      approvals: [{ kind: 'master_plan', title: '总体规划', approvedOn: '2020-01' }],
      yearlyFigures: [{ year: 2023, industrialOutputYiYuan: '12.5' }],
    };
    const requirementSource = {
      kind: 'controlUnit',
      title: '模糊测试管控单元',
      unit: {
        code: 'ZH43042620099',
        name: '模糊测试单元',
        division: { province: '湖南省', city: '衡阳市', county: '祁东县' },
        class: '重点管控单元',
        areaText: '2.4',
        towns: ['归阳镇'],
        mainFunctions: '重点开发',
        leadingIndustries: '机械制造',
        sensitiveTargets: '无',
        mainProblems: '无',
      },
    };
    const emission = { year: 2022, enterpriseId: null, pollutant: { code: 'COD' }, tonnesPerYear: '90.59' };
    const planItemBody = {
      year: 2024,
      medium: 'air',
      pointsText: '模糊测试点位',
      itemsText: 'SO2',
      frequencyText: '1次/半年',
      campaignsPerYear: 2,
      standardText: 'GB3095-2012 二级',
      pointIds: [points[0].id],
    };
    base.bodies = {
      'POST /api/parks/{code}/enterprises': enterprise,
      'PUT /api/parks/{code}/enterprises/{id}': enterprise,
      'POST /api/parks/{code}/stations': stationBody,
      'PUT /api/parks/{code}/stations/{id}': stationBody,
      'POST /api/parks/{code}/monitoring-points': pointBody,
      'PUT /api/parks/{code}/monitoring-points/{id}': pointBody,
      'POST /api/parks/{code}/monitoring-plan/items': planItemBody,
      'PUT /api/parks/{code}/monitoring-plan/items/{id}': planItemBody,
      'POST /api/parks/{code}/monitoring-plan/copy': { fromYear: 2024, toYear: 2023, replace: true },
      'PUT /api/parks/{code}/air-annual-figures': { pointId: cityStation.id, year: 2024, source: '模糊测试', figures: { goodDays: '300' } },
      'POST /api/parks': { code: 'S430001', ...park },
      'PUT /api/parks/{code}/identity': { code: 'S437012', name: '湖南祁东高新技术产业开发区', level: '省级', divisionCode: '430426' },
      'PUT /api/parks/{code}': park,
      'POST /api/users': { username: 'fuzzuser', displayName: '模糊', role: 'reviewer', password: 'Fuzz-Test-Long-9x', regionCode: '430000' },
      'POST /api/users/{id}/password': { password: 'Fuzz-Test-Long-9x' },
      'POST /api/users/{id}/active': { active: true },
      'POST /api/auth/login': { username: 'nobody', password: 'wrong-password' },
      'POST /api/auth/password': { currentPassword: TEST_PASSWORD, password: 'Fuzz-Test-Long-9x' },
      'POST /api/reference/check-id': { value: '91430426MA4QA94960' },
      'PUT /api/parks/{code}/reports/annual/texts/{key}': { text: '截止到2024年底园区已入园企业50家。' },
      'PUT /api/parks/{code}/quotas': { approval: { documentNumber: '湘环评函[2014]89号', title: '审查意见', issued: '2014-08' }, quotas: [{ pollutant: { code: 'COD' }, tonnesPerYear: '300' }] },
      'POST /api/parks/{code}/emissions': emission,
      'PUT /api/parks/{code}/emissions/{id}': emission,
      'POST /api/parks/{code}/requirement-sources': requirementSource,
      'PUT /api/parks/{code}/requirement-sources/{id}': requirementSource,
      'POST /api/parks/{code}/requirement-sources/{id}/requirements': { text: '模糊测试要求', dimension: '空间布局约束' },
      'PUT /api/parks/{code}/requirements/{id}': { text: '模糊测试要求', dimension: '空间布局约束' },
      'PUT /api/parks/{code}/requirements/{id}/implementations/{year}': { text: '已落实', verdict: '符合', evidence: [{ title: '模糊测试佐证', reference: '第1号' }] },
      'POST /api/parks/{code}/requirements/start-year': { year: 2025 },
      'PUT /api/parks/{code}/management-facts/{year}': { water: { plants: [{ name: '模糊测试污水处理厂' }] } },
      'PUT /api/parks/{code}/admission/rules': {
        subAreas: ['云鹤工业园'],
        rules: [{ id: 'fuzz', effect: 'prohibited', trigger: { kind: 'industry', codes: ['C3982'] }, subArea: null, wording: '禁止', source: '模糊测试' }],
        source: '模糊测试',
      },
      'POST /api/parks/{code}/admission/screen': { industryCode: 'C2110', subAreas: [], projectName: '模糊测试项目', year: 2024, save: false },
      'POST /api/parks/{code}/credit/{year}': { schemeId: 'hunan-2024' },
      'PUT /api/parks/{code}/credit/{year}/items/{number}': { score: 0, comment: '模糊测试', evidence: [{ label: '模糊测试佐证', entity: 'station', id: 1 }] },
      'POST /api/parks/{code}/honours': { year: 2024, title: '模糊测试荣誉', level: 'provincial', issuer: '模糊测试', awardedOn: '2024-05-01', document: '模糊测试' },
      'PUT /api/parks/{code}/honours/{id}': { year: 2024, title: '模糊测试荣誉', level: 'provincial', issuer: '模糊测试', awardedOn: '2024-05-01', document: '模糊测试' },
    };
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const baseParam = (op: Operation, name: string) =>
    name === 'key' && op.path.includes('/air-annual-figures')
      ? 'goodDays'
      : name === 'id' ? base.params[idOf(op.path)] : base.params[name];
  const idOf = (path: string) =>
    ([
      ['/monitoring-plan', 'planItem'],
      ['/monitoring-points', 'point'],
      ['/stations', 'station'],
      ['/users', 'user'],
      ['/emissions', 'emission'],
      ['/requirement-sources', 'requirementSource'],
      ['/requirements/', 'requirement'],
      ['/honours', 'honour'],
    ] as const).find(([p]) => path.includes(p))?.[1] ?? 'enterprise';
  const baseQuery = (op: Operation): Record<string, string> =>
    op.path.endsWith('/series') ? { from: '2024-01-01T00:00:00Z', to: '2024-01-02T00:00:00Z' } : op.path.endsWith('/credit/schemes/load') ? { format: 'json' } : op.path.endsWith('/air-series/import')
        ? { point: '祁东县城市站' }
        : ['/reports/annual', '/lab-results', '/monitoring-plan', '/monitoring-summary', '/air-evaluation', '/regional-air', '/air-annual-figures', '/emissions', '/waste-ledger', '/honours'].some((p) => op.path.includes(p)) ||
            op.path.endsWith('/requirements')
          ? { year: '2024' }
          : {};

  function request(op: Operation, over: { path?: [string, string]; query?: [string, string | string[]]; body?: [string, unknown] }): InjectOptions {
    const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(over.path?.[0] === name ? over.path[1] : baseParam(op, name)));
    const query: Record<string, string | string[]> = { ...baseQuery(op) };
    if (over.query) query[over.query[0]] = over.query[1];
    const key = `${op.method} ${op.path}`;
    const payload = op.body ? (over.body ? setAt(base.bodies[key] ?? {}, over.body[0], over.body[1]) : (base.bodies[key] ?? {})) : undefined;
    return { method: op.method as InjectOptions['method'], url, query, ...(payload !== undefined ? { payload: payload as object } : {}) };
  }

  it('answers no 5xx, and every 400 names the field it was sent', { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    let sent = 0;
    const send = async (op: Operation, field: string, value: unknown, opts: InjectOptions) => {
      let res = await admin.inject(opts);
      if (res.statusCode === 401) {
        admin = await loginAs(app, 'admin');
        res = await admin.inject(opts);
      }
      sent++;
      const shown = typeof value === 'string' && value.length > 20 ? `${value.slice(0, 10)}…(${value.length})` : JSON.stringify(value);
      if (res.statusCode >= 500) failures.push(`${op.method} ${op.path} ${field}=${shown}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      if (res.statusCode === 400 && res.json().error?.code === 'VALIDATION') {
        const issues = (res.json().error.issues ?? []) as { field?: string }[];
        const leaf = field.split('.').at(-1)!;
        if (!issues.some((i) => i.field === field || i.field?.startsWith(`${field}.`) || i.field?.split('.').includes(leaf))) {
          failures.push(`${op.method} ${op.path} ${field}=${shown}: 400 without the field: ${res.body.slice(0, 200)}`);
        }
      }
    };

    for (const op of operations) {
      if (SKIP.has(`${op.method} ${op.path}`) || op.path.startsWith('/api/docs')) continue;
      for (const p of op.params) {
        for (const v of HOSTILE_STRINGS) {
          const opts = p.in === 'path' ? request(op, { path: [p.name, v] }) : request(op, { query: [p.name, v] });
          // A 10k-character path segment is refused by the router before any schema sees it (414/404): still no 5xx.
          await send(op, p.name, v, opts);
        }
        if (p.in === 'query') await send(op, p.name, ['1', '2'], request(op, { query: [p.name, ['1', '2']] }));
      }
      if (op.body) {
        for (const field of fieldPaths(op.body)) {
          for (const v of HOSTILE) await send(op, field, v, request(op, { body: [field, v] }));
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
  });
});
