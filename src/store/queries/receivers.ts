import { desc, eq, getTableColumns, gte, lt, sql } from 'drizzle-orm';
import type { ReceiverCounters } from '../../domain/monitoring/receiverCounters.js';
import type { Db } from '../client.js';
import { receivers } from '../schema/index.js';

export type ReceiverRow = typeof receivers.$inferSelect;

/** Registers a starting receiver and forgets those not heard from for 7 days. */
export async function registerReceiver(db: Db, r: { host: string; port: number; pid: number; mode: string; stats: ReceiverCounters }): Promise<number> {
  await db.delete(receivers).where(lt(receivers.heartbeatAt, sql`now() - interval '7 days'`));
  const [row] = await db.insert(receivers).values(r).returning({ id: receivers.id });
  return row.id;
}

export async function heartbeatReceiver(db: Db, id: number, stats: ReceiverCounters): Promise<void> {
  await db.update(receivers).set({ heartbeatAt: sql`now()`, stats }).where(eq(receivers.id, id));
}

export async function stopReceiver(db: Db, id: number, stats: ReceiverCounters): Promise<void> {
  await db.update(receivers).set({ heartbeatAt: sql`now()`, stoppedAt: sql`now()`, stats }).where(eq(receivers.id, id));
}

/** Receivers heard from in the last 24 hours, newest first, with the database's time to judge their heartbeats by. */
export async function listRecentReceivers(db: Db): Promise<(ReceiverRow & { now: Date })[]> {
  return db
    .select({ ...getTableColumns(receivers), now: sql`now()`.mapWith(receivers.heartbeatAt) })
    .from(receivers)
    .where(gte(receivers.heartbeatAt, sql`now() - interval '24 hours'`))
    .orderBy(desc(receivers.heartbeatAt), desc(receivers.id))
    .limit(20);
}
