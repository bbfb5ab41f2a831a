import { and, asc, desc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { auditEntryHash, checkpointMac, entryMac, GENESIS_HASH, type CheckpointFields } from '../auditHash.js';
import type { Db } from '../client.js';
import { auditCheckpoints, changeLog } from '../schema/index.js';

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

/** A checkpoint is written with every entry whose id is a multiple of this, besides those of `sealAuditHead`. */
export const CHECKPOINT_EVERY = 100;

/** Holds the trail's lock until the transaction ends: no entry is appended meanwhile. */
export async function lockTrail(db: Db): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`);
}

/**
 * Appends an entry to the hash-chained trail, with its MAC under the audit key `key`. Must run inside the
 * transaction of the change it records, so the entry and the change commit together; the advisory lock keeps ids
 * gap-free and the chain linear under concurrency.
 */
export async function appendChange(db: Db, entry: ChangeEntry, key: Buffer): Promise<void> {
  await lockTrail(db);
  const last = await trailHead(db);
  const id = (last?.id ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date();
  // Round-trip through JSON so the hash covers exactly what jsonb will hold.
  const before = entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before));
  const after = entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after));
  const fields = { ...entry, id, at: at.toISOString(), before, after };
  const hash = auditEntryHash(prevHash, fields);
  await db.insert(changeLog).values({ ...fields, at, prevHash, hash, mac: entryMac(key, hash) });
  if (id % CHECKPOINT_EVERY === 0) await insertCheckpoint(db, key, { entryId: id, headHash: hash, at: at.toISOString() });
}

/** The trail's last entry, or null when it is empty. */
export async function trailHead(db: Db): Promise<{ id: number; hash: string } | null> {
  const [last] = await db.select({ id: changeLog.id, hash: changeLog.hash }).from(changeLog).orderBy(desc(changeLog.id)).limit(1);
  return last ?? null;
}

/** The stored hash of entry `id`, or null when there is no such entry. */
export async function entryHashAt(db: Db, id: number): Promise<string | null> {
  const [row] = await db.select({ hash: changeLog.hash }).from(changeLog).where(eq(changeLog.id, id));
  return row?.hash ?? null;
}

/** Whether anything in the trail was signed with an audit key: an entry with a MAC, or a checkpoint. */
export async function trailIsSigned(db: Db): Promise<boolean> {
  const [entry] = await db.select({ id: changeLog.id }).from(changeLog).where(isNotNull(changeLog.mac)).limit(1);
  const [checkpoint] = await db.select({ id: auditCheckpoints.entryId }).from(auditCheckpoints).limit(1);
  return Boolean(entry || checkpoint);
}

/** Signs and stores a checkpoint of the head; a second one at the same entry is ignored. Returns the stored row. */
export async function insertCheckpoint(db: Db, key: Buffer, c: CheckpointFields) {
  const row = { ...c, mac: checkpointMac(key, c) };
  await db
    .insert(auditCheckpoints)
    .values({ ...row, at: new Date(c.at) })
    .onConflictDoNothing();
  return row;
}

/** Every checkpoint in entry order, with `at` as ISO text (as it was signed). */
export async function listCheckpoints(db: Db) {
  const rows = await db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.entryId));
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
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
