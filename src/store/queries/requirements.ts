import { and, asc, desc, eq, inArray, lt, max } from 'drizzle-orm';
import type { Db } from '../client.js';
import { requirementImplementations, requirements, requirementSources } from '../schema/index.js';

/** Queries of the requirement registers: sources, their requirements, and each requirement's implementation by year. */

export type RequirementSourceRow = typeof requirementSources.$inferSelect;
export type RequirementRow = typeof requirements.$inferSelect;
export type ImplementationRow = typeof requirementImplementations.$inferSelect;
export type NewRequirementSource = Omit<typeof requirementSources.$inferInsert, 'id' | 'parkId' | 'updatedAt'>;
export type NewRequirement = Omit<typeof requirements.$inferInsert, 'id' | 'parkId' | 'updatedAt'>;
export type NewImplementation = Omit<typeof requirementImplementations.$inferInsert, 'id' | 'parkId' | 'updatedAt'>;

/** A park's sources, in their order. */
export async function listSourceRows(db: Db, parkId: number): Promise<RequirementSourceRow[]> {
  return db
    .select()
    .from(requirementSources)
    .where(eq(requirementSources.parkId, parkId))
    .orderBy(asc(requirementSources.sortOrder), asc(requirementSources.id));
}

export async function getSourceRow(db: Db, parkId: number, id: number): Promise<RequirementSourceRow | null> {
  const rows = await db.select().from(requirementSources).where(and(eq(requirementSources.parkId, parkId), eq(requirementSources.id, id)));
  return rows[0] ?? null;
}

export async function nextSourceSortOrder(db: Db, parkId: number): Promise<number> {
  const [row] = await db.select({ last: max(requirementSources.sortOrder) }).from(requirementSources).where(eq(requirementSources.parkId, parkId));
  return (row?.last ?? 0) + 1;
}

export async function insertSourceRow(db: Db, parkId: number, row: NewRequirementSource): Promise<number> {
  const [r] = await db.insert(requirementSources).values({ ...row, parkId }).returning({ id: requirementSources.id });
  return r!.id;
}

export async function updateSourceRow(db: Db, parkId: number, id: number, row: NewRequirementSource): Promise<void> {
  await db
    .update(requirementSources)
    .set({ ...row, updatedAt: new Date() })
    .where(and(eq(requirementSources.parkId, parkId), eq(requirementSources.id, id)));
}

/** Deletes a source; its requirements and their implementations go with it (foreign keys). */
export async function deleteSourceRow(db: Db, parkId: number, id: number): Promise<void> {
  await db.delete(requirementSources).where(and(eq(requirementSources.parkId, parkId), eq(requirementSources.id, id)));
}

/** A park's requirements, by source and order. */
export async function listRequirementRows(db: Db, parkId: number): Promise<RequirementRow[]> {
  return db
    .select()
    .from(requirements)
    .where(eq(requirements.parkId, parkId))
    .orderBy(asc(requirements.sourceId), asc(requirements.sortOrder), asc(requirements.id));
}

export async function getRequirementRow(db: Db, parkId: number, id: number): Promise<RequirementRow | null> {
  const rows = await db.select().from(requirements).where(and(eq(requirements.parkId, parkId), eq(requirements.id, id)));
  return rows[0] ?? null;
}

export async function nextRequirementSortOrder(db: Db, parkId: number, sourceId: number): Promise<number> {
  const [row] = await db
    .select({ last: max(requirements.sortOrder) })
    .from(requirements)
    .where(and(eq(requirements.parkId, parkId), eq(requirements.sourceId, sourceId)));
  return (row?.last ?? 0) + 1;
}

export async function insertRequirementRow(db: Db, parkId: number, row: NewRequirement): Promise<number> {
  const [r] = await db.insert(requirements).values({ ...row, parkId }).returning({ id: requirements.id });
  return r!.id;
}

export async function updateRequirementRow(db: Db, parkId: number, id: number, row: NewRequirement): Promise<void> {
  await db
    .update(requirements)
    .set({ ...row, updatedAt: new Date() })
    .where(and(eq(requirements.parkId, parkId), eq(requirements.id, id)));
}

export async function deleteRequirementRow(db: Db, parkId: number, id: number): Promise<void> {
  await db.delete(requirements).where(and(eq(requirements.parkId, parkId), eq(requirements.id, id)));
}

/** The implementations of a park's year. */
export async function listImplementationRows(db: Db, parkId: number, year: number): Promise<ImplementationRow[]> {
  return db
    .select()
    .from(requirementImplementations)
    .where(and(eq(requirementImplementations.parkId, parkId), eq(requirementImplementations.year, year)))
    .orderBy(asc(requirementImplementations.requirementId));
}

export async function getImplementationRow(db: Db, parkId: number, requirementId: number, year: number): Promise<ImplementationRow | null> {
  const rows = await db
    .select()
    .from(requirementImplementations)
    .where(
      and(
        eq(requirementImplementations.parkId, parkId),
        eq(requirementImplementations.requirementId, requirementId),
        eq(requirementImplementations.year, year),
      ),
    );
  return rows[0] ?? null;
}

export async function insertImplementationRow(db: Db, parkId: number, row: NewImplementation): Promise<number> {
  const [r] = await db.insert(requirementImplementations).values({ ...row, parkId }).returning({ id: requirementImplementations.id });
  return r!.id;
}

export async function updateImplementationRow(db: Db, parkId: number, id: number, row: NewImplementation): Promise<void> {
  await db
    .update(requirementImplementations)
    .set({ ...row, updatedAt: new Date() })
    .where(and(eq(requirementImplementations.parkId, parkId), eq(requirementImplementations.id, id)));
}

export async function deleteImplementationRow(db: Db, parkId: number, id: number): Promise<void> {
  await db.delete(requirementImplementations).where(and(eq(requirementImplementations.parkId, parkId), eq(requirementImplementations.id, id)));
}

/** Years with implementations written, latest first. */
export async function listImplementationYears(db: Db, parkId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: requirementImplementations.year })
    .from(requirementImplementations)
    .where(eq(requirementImplementations.parkId, parkId))
    .orderBy(desc(requirementImplementations.year));
  return rows.map((r) => r.year);
}

/** The latest year before `year` with an implementation written, or null. */
export async function latestImplementationYearBefore(db: Db, parkId: number, year: number): Promise<number | null> {
  const [row] = await db
    .select({ year: max(requirementImplementations.year) })
    .from(requirementImplementations)
    .where(and(eq(requirementImplementations.parkId, parkId), lt(requirementImplementations.year, year)));
  return row?.year ?? null;
}

/** Every year's implementations of these requirements (what deleting them takes with them). */
export async function listImplementationRowsOf(db: Db, parkId: number, requirementIds: readonly number[]): Promise<ImplementationRow[]> {
  if (requirementIds.length === 0) return [];
  return db
    .select()
    .from(requirementImplementations)
    .where(and(eq(requirementImplementations.parkId, parkId), inArray(requirementImplementations.requirementId, [...requirementIds])))
    .orderBy(asc(requirementImplementations.requirementId), asc(requirementImplementations.year));
}
