import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, trustProxyFromEnv } from '../../src/server/app.js';
import { isCalendarDate } from '../../src/services/fields.js';
import type { Store } from '../../src/store/client.js';
import { insertUser } from '../../src/store/queries/users.js';
import { createDemoStore, loginAs, TEST_PASSWORD, type Client } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

const P = '/api/parks/S437012';
const SECRET_HASH = '$argon2id$v=19$m=19456,t=2,p=1$SECRET-SALT$SECRET-HASH-VALUE';

/** The demo park and users, with the app's log lines captured. */
async function appWithLog(kind: 'pglite' | 'postgres', trustProxy?: boolean) {
  const store = await createDemoStore(kind);
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
  const app = await buildApp({ store, logger: { level: 'warn', stream }, trustProxy });
  return { store, app, lines };
}

describe('calendar dates', () => {
  it('knows which days exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true); // leap year
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-30')).toBe(false);
    expect(isCalendarDate('2024-04-31')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('1899-12-31')).toBe(false);
    expect(isCalendarDate('2200-12-31')).toBe(true);
  });
});

describe('TRUST_PROXY from the environment', () => {
  it('is off unless set, on for 1/true, and a list of addresses otherwise', () => {
    expect(trustProxyFromEnv({})).toBe(false);
    expect(trustProxyFromEnv({ TRUST_PROXY: 'false' })).toBe(false);
    expect(trustProxyFromEnv({ TRUST_PROXY: '1' })).toBe(true);
    expect(trustProxyFromEnv({ TRUST_PROXY: '127.0.0.1,10.0.0.0/8' })).toBe('127.0.0.1,10.0.0.0/8');
  });
});

