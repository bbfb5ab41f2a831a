import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate, login, LOCK_MINUTES, MAX_FAILED_LOGINS, SESSION_HOURS } from '../../src/services/auth/sessions.js';
import { systemContext } from '../../src/services/context.js';
import type { Store } from '../../src/store/client.js';
import { addTestUser, createDemoApp, loginAs, TEST_PASSWORD } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

describe.each(await storeKinds())('sign-in and sessions on %s', (kind) => {
  let store: Store;
  let app: FastifyInstance;
  const loginReq = (username: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  beforeAll(async () => {
    ({ store, app } = await createDemoApp(kind));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and a CSRF token', async () => {
    const res = await loginReq('officer', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const session = res.cookies.find((c) => c.name === 'parkeco_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.json().user).toMatchObject({ username: 'officer', role: 'officer', roleLabel: '园区环保专员' });
    expect(res.json().csrfToken).toMatch(/^[\w-]{40,}$/);
    // Security headers on every answer.
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('answers a wrong password and an unknown name alike', async () => {
    const wrong = await loginReq('officer', 'Wrong-Password-1');
    const unknown = await loginReq('nobody', 'Wrong-Password-1');
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json().error.message).toBe('用户名或密码错误');
    expect(unknown.json().error.message).toBe('用户名或密码错误');
  });

  it(`locks an account for ${LOCK_MINUTES} minutes after ${MAX_FAILED_LOGINS} failures in a row`, async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) expect((await loginReq('hunan', `Wrong-Password-${i}`)).statusCode).toBe(401);
    const locked = await loginReq('hunan', TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toContain('锁定');
    // After the lock, the right password works again.
    const later = new Date(Date.now() + (LOCK_MINUTES + 1) * 60_000);
    await expect(login(store.db, { username: 'hunan', password: TEST_PASSWORD }, later)).resolves.toMatchObject({ user: { username: 'hunan' } });
  });

  it('ends a session at logout, and sessions expire', async () => {
    const client = await loginAs(app, 'officer');
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    expect((await client.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);

    const r = await login(store.db, { username: 'officer', password: TEST_PASSWORD });
    expect(await authenticate(store.db, r.token)).not.toBeNull();
    const afterExpiry = new Date(Date.now() + (SESSION_HOURS + 1) * 3600_000);
    expect(await authenticate(store.db, r.token, afterExpiry)).toBeNull();
  });

  it('lets an administrator revoke sessions and disable a user', async () => {
    const officer = await loginAs(app, 'officer');
    const admin = await loginAs(app, 'admin');
    const users = (await admin.get('/api/users')).json() as { id: number; username: string }[];
    const id = users.find((u) => u.username === 'officer')!.id;
    expect((await admin.inject({ method: 'POST', url: `/api/users/${id}/revoke-sessions` })).json().revoked).toBeGreaterThan(0);
    expect((await officer.get('/api/auth/me')).statusCode).toBe(401);

    await admin.inject({ method: 'POST', url: `/api/users/${id}/active`, payload: { active: false } });
    expect((await loginReq('officer', TEST_PASSWORD)).statusCode).toBe(401);
    await admin.inject({ method: 'POST', url: `/api/users/${id}/active`, payload: { active: true } });
    expect((await loginReq('officer', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses weak passwords with the reasons, and lets a user change its own with the current one', async () => {
    const admin = await loginAs(app, 'admin');
    const weak = await admin.inject({ method: 'POST', url: '/api/users', payload: { username: 'weak', displayName: '弱', role: 'admin', password: 'abc' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.issues.map((i: { message: string }) => i.message)).toContain('密码至少10位');

    const officer = await loginAs(app, 'officer');
    const bad = await officer.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'nope', password: 'Qd#Zhuanyuan-2025' } });
    expect(bad.statusCode).toBe(400);
    const ok = await officer.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: TEST_PASSWORD, password: 'Qd#Zhuanyuan-2025' } });
    expect(ok.statusCode).toBe(204);
    expect((await officer.get('/api/auth/me')).statusCode).toBe(401);
    expect((await loginReq('officer', 'Qd#Zhuanyuan-2025')).statusCode).toBe(200);
  });

  it('asks an administrator for its current password too, and refuses to let it lock itself out', async () => {
    const admin = await loginAs(app, 'admin');
    const noCurrent = await admin.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: '', password: 'Another-Passw0rd-9' } });
    expect(noCurrent.statusCode).toBe(400);
    expect(noCurrent.json().error.issues[0].field).toBe('currentPassword');
    const me = (await admin.get('/api/auth/me')).json().user.id;
    const resetSelf = await admin.inject({ method: 'POST', url: `/api/users/${me}/password`, payload: { password: 'Another-Passw0rd-9' } });
    expect(resetSelf.statusCode).toBe(400);
    const disableSelf = await admin.inject({ method: 'POST', url: `/api/users/${me}/active`, payload: { active: false } });
    expect(disableSelf.statusCode).toBe(403);
    expect(disableSelf.json().error.message).toBe('不能停用本人账号');
    expect((await admin.inject({ method: 'POST', url: `/api/users/${me}/revoke-sessions` })).statusCode).toBe(403);
    expect((await admin.get('/api/auth/me')).statusCode).toBe(200);
  });

  it(`locks an account after exactly ${MAX_FAILED_LOGINS} of 15 wrong passwords sent at once, then refuses the right one`, async () => {
    await addTestUser(systemContext(store.db, 'test'), { username: 'parallel', displayName: '并发', role: 'reviewer', regionCode: '430000', password: TEST_PASSWORD });
    // Each from its own address, as a spread-out attacker would send them: the per-address limit does not apply.
    const attempt = (password: string, i: number) =>
      app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'parallel', password }, remoteAddress: `10.8.0.${i + 1}` });
    const answers = await Promise.all(Array.from({ length: 15 }, (_, i) => attempt(`Wrong-Guess-${i}`, i)));
    const statuses = answers.map((r) => r.statusCode).sort();
    // Attempts 1–5 have their password checked (401); the 5th locks the account, and the 10 beyond it are refused
    // unchecked: at most MAX_FAILED_LOGINS guesses however many are sent at once.
    expect(statuses).toEqual([...Array(MAX_FAILED_LOGINS).fill(401), ...Array(15 - MAX_FAILED_LOGINS).fill(429)]);
    for (const r of answers.filter((a) => a.statusCode === 429)) expect(r.json().error.message).toContain('锁定');

    const right = await attempt(TEST_PASSWORD, 20);
    expect(right.statusCode).toBe(429);
    expect(right.json().error.message).toContain('锁定');
    const later = new Date(Date.now() + (LOCK_MINUTES + 1) * 60_000);
    await expect(login(store.db, { username: 'parallel', password: TEST_PASSWORD }, later)).resolves.toMatchObject({ user: { username: 'parallel' } });
  });

  it('rate-limits login attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await loginReq(`nobody${i}`, 'x')).statusCode);
    expect(statuses).toContain(429);
  });

});
