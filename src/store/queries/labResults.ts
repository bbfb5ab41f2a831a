import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { labResults } from '../schema/index.js';

export type LabResultRow = typeof labResults.$inferSelect;
export type NewLabResult = Omit<typeof labResults.$inferInsert, 'id' | 'parkId' | 'importedAt'>;

/**
 * Writes results of one park; a point, date and item already stored takes the new value (and year, unit, source,
 * importer).
 */
export async function upsertLabResults(db: Db, parkId: number, rows: readonly NewLabResult[]): Promise<void> {
  const CHUNK = 500;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insert(labResults)
      .values(rows.slice(i, i + CHUNK).map((r) => ({ ...r, parkId })))
      .onConflictDoUpdate({
        target: [labResults.parkId, labResults.pointId, labResults.sampledOn, labResults.item],
        set: {
          year: sql`excluded.year`,
          valueKind: sql`excluded.value_kind`,
          value: sql`excluded.value`,
          detectionLimit: sql`excluded.detection_limit`,
          unit: sql`excluded.unit`,
          source: sql`excluded.source`,
          importedAt: sql`now()`,
          importedBy: sql`excluded.imported_by`,
        },
      });
  }
}

/** A point's stored results (all years), by date and item. */
export async function listLabResultRowsByPoint(db: Db, parkId: number, pointId: number): Promise<LabResultRow[]> {
  return db
    .select()
    .from(labResults)
    .where(and(eq(labResults.parkId, parkId), eq(labResults.pointId, pointId)))
    .orderBy(asc(labResults.sampledOn), asc(labResults.item));
}

/** A park's results of one year, by point, date and item. */
export async function listLabResultRows(db: Db, parkId: number, year: number): Promise<LabResultRow[]> {
  return db
    .select()
    .from(labResults)
    .where(and(eq(labResults.parkId, parkId), eq(labResults.year, year)))
    .orderBy(asc(labResults.pointId), asc(labResults.sampledOn), asc(labResults.id));
}
