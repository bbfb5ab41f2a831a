import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { enterprises, wasteLedgerRows } from '../schema/index.js';

export type WasteLedgerRow = typeof wasteLedgerRows.$inferSelect;
export type NewWasteLedgerRow = Omit<typeof wasteLedgerRows.$inferInsert, 'id' | 'parkId' | 'year' | 'importedAt'>;
/**
 * A stored row with the enterprise it belongs to, as the file names it now (`enterpriseName`); the name the imported
 * table wrote, where it differed, is the row's own `nameInTable`.
 */
export type WasteLedgerRowWithEnterprise = WasteLedgerRow & { enterpriseName: string; creditCode: string | null };

/** The park's enterprises as a register row is linked to them: id, name and credit code, in ledger order. */
export async function listEnterpriseIdentities(db: Db, parkId: number): Promise<{ id: number; name: string; creditCode: string | null }[]> {
  return db
    .select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode })
    .from(enterprises)
    .where(eq(enterprises.parkId, parkId))
    .orderBy(asc(enterprises.seq), asc(enterprises.id));
}

/** A park's ledger rows of one year, in table order, with their enterprises' names and credit codes. */
export async function listWasteLedgerRows(db: Db, parkId: number, year: number): Promise<WasteLedgerRowWithEnterprise[]> {
  const rows = await db
    .select({ row: wasteLedgerRows, enterpriseName: enterprises.name, creditCode: enterprises.creditCode })
    .from(wasteLedgerRows)
    .innerJoin(enterprises, eq(enterprises.id, wasteLedgerRows.enterpriseId))
    .where(and(eq(wasteLedgerRows.parkId, parkId), eq(wasteLedgerRows.year, year)))
    .orderBy(asc(wasteLedgerRows.seq), asc(wasteLedgerRows.id));
  return rows.map(({ row, enterpriseName, creditCode }) => ({ ...row, enterpriseName, creditCode }));
}

/** Replaces a park's rows of one year by `rows`; returns the new rows' ids with their enterprises. */
export async function replaceWasteLedgerYear(db: Db, parkId: number, year: number, rows: readonly NewWasteLedgerRow[]): Promise<{ id: number; enterpriseId: number }[]> {
  await db.delete(wasteLedgerRows).where(and(eq(wasteLedgerRows.parkId, parkId), eq(wasteLedgerRows.year, year)));
  if (rows.length === 0) return [];
  return db
    .insert(wasteLedgerRows)
    .values(rows.map((r) => ({ ...r, parkId, year })))
    .returning({ id: wasteLedgerRows.id, enterpriseId: wasteLedgerRows.enterpriseId });
}
