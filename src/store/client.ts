import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { bindAuditKeyring, ephemeralAuditKeyring } from './auditKey.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The one database type the queries and services see, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Store {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Applies every migration in src/store/migrations not yet applied. Idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The whole database as a tarball, to start another in-memory store from (PGlite in memory only). */
  dump?: () => Promise<Blob>;
}

export type StoreOptions =
  /** PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/parkeco */
  | { url: string }
  /** PGlite in a data directory (created if missing). */
  | { dataDir: string }
  /**
   * PGlite in memory, for tests; started from `template` (a `dumpDataDir` of another store) when given, which skips
   * PGlite's initdb, its slowest step.
   */
  | { memory: true; template?: Blob };

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens the store: PostgreSQL when a URL is given, PGlite otherwise. */
export async function openStore(options: StoreOptions): Promise<Store> {
  if ('url' in options) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle connection the server ends (a restart, an administrator's kill) is dropped from the pool and the next
    // query opens a new one; without a listener its 'error' event would end the process.
    pool.on('error', (err) => console.error(`PostgreSQL 空闲连接已断开：${err.message}`));
    const db = drizzlePg(pool, { schema });
    return {
      db: db as unknown as Db,
      kind: 'postgres',
      migrate: () => migratePg(db, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  if ('dataDir' in options) {
    mkdirSync(options.dataDir, { recursive: true });
    client = await PGlite.create(options.dataDir);
  } else {
    client = await PGlite.create(options.template ? { loadDataDir: options.template } : {});
  }
  const db = drizzlePglite(client, { schema });
  // A database in memory dies with the process, and so may its audit key. Others load theirs (auditKey.ts).
  if (!('dataDir' in options)) bindAuditKeyring(db as unknown as Db, ephemeralAuditKeyring());
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
    ...('memory' in options ? { dump: () => client.dumpDataDir('none') } : {}),
  };
}

/** Store options from the environment: DATABASE_URL, else PARKECO_DATA_DIR, else ./data. */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env, dataDir?: string): StoreOptions {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: dataDir ?? env.PARKECO_DATA_DIR ?? './data' };
}
