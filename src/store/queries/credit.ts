import { and, asc, desc, eq, exists, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { creditEvaluations, creditItemScores, creditSchemes, parkHonours } from '../schema/credit.js';
import { readings, stations } from '../schema/monitoring.js';
import { parks } from '../schema/parks.js';

/** Queries of issue 12's credit self-evaluation: stored schemes, evaluations with their item scores, park honours. */

export type CreditSchemeRow = typeof creditSchemes.$inferSelect;
export type CreditEvaluationRow = typeof creditEvaluations.$inferSelect;
export type CreditItemScoreRow = typeof creditItemScores.$inferSelect;
export type ParkHonourRow = typeof parkHonours.$inferSelect;
export type NewParkHonour = Omit<typeof parkHonours.$inferInsert, 'id' | 'parkId' | 'updatedAt'>;

/** Every stored scheme version, by scheme id then load order. */
export async function listCreditSchemeRows(db: Db): Promise<CreditSchemeRow[]> {
  return db.select().from(creditSchemes).orderBy(asc(creditSchemes.schemeId), asc(creditSchemes.id));
}

export async function getCreditSchemeRow(db: Db, schemeId: string, version: string): Promise<CreditSchemeRow | null> {
  const [row] = await db
    .select()
    .from(creditSchemes)
    .where(and(eq(creditSchemes.schemeId, schemeId), eq(creditSchemes.version, version)));
  return row ?? null;
}

export async function insertCreditSchemeRow(
  db: Db,
  row: { schemeId: string; version: string; data: unknown; source: string; loadedBy: string },
): Promise<CreditSchemeRow> {
  const [inserted] = await db.insert(creditSchemes).values(row).returning();
  return inserted!;
}

export async function getCreditEvaluationRow(db: Db, parkId: number, year: number): Promise<CreditEvaluationRow | null> {
  const [row] = await db
    .select()
    .from(creditEvaluations)
    .where(and(eq(creditEvaluations.parkId, parkId), eq(creditEvaluations.year, year)));
  return row ?? null;
}

/** The latest evaluation of a year before `year`, or null. */
export async function getPreviousCreditEvaluationRow(db: Db, parkId: number, year: number): Promise<CreditEvaluationRow | null> {
  const [row] = await db
    .select()
    .from(creditEvaluations)
    .where(and(eq(creditEvaluations.parkId, parkId), lt(creditEvaluations.year, year)))
    .orderBy(desc(creditEvaluations.year))
    .limit(1);
  return row ?? null;
}

export async function insertCreditEvaluationRow(
  db: Db,
  row: { parkId: number; year: number; schemeId: string; schemeVersion: string; updatedBy: string },
): Promise<CreditEvaluationRow> {
  const [inserted] = await db
    .insert(creditEvaluations)
    .values({ ...row, status: 'draft' })
    .returning();
  return inserted!;
}

export async function updateCreditEvaluationRow(
  db: Db,
  id: number,
  fields: { status: string; submittedBy: string | null; submittedAt: Date | null; updatedBy: string },
): Promise<void> {
  await db
    .update(creditEvaluations)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(creditEvaluations.id, id));
}

export async function touchCreditEvaluationRow(db: Db, id: number, updatedBy: string): Promise<void> {
  await db.update(creditEvaluations).set({ updatedBy, updatedAt: new Date() }).where(eq(creditEvaluations.id, id));
}

export async function listCreditItemScoreRows(db: Db, evaluationId: number): Promise<CreditItemScoreRow[]> {
  return db.select().from(creditItemScores).where(eq(creditItemScores.evaluationId, evaluationId)).orderBy(asc(creditItemScores.id));
}

/** Writes one item's score (insert or replace); returns the row. */
export async function upsertCreditItemScoreRow(
  db: Db,
  evaluationId: number,
  item: { itemNumber: string; score: number; comment: string | null; evidence: unknown; updatedBy: string },
): Promise<CreditItemScoreRow> {
  const [row] = await db
    .insert(creditItemScores)
    .values({ evaluationId, ...item })
    .onConflictDoUpdate({
      target: [creditItemScores.evaluationId, creditItemScores.itemNumber],
      set: { score: item.score, comment: item.comment, evidence: item.evidence, updatedBy: item.updatedBy, updatedAt: new Date() },
    })
    .returning();
  return row!;
}

export async function listParkHonourRows(db: Db, parkId: number, year?: number): Promise<ParkHonourRow[]> {
  return db
    .select()
    .from(parkHonours)
    .where(year === undefined ? eq(parkHonours.parkId, parkId) : and(eq(parkHonours.parkId, parkId), eq(parkHonours.year, year)))
    .orderBy(asc(parkHonours.year), asc(parkHonours.id));
}

export async function countParkHonourRows(db: Db, parkId: number): Promise<number> {
  return (await db.select({ id: parkHonours.id }).from(parkHonours).where(eq(parkHonours.parkId, parkId))).length;
}

export async function getParkHonourRow(db: Db, parkId: number, id: number): Promise<ParkHonourRow | null> {
  const [row] = await db
    .select()
    .from(parkHonours)
    .where(and(eq(parkHonours.parkId, parkId), eq(parkHonours.id, id)));
  return row ?? null;
}

export async function insertParkHonourRow(db: Db, parkId: number, honour: NewParkHonour): Promise<ParkHonourRow> {
  const [row] = await db
    .insert(parkHonours)
    .values({ ...honour, parkId })
    .returning();
  return row!;
}

export async function updateParkHonourRow(db: Db, parkId: number, id: number, honour: NewParkHonour): Promise<ParkHonourRow | null> {
  const [row] = await db
    .update(parkHonours)
    .set({ ...honour, updatedAt: new Date() })
    .where(and(eq(parkHonours.parkId, parkId), eq(parkHonours.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteParkHonourRow(db: Db, parkId: number, id: number): Promise<void> {
  await db.delete(parkHonours).where(and(eq(parkHonours.parkId, parkId), eq(parkHonours.id, id)));
}

/**
 * The park's stations with at least one reading whose data time falls in [from, until): the stations that sent data
 * to the platform in that period, in station order.
 */
export async function listStationsWithReadings(db: Db, parkId: number, from: Date, until: Date) {
  return db
    .select({ id: stations.id, name: stations.name, systemCode: stations.systemCode, dataLabel: stations.dataLabel })
    .from(stations)
    .where(
      and(
        eq(stations.parkId, parkId),
        exists(
          db
            .select({ one: sql`1` })
            .from(readings)
            .where(and(eq(readings.stationId, stations.id), gte(readings.dataTime, from), lt(readings.dataTime, until))),
        ),
      ),
    )
    .orderBy(asc(stations.id));
}

/** The code of the park with this id, or null. */
export async function getParkCodeById(db: Db, parkId: number): Promise<string | null> {
  const [row] = await db.select({ code: parks.code }).from(parks).where(eq(parks.id, parkId));
  return row?.code ?? null;
}
