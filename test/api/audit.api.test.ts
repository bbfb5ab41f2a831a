import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordChange } from '../../src/services/audit/recordChange.js';
import { checkpointTime, sealAuditHead } from '../../src/services/audit/sealAuditHead.js';
import { verifyAuditTrail } from '../../src/services/audit/verifyAuditTrail.js';
import { systemContext, withTransaction, type ServiceContext } from '../../src/services/context.js';
import { createEnterprise, updateEnterprise } from '../../src/services/enterprises/enterpriseVerbs.js';
import { auditEntryHash, checkpointMac } from '../../src/store/auditHash.js';
import { bindAuditKeyring } from '../../src/store/auditKey.js';
import type { Store } from '../../src/store/client.js';
import { CHECKPOINT_EVERY, listChangesAfter, listCheckpoints } from '../../src/store/queries/changeLog.js';
import { createDemoApp } from '../helpers/demoApp.js';
import { createTestStore, storeKinds } from '../helpers/testStore.js';

const kinds = await storeKinds();

describe.each(kinds)('hash-chained audit trail on %s', (kind) => {
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

  it('verifies an untouched trail: the demo load, users and changes, every entry signed', async () => {
    const r = await verifyAuditTrail(ctx(), 7);
    // park + 50 enterprises + 4 stations + 3 monitoring points + the 2024 plan's 18 points, 8 items and 1 lab-results
    // import + the city station's point and its 2 years of entered figures + the registers (36 waste rows and the
    // 二（六）text; 3 requirement sources, 26 requirements, 26 implementations and the 二（二）text; the admission
    // rules; the management facts; 4 quotas and 8 published totals) + 3 users + create + update
    // Credit (issue 12): the 2024 honour, seed 000's 2024 evaluation created, its 23 item scores and its submission.
    const registers = 36 + 1 + (3 + 26 + 26 + 1) + 1 + 1 + (4 + 8) + (1 + 1 + 23 + 1);
    const entries = 1 + 50 + 4 + 3 + 18 + 8 + 1 + 3 + registers + 3 + 2;
    // The trail checkpoints itself at every CHECKPOINT_EVERY-th entry (100, 200, …).
    const automatic = Math.floor(entries / CHECKPOINT_EVERY);
    expect(r).toEqual({ ok: true, entries, firstBad: null, unsigned: 0, checkpoints: automatic, findings: [] });
    const sealed = await sealAuditHead(ctx());
    expect(sealed.checkpoint?.entryId).toBe(226);
    expect((await verifyAuditTrail(ctx())).checkpoints).toBe(automatic + 1);
  });

  it('refuses UPDATE and DELETE on the trail and on its checkpoints', async () => {
    const failure = (q: ReturnType<typeof sql>) =>
      run(q).then(
        () => 'no error',
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
    expect(await failure(sql`UPDATE change_log SET actor = 'x' WHERE id = 1`)).toContain('append-only');
    expect(await failure(sql`DELETE FROM change_log WHERE id = 1`)).toContain('append-only');
    expect(await failure(sql`UPDATE audit_checkpoints SET entry_id = 1`)).toContain('append-only');
    expect(await failure(sql`DELETE FROM audit_checkpoints`)).toContain('append-only');
  });

  it('names the first entry changed behind the platform’s back', async () => {
    await run(sql`ALTER TABLE change_log DISABLE TRIGGER change_log_append_only`);
    await run(sql`UPDATE change_log SET after = jsonb_set(after, '{name}', '"改过的名字"') WHERE id = 20`);
    await run(sql`UPDATE change_log SET actor = 'someone' WHERE id = 30`);
    const r = await verifyAuditTrail(ctx());
    expect(r.firstBad).toEqual({ id: 20, problem: '第20条记录的内容与其哈希不符，记录被篡改' });
    expect(r.entries).toBe(19);
    expect(r.findings).toEqual([{ kind: 'entry', message: '第20条记录的内容与其哈希不符，记录被篡改（此前19条完好）' }]);
  });

  it('names a removed entry', async () => {
    await run(sql`DELETE FROM change_log WHERE id IN (20, 30)`);
    const r = await verifyAuditTrail(ctx());
    expect(r.firstBad).toEqual({ id: 20, problem: '第20条记录缺失（下一条为第21条），记录被删除' });
    await run(sql`ALTER TABLE change_log ENABLE TRIGGER change_log_append_only`);
  });
});

/**
 * An attacker with full database access (a superuser who disables the append-only triggers) but without the audit
 * key, which lives outside the database.
 */
describe.each(kinds)('the audit trail against an attacker with database access on %s', (kind) => {
  let store: Store;
  let ctx: ServiceContext;
  const run = (q: ReturnType<typeof sql>) => store.db.execute(q);

  /** Appends `n` changes as the services do, each in its own transaction. */
  async function appendChanges(n: number) {
    for (let i = 0; i < n; i++) {
      await withTransaction(ctx, (tx) =>
        recordChange(tx, { parkId: 1, entity: 'enterprise', entityId: i + 1, action: 'create', before: null, after: { name: `企业${i + 1}` } }),
      );
    }
  }

  async function disableTriggers() {
    await run(sql`ALTER TABLE change_log DISABLE TRIGGER change_log_append_only`);
    await run(sql`ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_append_only`);
  }

  /** Sets entry `from`'s `after` to `after` and recomputes every hash from there on with the public, unkeyed function. */
  async function rechainFrom(from: number, after: unknown, opts: { dropMacs?: boolean } = {}) {
    const rows = await listChangesAfter(store.db, 0, 10_000);
    let prevHash = rows[from - 2]?.hash ?? '0'.repeat(64);
    for (const row of rows.slice(from - 1)) {
      const fields = { ...row, after: row.id === from ? after : row.after, at: row.at.toISOString() };
      const hash = auditEntryHash(prevHash, {
        id: fields.id,
        parkId: fields.parkId,
        entity: fields.entity,
        entityId: fields.entityId,
        action: fields.action,
        actor: fields.actor,
        actorUserId: fields.actorUserId,
        at: fields.at,
        before: fields.before,
        after: fields.after,
      });
      const mac = opts.dropMacs ? null : row.mac;
      await run(
        sql`UPDATE change_log SET after = ${JSON.stringify(fields.after)}::jsonb, prev_hash = ${prevHash}, hash = ${hash}, mac = ${mac} WHERE id = ${row.id}`,
      );
      prevHash = hash;
    }
  }

  beforeEach(async () => {
    store = await createTestStore(kind);
    ctx = systemContext(store.db, 'test');
    await appendChanges(12);
  });
  afterEach(async () => {
    await store.close();
  });

  it('reports a trail cut shorter than its last checkpoint, naming the checkpoint and the count found', async () => {
    const { checkpoint } = await sealAuditHead(ctx);
    expect(checkpoint).toMatchObject({ entryId: 12 });
    await disableTriggers();
    await run(sql`DELETE FROM change_log WHERE id > 9`);
    const r = await verifyAuditTrail(ctx);
    expect(r.ok).toBe(false);
    // The 9 entries left are intact; what is wrong is what is missing after them.
    expect(r.firstBad).toBeNull();
    expect(r.entries).toBe(9);
    expect(r.findings).toEqual([
      { kind: 'truncated', message: `变更记录只有9条，短于${checkpointTime(checkpoint!.at)}的检查点记录的12条：末尾3条记录被删除` },
    ]);
    // Sealing again must not launder the cut by signing the shorter head.
    expect((await sealAuditHead(ctx)).refused).toBe(`变更记录只有9条，短于${checkpointTime(checkpoint!.at)}的检查点（12条）`);
    expect((await verifyAuditTrail(ctx)).findings.map((f) => f.kind)).toEqual(['truncated']);
  });

  it('checkpoints the head every 100 entries without being asked, so a cut tail shows even before any seal', async () => {
    await appendChanges(100 - 12);
    expect((await listCheckpoints(store.db)).map((c) => c.entryId)).toEqual([100]);
    await disableTriggers();
    await run(sql`DELETE FROM change_log WHERE id > 95`);
    const r = await verifyAuditTrail(ctx);
    expect(r.findings).toEqual([expect.objectContaining({ kind: 'truncated', message: expect.stringMatching(/^变更记录只有95条，短于.*的检查点记录的100条：末尾5条记录被删除$/) })]);
  });

  it('names the first altered entry when every later hash was recomputed without the key', async () => {
    await disableTriggers();
    await rechainFrom(5, { name: '伪造的企业' });
    // The unkeyed chain now holds together again ...
    const rows = await listChangesAfter(store.db, 0, 100);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    // ... but the MAC of entry 5 was made over its old hash.
    const r = await verifyAuditTrail(ctx);
    expect(r.firstBad).toEqual({
      id: 5,
      problem: '第5条记录的签名与其哈希不符：记录被改动后重算了哈希（或所用审计密钥不是写入时的密钥）',
    });
    expect(r.entries).toBe(4);
    expect(r.ok).toBe(false);
  });

  it('names the first altered entry when its MAC and every later one were removed', async () => {
    await disableTriggers();
    await rechainFrom(5, { name: '伪造的企业' }, { dropMacs: true });
    const r = await verifyAuditTrail(ctx);
    expect(r.firstBad).toEqual({ id: 5, problem: '第5条记录缺少签名，而此前的记录已签名：记录被改动后重算了哈希' });
  });

  it('catches a whole trail rewritten to look as if it came before the key, by its checkpoint', async () => {
    const { checkpoint } = await sealAuditHead(ctx);
    await disableTriggers();
    await rechainFrom(1, { name: '伪造的企业' }, { dropMacs: true });
    const r = await verifyAuditTrail(ctx);
    expect(r.firstBad).toEqual({
      id: 12,
      problem: `第12条记录的哈希与${checkpointTime(checkpoint!.at)}的检查点不符：此前的记录被改动后重算了哈希`,
    });
  });

  it('reports a forged checkpoint by its signature', async () => {
    await disableTriggers();
    const at = '2026-12-01T00:00:00.000Z';
    // Signed with a key of the attacker's own: the right form, the wrong key.
    const mac = checkpointMac(Buffer.alloc(32, 7), { entryId: 40, headHash: 'f'.repeat(64), at });
    await run(sql`INSERT INTO audit_checkpoints (entry_id, head_hash, at, mac) VALUES (40, ${'f'.repeat(64)}, ${at}, ${mac})`);
    const r = await verifyAuditTrail(ctx);
    expect(r.findings).toEqual([
      { kind: 'checkpoint', message: `数据库中第40条处${checkpointTime(at)}的检查点签名不符：检查点被伪造或改动` },
    ]);
    // A forged checkpoint is not trusted: it neither claims a truncation nor blocks sealing the real head.
    expect((await sealAuditHead(ctx)).checkpoint).toMatchObject({ entryId: 12 });
  });

  it('says so when the audit key is missing, and refuses to write an unsigned entry', async () => {
    bindAuditKeyring(store.db, { key: null, missing: '未配置审计密钥', headFile: null });
    const r = await verifyAuditTrail(ctx);
    expect(r.ok).toBe(false);
    expect(r.entries).toBe(12);
    expect(r.findings).toEqual([{ kind: 'key', message: '未配置审计密钥：无法核验签名和检查点，只核验了哈希链' }]);
    await expect(appendChanges(1)).rejects.toThrow('无法写入变更记录：未配置审计密钥');
  });

  it('verifies entries from before the key by the chain only, and says how many', async () => {
    // A trail written before this change: the same chain, no MACs on its first entries.
    await disableTriggers();
    await run(sql`UPDATE change_log SET mac = NULL WHERE id <= 7`);
    const r = await verifyAuditTrail(ctx);
    expect(r).toMatchObject({ ok: true, entries: 12, unsigned: 7, findings: [] });
  });
});
