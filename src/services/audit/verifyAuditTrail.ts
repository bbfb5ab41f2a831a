import { auditEntryHash, GENESIS_HASH } from '../../store/auditHash.js';
import { listChangesAfter } from '../../store/queries/changeLog.js';
import type { ServiceContext } from '../context.js';

export interface AuditVerification {
  ok: boolean;
  /** Entries checked. */
  entries: number;
  /** The first entry found altered or missing, and what is wrong with it. */
  firstBad: { id: number; problem: string } | null;
}

/**
 * Walks the audit trail from the first entry and names the first one that was altered or removed: ids must run
 * 1, 2, 3 … without gaps, each entry must point at the hash of the one before, and its own hash must match its fields.
 */
export async function verifyAuditTrail(ctx: ServiceContext, pageSize = 1000): Promise<AuditVerification> {
  let expectedId = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const page = await listChangesAfter(ctx.db, expectedId - 1, pageSize);
    for (const row of page) {
      const bad = (problem: string) => ({ ok: false, entries: expectedId - 1, firstBad: { id: expectedId, problem } });
      if (row.id !== expectedId) return bad(`第${expectedId}条记录缺失（下一条为第${row.id}条），记录被删除`);
      if (row.prevHash !== prevHash) return bad(`第${row.id}条记录的前序哈希与第${row.id - 1}条不符，记录链被改动`);
      const hash = auditEntryHash(prevHash, {
        id: row.id,
        parkId: row.parkId,
        entity: row.entity,
        entityId: row.entityId,
        action: row.action,
        actor: row.actor,
        actorUserId: row.actorUserId,
        at: row.at.toISOString(),
        before: row.before,
        after: row.after,
      });
      if (hash !== row.hash) return bad(`第${row.id}条记录的内容与其哈希不符，记录被篡改`);
      prevHash = row.hash;
      expectedId++;
    }
    if (page.length < pageSize) return { ok: true, entries: expectedId - 1, firstBad: null };
  }
}
