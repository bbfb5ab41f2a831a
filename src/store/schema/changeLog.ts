import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The audit trail: every create, update and delete of ledger data — who, when, what (before and after).
 * Append-only and hash-chained: `hash` = SHA-256 over `prevHash` and the entry's canonical fields, so
 * `parkeco audit verify` finds an entry changed or removed behind the platform's back. A trigger refuses UPDATE
 * and DELETE (migration 0002). No foreign key: the trail outlives what it describes.
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
  },
  (t) => [index('change_log_park_id_entity_idx').on(t.parkId, t.entity, t.entityId)],
);
