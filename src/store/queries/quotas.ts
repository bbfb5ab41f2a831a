import { and, asc, desc, eq, isNull, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { emissionRecords, enterprises, pollutantQuotas } from '../schema/index.js';

export type QuotaRow = typeof pollutantQuotas.$inferSelect;
export type NewQuotaRow = Omit<typeof pollutantQuotas.$inferInsert, 'id' | 'parkId' | 'updatedAt'>;

export type EmissionRow = typeof emissionRecords.$inferSelect;
export type NewEmissionRow = Omit<typeof emissionRecords.$inferInsert, 'id' | 'parkId' | 'updatedAt'>;
/** A stored emission row with its enterprise as the file names it now (null for the park's published total). */
export type EmissionRowWithEnterprise = EmissionRow & { enterpriseName: string | null; creditCode: string | null; enterpriseSeq: number | null };

/** A park's quotas (总量控制指标) in their order. */
export async function listQuotaRows(db: Db, parkId: number): Promise<QuotaRow[]> {
  return db.select().from(pollutantQuotas).where(eq(pollutantQuotas.parkId, parkId)).orderBy(asc(pollutantQuotas.sortOrder), asc(pollutantQuotas.id));
}

/** Replaces a park's quotas by `rows`; returns the new rows. */
export async function replaceQuotaRows(db: Db, parkId: number, rows: readonly NewQuotaRow[]): Promise<QuotaRow[]> {
  await db.delete(pollutantQuotas).where(eq(pollutantQuotas.parkId, parkId));
  if (rows.length === 0) return [];
  return db
    .insert(pollutantQuotas)
    .values(rows.map((r) => ({ ...r, parkId })))
    .returning();
}

const emissionSelect = {
  row: emissionRecords,
  enterpriseName: enterprises.name,
  creditCode: enterprises.creditCode,
  enterpriseSeq: enterprises.seq,
};

type Joined = { row: EmissionRow; enterpriseName: string | null; creditCode: string | null; enterpriseSeq: number | null };
const flatten = ({ row, ...rest }: Joined): EmissionRowWithEnterprise => ({ ...row, ...rest });

/**
 * A park's emission rows of a year: the enterprises' rows in ledger order, then the park's published totals; each
 * enterprise's pollutants in the order they were written.
 */
export async function listEmissionRows(db: Db, parkId: number, year: number): Promise<EmissionRowWithEnterprise[]> {
  const rows = await db
    .select(emissionSelect)
    .from(emissionRecords)
    .leftJoin(enterprises, eq(enterprises.id, emissionRecords.enterpriseId))
    .where(and(eq(emissionRecords.parkId, parkId), eq(emissionRecords.year, year)))
    .orderBy(sql`${emissionRecords.enterpriseId} IS NULL`, asc(enterprises.seq), asc(enterprises.id), asc(emissionRecords.id));
  return rows.map(flatten);
}

export async function getEmissionRow(db: Db, parkId: number, id: number): Promise<EmissionRowWithEnterprise | null> {
  const rows = await db
    .select(emissionSelect)
    .from(emissionRecords)
    .leftJoin(enterprises, eq(enterprises.id, emissionRecords.enterpriseId))
    .where(and(eq(emissionRecords.parkId, parkId), eq(emissionRecords.id, id)));
  return rows[0] ? flatten(rows[0]) : null;
}

/** The row of one enterprise (or, with null, the park's published total) for a pollutant and year, if any. */
export async function findEmissionRow(db: Db, parkId: number, year: number, enterpriseId: number | null, pollutantKey: string): Promise<EmissionRow | null> {
  const rows = await db
    .select()
    .from(emissionRecords)
    .where(
      and(
        eq(emissionRecords.parkId, parkId),
        eq(emissionRecords.year, year),
        enterpriseId === null ? isNull(emissionRecords.enterpriseId) : eq(emissionRecords.enterpriseId, enterpriseId),
        eq(emissionRecords.pollutantKey, pollutantKey),
      ),
    );
  return rows[0] ?? null;
}

/** The years a park has emission rows for, latest first. */
export async function listEmissionYears(db: Db, parkId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: emissionRecords.year })
    .from(emissionRecords)
    .where(eq(emissionRecords.parkId, parkId))
    .orderBy(desc(emissionRecords.year));
  return rows.map((r) => r.year);
}

export async function insertEmissionRow(db: Db, parkId: number, row: NewEmissionRow): Promise<number> {
  const [inserted] = await db.insert(emissionRecords).values({ ...row, parkId }).returning({ id: emissionRecords.id });
  return inserted!.id;
}

export async function updateEmissionRow(db: Db, parkId: number, id: number, row: NewEmissionRow): Promise<void> {
  await db
    .update(emissionRecords)
    .set({ ...row, updatedAt: new Date() })
    .where(and(eq(emissionRecords.parkId, parkId), eq(emissionRecords.id, id)));
}

export async function deleteEmissionRow(db: Db, parkId: number, id: number): Promise<void> {
  await db.delete(emissionRecords).where(and(eq(emissionRecords.parkId, parkId), eq(emissionRecords.id, id)));
}

/**
 * Replaces a year's rows of a kind: the enterprises' rows, or (with `published`) the park's published totals.
 * Returns the new rows.
 */
export async function replaceEmissionRows(db: Db, parkId: number, year: number, kind: 'enterprises' | 'published', rows: readonly NewEmissionRow[]): Promise<EmissionRow[]> {
  await db
    .delete(emissionRecords)
    .where(
      and(
        eq(emissionRecords.parkId, parkId),
        eq(emissionRecords.year, year),
        kind === 'published' ? isNull(emissionRecords.enterpriseId) : isNotNull(emissionRecords.enterpriseId),
      ),
    );
  if (rows.length === 0) return [];
  return db
    .insert(emissionRecords)
    .values(rows.map((r) => ({ ...r, parkId, year })))
    .returning();
}