describe.each(await storeKinds())('the edge on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  let lines: string[];
  let admin: Client;

  beforeAll(async () => {
    ({ store, app, lines } = await appWithLog(kind));
    admin = await loginAs(app, 'admin');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const fieldsOf = (res: { json(): { error: { issues: { field: string }[] } } }) => res.json().error.issues.map((i) => i.field);

  it('answers 400 naming the field for values the database cannot hold', async () => {
    const post = (over: object) => admin.inject({ method: 'POST', url: `${P}/enterprises`, payload: { name: '湖南边界测试有限公司', status: 'operating', ...over } });
    for (const [over, field] of [
      [{ enteredOn: '2024-02-30' }, 'enteredOn'],
      [{ seq: 2147483648 }, 'seq'],
      [{ name: '湖南\u0000公司' }, 'name'],
      [{ eiaApprovals: [{ approvedOn: '99999-01-01', acceptance: 'pending' }] }, 'eiaApprovals.0.approvedOn'],
    ] as const) {
      const res = await post(over);
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(fieldsOf(res)).toContain(field);
    }
    const bigId = await admin.get(`${P}/enterprises/2147483648`);
    expect(bigId.statusCode).toBe(400);
    expect(fieldsOf(bigId)).toEqual(['id']);
    const station = (await admin.get(`${P}/stations`)).json()[0];
    const series = await admin.get(`${P}/stations/${station.id}/series?from=99999-01-01&to=2024-01-01`);
    expect(series.statusCode).toBe(400);
    expect(new Set(fieldsOf(series))).toEqual(new Set(['from']));
  });

  it('refuses a station bound to an enterprise that does not exist or belongs to another park', async () => {
    const other = await admin.inject({ method: 'POST', url: '/api/parks', payload: { code: 'S430008', name: '另一园区', level: '省级', divisionCode: '430426' } });
    expect(other.statusCode).toBe(201);
    const foreign = await admin.inject({ method: 'POST', url: '/api/parks/S430008/enterprises', payload: { name: '乙园区企业有限公司', status: 'operating' } });
    expect(foreign.statusCode).toBe(201);
    const station = { mn: 'EDGE00000000000000000001', name: '边界站', systemCode: '32', password: '123456' };
    for (const enterpriseId of [foreign.json().id, 2147483647]) {
      const res = await admin.inject({ method: 'POST', url: `${P}/stations`, payload: { ...station, enterpriseId } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.issues).toEqual([expect.objectContaining({ field: 'enterpriseId', value: enterpriseId })]);
    }
    const own = (await admin.get(`${P}/enterprises`)).json();
    const ownId = (own.items ?? own)[0].id;
    const created = await admin.inject({ method: 'POST', url: `${P}/stations`, payload: { ...station, enterpriseId: ownId } });
    expect(created.statusCode).toBe(201);
    const moved = await admin.inject({ method: 'PUT', url: `${P}/stations/${created.json().id}`, payload: { ...station, enterpriseId: foreign.json().id } });
    expect(moved.statusCode).toBe(400);
    expect(fieldsOf(moved)).toEqual(['enterpriseId']);
  });

  it('refuses a user bound to an enterprise or a park that does not exist, naming the field', async () => {
    const user = { username: 'edgeuser', displayName: '边界', password: 'Edge-Test-Long-9x' };
    const noEnterprise = await admin.inject({ method: 'POST', url: '/api/users', payload: { ...user, role: 'enterprise', enterpriseId: 2147483647 } });
    expect(noEnterprise.statusCode).toBe(400);
    expect(fieldsOf(noEnterprise)).toEqual(['enterpriseId']);
    const noPark = await admin.inject({ method: 'POST', url: '/api/users', payload: { ...user, role: 'officer', parkCodes: ['Z999999'] } });
    expect(noPark.statusCode).toBe(400);
    expect(fieldsOf(noPark)).toEqual(['parkCodes']);
  });

  it('answers a data error the database raises with 400, and logs the statement without its values', async () => {
    // A route that writes what the edge did not check: a duplicate username (SQLSTATE 23505) with a password hash.
    const failing = await buildApp({ store, logger: { level: 'warn', stream: new Writable({ write: (c, _e, d) => (lines.push(String(c)), d()) }) } });
    failing.get('/api/test/duplicate-user', async () => {
      await insertUser(store.db, { username: 'admin', displayName: 'x', role: 'admin', passwordHash: SECRET_HASH, enterpriseId: null, regionCode: null });
      return {};
    });
    const client = await loginAs(failing, 'admin');
    lines.length = 0;
    const res = await client.get('/api/test/duplicate-user');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry.err.statement).toMatch(/^insert into "users" \(.*"password_hash".*\) values \(.*\$1/);
    expect(entry.err.sqlstate).toBe('23505');
    expect(lines[0]).not.toContain('SECRET');
    expect(lines[0]).not.toContain('"admin"');
    await failing.close();
  });

  it('serves the API docs under a CSP that allows only their own scripts and styles', async () => {
    const page = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    // Every script and stylesheet is a same-origin file (no inline script the policy would block), and it loads.
    const scripts = [...page.body.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, inline] of scripts) {
      expect(inline.trim()).toBe('');
      expect(attrs).toMatch(/src="\.\/static\//);
    }
    const assets = [...page.body.matchAll(/(?:src|href)="\.\/(static\/[^"]+)"/g)].map((m) => m[1]);
    for (const a of assets) expect((await app.inject({ method: 'GET', url: `/api/docs/${a}` })).statusCode, a).toBe(200);
    const init = await app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    expect(init.body).toContain('validatorUrl');
    expect((await app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(200);
  });
});

describe('session cookie behind a proxy', () => {
  const login = (app: FastifyInstance) =>
    app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' }, payload: { username: 'admin', password: TEST_PASSWORD } });

  it('is Secure when TRUST_PROXY is set and the proxy says https; a forged header is ignored otherwise', async () => {
    for (const trustProxy of [true, false]) {
      const { store, app } = await appWithLog('pglite', trustProxy);
      const res = await login(app);
      expect(res.statusCode).toBe(200);
      const session = res.cookies.find((c) => c.name === 'parkeco_session')!;
      expect(Boolean(session.secure), `trustProxy ${trustProxy}`).toBe(trustProxy);
      await app.close();
      await store.close();
    }
  });
});
