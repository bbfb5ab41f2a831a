import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../src/services/audit/verifyAuditTrail.js';
import { systemContext } from '../../src/services/context.js';
import { createEnterprise, updateEnterprise } from '../../src/services/enterprises/enterpriseVerbs.js';
import type { Store } from '../../src/store/client.js';
import { createDemoApp } from '../helpers/demoApp.js';
import { storeKinds } from '../helpers/testStore.js';

describe.each(await storeKinds())('hash-chained audit trail on %s', (kind) => {
  let store: Store;
  const ctx = () => systemContext(store.db, 'test');
  const run = (q: ReturnType<typeof sql>) => store.db.execute(q);

  beforeAll(async () => {
    ({ store } = await createDemoApp(kind));
    const e = await createEnterprise(ctx(), 'S437012', { name: '审计测试企业', status: 'construction' });
    await updateEnterprise(ctx(), 'S437012', e.id, { name: '审计测试企业', status: 'operating' });
  });
  afterAll(async () => {
    await store.close();
  });

  it('verifies an untouched trail: the demo load, users and changes', async () => {
    const r = await verifyAuditTrail(ctx(), 7);
    expect(r.ok).toBe(true);
    // park + 50 enterprises + 4 stations + 3 users + create + update
    expect(r.entries).toBe(1 + 50 + 4 + 3 + 2);
  });

  it('refuses UPDATE and DELETE on the trail', async () => {
    const failure = (q: ReturnType<typeof sql>) =>
      run(q).then(
        () => 'no error',
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
    expect(await failure(sql`UPDATE change_log SET actor = 'x' WHERE id = 1`)).toContain('append-only');
    expect(await failure(sql`DELETE FROM change_log WHERE id = 1`)).toContain('append-only');
  });

  it('names the first entry changed behind the platform’s back', async () => {
    await run(sql`ALTER TABLE change_log DISABLE TRIGGER change_log_append_only`);
    await run(sql`UPDATE change_log SET after = jsonb_set(after, '{name}', '"改过的名字"') WHERE id = 20`);
    await run(sql`UPDATE change_log SET actor = 'someone' WHERE id = 30`);
    const r = await verifyAuditTrail(ctx());
    expect(r).toEqual({ ok: false, entries: 19, firstBad: { id: 20, problem: '第20条记录的内容与其哈希不符，记录被篡改' } });
  });

  it('names a removed entry', async () => {
    await run(sql`DELETE FROM change_log WHERE id IN (20, 30)`);
    const r = await verifyAuditTrail(ctx());
    expect(r.firstBad).toEqual({ id: 20, problem: '第20条记录缺失（下一条为第21条），记录被删除' });
    await run(sql`ALTER TABLE change_log ENABLE TRIGGER change_log_append_only`);
  });
});
