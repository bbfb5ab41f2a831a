import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { parks } from './parks.js';

/** Every create, update and delete of ledger data: who, when, what (before and after). Append-only. */
export const changeLog = pgTable(
  'change_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    /** enterprise | park | … */
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    /** create | update | delete | import */
    action: text('action').notNull(),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('change_log_park_id_entity_idx').on(t.parkId, t.entity, t.entityId)],
);
