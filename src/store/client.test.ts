import pg from 'pg';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestStore, postgresReachable } from '../../test/helpers/testStore.js';

describe.skipIf(!(await postgresReachable()))('the PostgreSQL store', () => {
  it('survives the server ending its idle connections, and the next query opens a new one', async () => {
    const store = await createTestStore('postgres');
    const backendPid = async () => ((await store.db.execute(sql`select pg_backend_pid() as pid`)) as unknown as { rows: { pid: number }[] }).rows[0]!.pid;
    try {
      const pid = await backendPid();
      const admin = new pg.Client({ connectionString: process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      await new Promise((r) => setTimeout(r, 200)); // the pool hears of it as an 'error' on the idle client
      expect(await backendPid()).not.toBe(pid);
    } finally {
      await store.close();
    }
  });
});
