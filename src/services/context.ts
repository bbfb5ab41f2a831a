import { shareAuditKeyring } from '../store/auditKey.js';
import type { Db } from '../store/client.js';
import type { Actor } from './auth/actor.js';

/** What every service verb receives: the database (or a transaction on it) and who is acting. */
export interface ServiceContext {
  db: Db;
  actor: Actor;
}

/** A context for the platform's own work or the CLI, not limited by roles. */
export const systemContext = (db: Db, name: 'system' | 'cli' | 'test' = 'system'): ServiceContext => ({
  db,
  actor: { kind: 'system', name },
});

/** Runs `fn` in a transaction, joining the caller's when the context already carries one. */
export async function withTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  if (inTransaction.has(ctx.db)) return fn(ctx);
  return ctx.db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    inTransaction.add(txDb);
    shareAuditKeyring(ctx.db, txDb);
    return fn({ ...ctx, db: txDb });
  });
}

/**
 * Runs `fn` in one read-only, repeatable-read transaction (or the caller's transaction), so everything a report
 * reads is one consistent snapshot of the data.
 */
export async function withReadTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  if (inTransaction.has(ctx.db)) return fn(ctx);
  return ctx.db.transaction(
    async (tx) => {
      const txDb = tx as unknown as Db;
      inTransaction.add(txDb);
      return fn({ ...ctx, db: txDb });
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

const inTransaction = new WeakSet<Db>();
