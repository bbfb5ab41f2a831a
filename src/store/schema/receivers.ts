import { integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import type { ReceiverCounters } from '../../domain/monitoring/receiverCounters.js';

/**
 * HJ 212 receivers (接收端) that run or ran on this installation, each writing its counters here so that the API
 * shows every one of them, in the web server's process or not. Installation-level operational data, not a park's:
 * like users, it has no park_id.
 */
export const receivers = pgTable('receivers', {
  id: serial('id').primaryKey(),
  /** The machine's hostname. */
  host: text('host').notNull(),
  port: integer('port').notNull(),
  pid: integer('pid').notNull(),
  /** lenient or strict. */
  mode: text('mode').notNull(),
  // Times by the database's clock, so receivers on several machines are judged by one clock.
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
  stoppedAt: timestamp('stopped_at', { withTimezone: true }),
  stats: jsonb('stats').$type<ReceiverCounters>().notNull(),
});
