import pg from 'pg';
import { bindAuditKeyring, ephemeralAuditKeyring } from '../../src/store/auditKey.js';
import { openStore, type Store } from '../../src/store/client.js';

/** PostgreSQL server for tests: TEST_PG_URL, else the local server CI starts. */
const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let reachable: Promise<boolean> | null = null;

/** Whether a PostgreSQL server answers; checked once per test file. */
export function postgresReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      return false;
    }
  })();
  return reachable;
}

/** The store kinds this run can test: PGlite always, PostgreSQL when a server is reachable. */
export async function storeKinds(): Promise<('pglite' | 'postgres')[]> {
  return (await postgresReachable()) ? ['pglite', 'postgres'] : ['pglite'];
}

let template: Promise<Blob> | null = null;

/** A migrated, empty PGlite database as a tarball, made once per test worker: loading it is seconds faster than initdb. */
function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const store = await openStore({ memory: true });
    await store.migrate();
    const dump = await store.dump!();
    await store.close();
    return dump;
  })();
  return template;
}

/**
 * A migrated, empty store. PGlite in memory, or a PostgreSQL database created for this store alone
 * and dropped when it is closed.
 */
export async function createTestStore(kind: 'pglite' | 'postgres' = 'pglite'): Promise<Store> {
  if (kind === 'pglite') {
    const store = await openStore({ memory: true, template: await migratedTemplate() });
    // The template is migrated; this applies nothing unless a migration was added since, and keeps the call honest.
    await store.migrate();
    return store;
  }
  const name = `parkeco_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const store = await openStore({ url: url.toString() });
  await store.migrate();
  // The database is dropped with the store, so its audit key may live in memory too.
  bindAuditKeyring(store.db, ephemeralAuditKeyring());
  return {
    ...store,
    close: async () => {
      await store.close();
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
