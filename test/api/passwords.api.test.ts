/**
 * Issue 8: which passwords may be set (common and patterned ones refused, one maximum length everywhere), and that a
 * password someone else set — the first administrator's, an administrator's reset, the CLI's — must be changed by
 * its user before anything else.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH } from '../../src/domain/auth/passwordStrength.js';
import { login } from '../../src/services/auth/sessions.js';
import { ensureInitialAdmin, setPasswordOf } from '../../src/services/auth/users.js';
import { systemContext } from '../../src/services/context.js';
import type { Store } from '../../src/store/client.js';
import { createDemoApp, loginAs, TEST_PASSWORD } from '../helpers/demoApp.js';
import { createTestStore, storeKinds } from '../helpers/testStore.js';

/** A strong password of exactly the maximum length (128), and the 253 characters issue 8 could set but not use. */
const MAX_PASSWORD = 'Qd-Hengyang#2024/'.repeat(8).slice(0, PASSWORD_MAX_LENGTH);
const TOO_LONG = 'Qd-Hengyang#2024/'.repeat(15).slice(0, 253);
const TOO_LONG_MESSAGE = '密码不能超过128位';
const messages = (body: { error: { issues: { message: string }[] } }) => body.error.issues.map((i) => i.message);

describe.each(await storeKinds())('password rules and first-login change on %s', (kind) => {
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

  it('refuses common and patterned passwords, and accepts a strong one', async () => {
    const admin = await loginAs(app, 'admin');
    const add = (username: string, password: string) =>
      admin.inject({ method: 'POST', url: '/api/users', payload: { username, displayName: '测试', role: 'reviewer', regionCode: '430000', password } });
    const common = '密码过于常见：去掉首尾的数字和符号后是常用密码或单词（如 password、qwerty）';
    for (const weak of ['Password12', 'Qwerty1234', 'Admin12345']) {
      const res = await add('weakling', weak);
      expect(res.statusCode, weak).toBe(400);
      expect(messages(res.json()), weak).toContain(common);
    }
    expect(messages((await add('weakling', 'Admin12345')).json())).toContain('密码不能包含“admin”');
    expect(messages((await add('weakling', 'Qwerty1234')).json())).toContain('密码不能含有键盘上相连的一串按键（如 qwer、asdf、1qaz）');
    expect((await add('strongling', 'Xiangjiang#Heng-Yang-29')).statusCode).toBe(201);
  });

  it(`refuses ${TOO_LONG.length} characters everywhere, naming the maximum, and signs in with ${PASSWORD_MAX_LENGTH}`, async () => {
    const admin = await loginAs(app, 'admin');
    const create = (username: string, password: string) =>
      admin.inject({ method: 'POST', url: '/api/users', payload: { username, displayName: '长密码', role: 'reviewer', regionCode: '430000', password } });
    const tooLong = await create('longpass', TOO_LONG);
    expect(tooLong.statusCode).toBe(400);
    expect(messages(tooLong.json())).toContain(TOO_LONG_MESSAGE);

    const created = await create('longpass', MAX_PASSWORD);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    const reset = await admin.inject({ method: 'POST', url: `/api/users/${id}/password`, payload: { password: TOO_LONG } });
    expect(reset.statusCode).toBe(400);
    expect(messages(reset.json())).toContain(TOO_LONG_MESSAGE);
    await expect(setPasswordOf(systemContext(store.db, 'cli'), 'longpass', TOO_LONG)).rejects.toMatchObject({ issues: [expect.objectContaining({ message: TOO_LONG_MESSAGE })] });

    const loginTooLong = await loginReq('longpass', TOO_LONG);
    expect(loginTooLong.statusCode).toBe(400);
    expect(messages(loginTooLong.json())).toContain(TOO_LONG_MESSAGE);

    // The longest password that can be set signs in, and can be changed to another of the same length.
    const user = await loginAs(app, 'longpass', MAX_PASSWORD);
    const change = (password: string) => user.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: MAX_PASSWORD, password } });
    const changeTooLong = await change(TOO_LONG);
    expect(changeTooLong.statusCode).toBe(400);
    expect(messages(changeTooLong.json())).toContain(TOO_LONG_MESSAGE);
    const other = MAX_PASSWORD.replaceAll('Hengyang', 'Xiangtan');
    expect(other).toHaveLength(PASSWORD_MAX_LENGTH);
    expect((await change(other)).statusCode).toBe(204);
    expect((await loginReq('longpass', other)).statusCode).toBe(200);
  });

  it('makes a user change a password someone else set before anything else, then lets it work', async () => {
    const admin = await loginAs(app, 'admin');
    const created = await admin.inject({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'newcomer', displayName: '新来的专员', role: 'officer', parkCodes: ['S437012'], password: TEST_PASSWORD },
    });
    expect(created.statusCode).toBe(201);

    const first = await loginReq('newcomer', TEST_PASSWORD);
    expect(first.statusCode).toBe(200);
    expect(first.json().user.mustChangePassword).toBe(true);
    const newcomer = await loginAs(app, 'newcomer');
    expect((await newcomer.get('/api/auth/me')).json().user.mustChangePassword).toBe(true);
    for (const [method, url] of [['GET', '/api/parks'], ['GET', '/api/parks/S437012/enterprises'], ['POST', '/api/parks/S437012/enterprises'], ['GET', '/api/users']] as const) {
      const refused = await newcomer.inject({ method, url, payload: method === 'POST' ? { name: '不该写入的企业' } : undefined });
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().error).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED', message: '首次登录或密码被他人重设后，须先修改密码才能继续使用' });
    }
    // Choosing the same password again does not count.
    const same = await newcomer.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: TEST_PASSWORD, password: TEST_PASSWORD } });
    expect(same.statusCode).toBe(400);
    expect(messages(same.json())).toEqual(['新密码不能与当前密码相同']);
    const changed = await newcomer.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: TEST_PASSWORD, password: 'Xiangjiang#Heng-Yang-29' } });
    expect(changed.statusCode).toBe(204);

    const released = await loginAs(app, 'newcomer', 'Xiangjiang#Heng-Yang-29');
    expect((await released.get('/api/auth/me')).json().user.mustChangePassword).toBe(false);
    expect((await released.get('/api/parks')).statusCode).toBe(200);

    // A reset by the operator's CLI (as by an administrator) is again a password the user did not choose.
    await setPasswordOf(systemContext(store.db, 'cli'), 'newcomer', 'Zhuanyuan#Reset-29');
    const afterReset = await loginAs(app, 'newcomer', 'Zhuanyuan#Reset-29');
    expect((await afterReset.get('/api/parks')).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await afterReset.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
  });

  it('creates the first administrator with a one-time password it must change, also from PARKECO_ADMIN_PASSWORD', async () => {
    for (const given of [undefined, 'Operator#Chose-This-29']) {
      const empty = await createTestStore(kind);
      try {
        const admin = await ensureInitialAdmin(systemContext(empty.db), given);
        const password = given ?? admin!.password!;
        expect(admin).toEqual({ username: 'admin', password: given ? null : expect.stringMatching(/^Pk-[\w-]{12}$/) });
        const r = await login(empty.db, { username: 'admin', password });
        expect(r.user.mustChangePassword).toBe(true);
      } finally {
        await empty.close();
      }
    }
  });
});
