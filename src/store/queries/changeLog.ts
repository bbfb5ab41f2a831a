import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import { auditEntryHash, GENESIS_HASH } from '../auditHash.js';
import type { Db } from '../client.js';
import { changeLog } from '../schema/index.js';

export interface ChangeEntry {
  parkId: number | null;
  entity: string;
  entityId: number;
  action: string;
  actor: string;
  actorUserId: number | null;
  before: unknown;
  after: unknown;
}

/** Any fixed number: the advisory lock that serialises appends to the trail. */
const CHAIN_LOCK = 2120212;

/**
 * Appends an entry to the hash-chained trail. Must run inside the transaction of the change it records, so the
 * entry and the change commit together; the advisory lock keeps ids gap-free and the chain linear under concurrency.
 */
export async function appendChange(db: Db, entry: ChangeEntry): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await db.select({ id: changeLog.id, hash: changeLog.hash }).from(changeLog).orderBy(desc(changeLog.id)).limit(1);
  const id = (last?.id ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date();
  // Round-trip through JSON so the hash covers exactly what jsonb will hold.
  const before = entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before));
  const after = entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after));
  const fields = { ...entry, id, at: at.toISOString(), before, after };
  await db.insert(changeLog).values({ ...fields, at, prevHash, hash: auditEntryHash(prevHash, fields) });
}

export async function listChanges(db: Db, parkId: number, entity: string, entityId: number) {
  return db
    .select({ at: changeLog.at, actor: changeLog.actor, action: changeLog.action, before: changeLog.before, after: changeLog.after })
    .from(changeLog)
    .where(and(eq(changeLog.parkId, parkId), eq(changeLog.entity, entity), eq(changeLog.entityId, entityId)))
    .orderBy(desc(changeLog.id));
}

/** A page of the whole trail in id order, for verification. */
export async function listChangesAfter(db: Db, afterId: number, limit: number) {
  return db.select().from(changeLog).where(gt(changeLog.id, afterId)).orderBy(asc(changeLog.id)).limit(limit);
}
