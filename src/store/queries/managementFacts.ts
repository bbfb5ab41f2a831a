import { and, asc, desc, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Db } from '../client.js';
import { emissionRecords, enterprises, managementFacts } from '../schema/index.js';

export type ManagementFactsRow = typeof managementFacts.$inferSelect;

/** A park's facts of one year, or null. */
export async function getManagementFactsRow(db: Db, parkId: number, year: number): Promise<ManagementFactsRow | null> {
  const [row] = await db
    .select()
    .from(managementFacts)
    .where(and(eq(managementFacts.parkId, parkId), eq(managementFacts.year, year)));
  return row ?? null;
}

/** The latest year before `year` with facts, or null. */
export async function getPreviousManagementFactsRow(db: Db, parkId: number, year: number): Promise<ManagementFactsRow | null> {
  const [row] = await db
    .select()
    .from(managementFacts)
    .where(and(eq(managementFacts.parkId, parkId), lt(managementFacts.year, year)))
    .orderBy(desc(managementFacts.year))
    .limit(1);
  return row ?? null;
}

/** Writes a year's facts (insert or replace); returns the row. */
export async function upsertManagementFactsRow(db: Db, parkId: number, year: number, facts: unknown, updatedBy: string): Promise<ManagementFactsRow> {
  const [row] = await db
    .insert(managementFacts)
    .values({ parkId, year, facts, updatedBy })
    .onConflictDoUpdate({ target: [managementFacts.parkId, managementFacts.year], set: { facts, updatedBy, updatedAt: new Date() } })
    .returning();
  return row!;
}

/**
 * The enterprises with emission-ledger rows of the year for any of `pollutantKeys` (enterprise rows only, not the
 * park's published totals), each once, in ledger order.
 */
export async function listEnterprisesWithEmissions(
  db: Db,
  parkId: number,
  year: number,
  pollutantKeys: readonly string[],
): Promise<{ id: number; name: string; creditCode: string | null }[]> {
  return db
    .selectDistinct({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode, seq: enterprises.seq })
    .from(emissionRecords)
    .innerJoin(enterprises, and(eq(enterprises.id, emissionRecords.enterpriseId), eq(enterprises.parkId, parkId)))
    .where(
      and(
        eq(emissionRecords.parkId, parkId),
        eq(emissionRecords.year, year),
        isNotNull(emissionRecords.enterpriseId),
        inArray(emissionRecords.pollutantKey, [...pollutantKeys]),
      ),
    )
    .orderBy(asc(enterprises.seq), asc(enterprises.id))
    .then((rows) => rows.map(({ id, name, creditCode }) => ({ id, name, creditCode })));
}
