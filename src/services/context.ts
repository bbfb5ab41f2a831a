import type { Db } from '../store/client.js';

/** What every service verb receives: the database (or a transaction on it) and who is acting. */
export interface ServiceContext {
  db: Db;
  /** Recorded in the change log. Until users exist (issue 3) this is the interface that acted: web, cli, import. */
  actor: string;
}

/** Runs `fn` in a transaction, joining the caller's when the context already carries one. */
export async function withTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  if (inTransaction.has(ctx.db)) return fn(ctx);
  return ctx.db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    inTransaction.add(txDb);
    return fn({ ...ctx, db: txDb });
  });
}

const inTransaction = new WeakSet<Db>();
