import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The hash before the first entry of the trail. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level: the same value always gives the same text, as jsonb reorders keys. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface HashedFields {
  id: number;
  parkId: number | null;
  entity: string;
  entityId: number;
  action: string;
  actor: string;
  actorUserId: number | null;
  /** ISO 8601 with milliseconds, UTC. */
  at: string;
  before: unknown;
  after: unknown;
}

/** SHA-256 over the previous entry's hash and this entry's fields. */
export function auditEntryHash(prevHash: string, f: HashedFields): string {
  return createHash('sha256').update(`${prevHash}\n${canonicalJson(f)}`).digest('hex');
}

/*
 * The chain above gives order and finds an entry changed alone, but anyone who can write the table can recompute
 * it. The MACs below need the audit key, which never enters the database. Each input starts with its own label so
 * an entry MAC can never pass for a checkpoint signature or the other way round.
 */

/** HMAC-SHA256, with the audit key, of an entry's hash (which covers its id, fields and the hash before it). */
export function entryMac(key: Buffer, hash: string): string {
  return createHmac('sha256', key).update(`parkeco audit entry v1\n${hash}`).digest('hex');
}

/** The signed head of the trail: its last entry's id (= the number of entries) and hash, and when it was taken. */
export interface CheckpointFields {
  entryId: number;
  headHash: string;
  /** ISO 8601 with milliseconds, UTC. */
  at: string;
}

/** HMAC-SHA256, with the audit key, of a checkpoint. */
export function checkpointMac(key: Buffer, c: CheckpointFields): string {
  return createHmac('sha256', key).update(`parkeco audit checkpoint v1\n${c.entryId}\n${c.headHash}\n${c.at}`).digest('hex');
}

/** Compares two hex MACs in constant time. */
export function macEquals(a: string | null, b: string): boolean {
  if (a === null || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
