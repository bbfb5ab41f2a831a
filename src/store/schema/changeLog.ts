import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The audit trail: every create, update and delete of ledger data — who, when, what (before and after).
 * Append-only and hash-chained: `hash` = SHA-256 over `prevHash` and the entry's canonical fields, so
 * `parkeco audit verify` finds an entry changed or removed behind the platform's back. A trigger refuses UPDATE
 * and DELETE (migration 0001). No foreign key: the trail outlives what it describes.
 *
 * The chain alone can be recomputed by anyone who can write the table; `mac` cannot: it is an HMAC over `hash`
 * with the audit key, which lives outside the database (`store/auditKey.ts`). Entries written before the key
 * existed have no `mac`; once one entry has it, every later one must.
 */
export const changeLog = pgTable(
  'change_log',
  {
    /** 1, 2, 3 … without gaps: a missing number is a removed entry. */
    id: bigint('id', { mode: 'number' }).primaryKey(),
    parkId: integer('park_id'),
    /** enterprise | park | user | … */
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    /** create | update | delete | import | login … */
    action: text('action').notNull(),
    /** User name, or the interface when no user acted (system, cli). */
    actor: text('actor').notNull(),
    actorUserId: integer('actor_user_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** HMAC-SHA256 of `hash` with the audit key (`auditHash.ts#entryMac`); null only before the key existed. */
    mac: text('mac'),
  },
  (t) => [index('change_log_park_id_entity_idx').on(t.parkId, t.entity, t.entityId)],
);

/**
 * Signed heads of the trail: "the trail had `entryId` entries and its last hash was `headHash`", signed with the
 * audit key. Written every CHECKPOINT_EVERY entries, when the server starts and stops and when a CLI command ends;
 * the newest one is also kept in a file outside the database (`auditKey.ts#headFile`). A trail shorter than a
 * checkpoint has lost its tail; a trail whose hash at `entryId` differs was rewritten. Append-only (trigger).
 * One chain for the whole platform (ids are global), so checkpoints carry no park.
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  /** The id of the trail's last entry at the checkpoint, which is also the number of entries. */
  entryId: bigint('entry_id', { mode: 'number' }).primaryKey(),
  headHash: text('head_hash').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  /** HMAC-SHA256 of entryId, headHash and at with the audit key (`auditHash.ts#checkpointMac`). */
  mac: text('mac').notNull(),
});
