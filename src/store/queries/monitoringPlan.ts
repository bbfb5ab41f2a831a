import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { labResults, monitoringPlanItemPoints, monitoringPlanItems, monitoringPoints } from '../schema/index.js';

export type PlanItemRow = typeof monitoringPlanItems.$inferSelect;
export type NewPlanItem = Omit<typeof monitoringPlanItems.$inferInsert, 'id' | 'parkId' | 'createdAt' | 'updatedAt'>;
/** A point of a plan item, with the point's name. */
export interface PlanItemPointRow {
  itemId: number;
  pointId: number;
  name: string;
}

/** A park's plan items of a year, in table order. */
export async function listPlanItemRows(db: Db, parkId: number, year: number): Promise<PlanItemRow[]> {
  return db
    .select()
    .from(monitoringPlanItems)
    .where(and(eq(monitoringPlanItems.parkId, parkId), eq(monitoringPlanItems.year, year)))
    .orderBy(asc(monitoringPlanItems.sortOrder), asc(monitoringPlanItems.id));
}

export async function getPlanItemRow(db: Db, parkId: number, id: number): Promise<PlanItemRow | null> {
  const rows = await db
    .select()
    .from(monitoringPlanItems)
    .where(and(eq(monitoringPlanItems.parkId, parkId), eq(monitoringPlanItems.id, id)));
  return rows[0] ?? null;
}

/** The points of the given items, each item's in its order. */
export async function listPlanItemPointRows(db: Db, parkId: number, itemIds: readonly number[]): Promise<PlanItemPointRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .select({ itemId: monitoringPlanItemPoints.itemId, pointId: monitoringPlanItemPoints.pointId, name: monitoringPoints.name })
    .from(monitoringPlanItemPoints)
    .innerJoin(
      monitoringPoints,
      and(eq(monitoringPoints.parkId, monitoringPlanItemPoints.parkId), eq(monitoringPoints.id, monitoringPlanItemPoints.pointId)),
    )
    .where(and(eq(monitoringPlanItemPoints.parkId, parkId), inArray(monitoringPlanItemPoints.itemId, [...itemIds])))
    .orderBy(asc(monitoringPlanItemPoints.itemId), asc(monitoringPlanItemPoints.sortOrder));
}

/** The sort order after the last item of the year (1 for an empty year). */
export async function nextPlanSortOrder(db: Db, parkId: number, year: number): Promise<number> {
  const [row] = await db
    .select({ last: max(monitoringPlanItems.sortOrder) })
    .from(monitoringPlanItems)
    .where(and(eq(monitoringPlanItems.parkId, parkId), eq(monitoringPlanItems.year, year)));
  return (row?.last ?? 0) + 1;
}

export async function insertPlanItemRow(db: Db, parkId: number, item: NewPlanItem): Promise<number> {
  const [row] = await db.insert(monitoringPlanItems).values({ ...item, parkId }).returning({ id: monitoringPlanItems.id });
  return row.id;
}

export async function updatePlanItemRow(db: Db, parkId: number, id: number, item: NewPlanItem): Promise<void> {
  await db
    .update(monitoringPlanItems)
    .set({ ...item, updatedAt: new Date() })
    .where(and(eq(monitoringPlanItems.parkId, parkId), eq(monitoringPlanItems.id, id)));
}

/** Deletes an item; its point links go with it (foreign key). */
export async function deletePlanItemRow(db: Db, parkId: number, id: number): Promise<void> {
  await db.delete(monitoringPlanItems).where(and(eq(monitoringPlanItems.parkId, parkId), eq(monitoringPlanItems.id, id)));
}

/** Sets an item's points, in the given order. */
export async function setPlanItemPoints(db: Db, parkId: number, itemId: number, pointIds: readonly number[]): Promise<void> {
  await db.delete(monitoringPlanItemPoints).where(and(eq(monitoringPlanItemPoints.parkId, parkId), eq(monitoringPlanItemPoints.itemId, itemId)));
  if (pointIds.length === 0) return;
  await db.insert(monitoringPlanItemPoints).values(pointIds.map((pointId, i) => ({ parkId, itemId, pointId, sortOrder: i + 1 })));
}

/** The park's point ids among these, for checking that a plan names only the park's own points. */
export async function existingPointIds(db: Db, parkId: number, pointIds: readonly number[]): Promise<Set<number>> {
  if (pointIds.length === 0) return new Set();
  const rows = await db
    .select({ id: monitoringPoints.id })
    .from(monitoringPoints)
    .where(and(eq(monitoringPoints.parkId, parkId), inArray(monitoringPoints.id, [...pointIds])));
  return new Set(rows.map((r) => r.id));
}

/** The distinct sampling dates (point, date) of a park's lab results of a report year. */
export async function listLabSampleDates(db: Db, parkId: number, year: number): Promise<{ pointId: number; date: string }[]> {
  return db
    .selectDistinct({ pointId: labResults.pointId, date: labResults.sampledOn })
    .from(labResults)
    .where(and(eq(labResults.parkId, parkId), eq(labResults.year, year)))
    .orderBy(asc(labResults.pointId), asc(labResults.sampledOn));
}

/** Years the park has a plan for, latest first. */
export async function listPlanYears(db: Db, parkId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: monitoringPlanItems.year })
    .from(monitoringPlanItems)
    .where(eq(monitoringPlanItems.parkId, parkId))
    .orderBy(sql`${monitoringPlanItems.year} desc`);
  return rows.map((r) => r.year);
}
