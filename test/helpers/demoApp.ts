import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { createUser } from '../../src/services/auth/users.js';
import { systemContext } from '../../src/services/context.js';
import { seedDemoPark, type DemoOptions } from '../../src/services/demo/seedDemoPark.js';
import type { ServiceContext } from '../../src/services/context.js';
import { auditKeyringOf, bindAuditKeyring, type AuditKeyring } from '../../src/store/auditKey.js';
import { openStore, type Store } from '../../src/store/client.js';
import { updateUser } from '../../src/store/queries/users.js';
import { createTestStore } from './testStore.js';

/** The password of every test user. */
export const TEST_PASSWORD = 'Qidong-Test-2024';

/** Test users of the demo park: an administrator, the park's officer, and a reviewer for Hunan. */
export const DEMO_USERS = [
  { username: 'admin', displayName: '管理员', role: 'admin' },
  { username: 'officer', displayName: '祁东园区环保专员', role: 'officer', parkCodes: ['S437012'] },
  { username: 'hunan', displayName: '湖南省生态环境厅', role: 'reviewer', regionCode: '430000' },
] as const;

/**
 * Adds a user as an administrator would (createUser), then records its password as chosen by the user itself, as if
 * it had already changed it at its first login: a test user that can work right after signing in.
 */
export async function addTestUser(ctx: ServiceContext, input: Parameters<typeof createUser>[1]) {
  const user = await createUser(ctx, input);
  await updateUser(ctx.db, user.id, { mustChangePassword: false });
  return user;
}

/** Loads the demo park, and the test users when asked, into a migrated store. */
async function seedDemo(store: Store, options: Required<DemoStoreOptions>): Promise<void> {
  const ctx = systemContext(store.db, 'test');
  await seedDemoPark(ctx, { simulatedYear: options.simulatedYear });
  if (options.users) for (const u of DEMO_USERS) await addTestUser(ctx, { ...u, password: TEST_PASSWORD });
}

export interface DemoStoreOptions extends DemoOptions {
  /** Whether to add the test users of DEMO_USERS (default true). */
  users?: boolean;
}

const demoTemplates = new Map<string, Promise<{ dump: Blob; ring: AuditKeyring }>>();

/**
 * The demo store on PGlite as a tarball and the audit key its entries are signed with, made once per test worker
 * and choice of options: a store loaded from it is the store seeding would give, seconds sooner.
 */
function demoTemplate(options: Required<DemoStoreOptions>) {
  const key = `${options.simulatedYear}:${options.users}`;
  let template = demoTemplates.get(key);
  if (!template) {
    template = (async () => {
      const store = await createTestStore('pglite');
      await seedDemo(store, options);
      const made = { dump: await store.dump!(), ring: auditKeyringOf(store.db) };
      await store.close();
      return made;
    })();
    demoTemplates.set(key, template);
  }
  return template;
}

/**
 * A test store of the given kind with the demo park loaded (as `seedDemoPark` loads it) and the test users unless
 * left out. The simulated year of station data is left out unless asked for: it takes seconds to load.
 */
export async function createDemoStore(kind: 'pglite' | 'postgres', options: DemoStoreOptions = {}): Promise<Store> {
  const full = { simulatedYear: options.simulatedYear ?? false, users: options.users ?? true };
  if (kind === 'postgres') {
    const store = await createTestStore(kind);
    await seedDemo(store, full);
    return store;
  }
  const { dump, ring } = await demoTemplate(full);
  const store = await openStore({ memory: true, template: dump });
  bindAuditKeyring(store.db, ring);
  return store;
}

/** {@link createDemoStore} with its users, and the HTTP app on it (not listening). */
export async function createDemoApp(kind: 'pglite' | 'postgres', webRoot?: string, options: DemoOptions = {}): Promise<{ store: Store; app: FastifyInstance }> {
  const store = await createDemoStore(kind, options);
  const app = await buildApp({ store, webRoot });
  return { store, app };
}

export interface Client {
  /** app.inject with this user's session cookie and CSRF header. */
  inject(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
}

/** Signs in through the API and returns a client that sends the session cookie and CSRF token. */
export async function loginAs(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = res.json().csrfToken as string;
  const inject = (opts: InjectOptions) =>
    app.inject({ ...opts, headers: { ...(opts.headers ?? {}), cookie, 'x-csrf-token': csrf } });
  return { inject, get: (url) => inject({ method: 'GET', url }) };
}
