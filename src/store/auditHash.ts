import { createHash } from 'node:crypto';

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
