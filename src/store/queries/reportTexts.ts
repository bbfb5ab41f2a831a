import { and, asc, eq, lte } from 'drizzle-orm';
import type { Db } from '../client.js';
import { reportTexts } from '../schema/index.js';

export type ReportTextRow = typeof reportTexts.$inferSelect;
export type ReportKind = 'annual' | 'duty';

/** The texts of a park's report for the years up to `upToYear`, oldest first: a narrative carries over from the latest. */
export async function listReportTextRows(db: Db, parkId: number, report: ReportKind, upToYear: number): Promise<ReportTextRow[]> {
  return db
    .select()
    .from(reportTexts)
    .where(and(eq(reportTexts.parkId, parkId), eq(reportTexts.report, report), lte(reportTexts.year, upToYear)))
    .orderBy(asc(reportTexts.year), asc(reportTexts.blockKey));
}

const keyOf = (parkId: number, report: ReportKind, year: number, blockKey: string) =>
  and(eq(reportTexts.parkId, parkId), eq(reportTexts.report, report), eq(reportTexts.year, year), eq(reportTexts.blockKey, blockKey));

export async function getReportTextRow(db: Db, parkId: number, report: ReportKind, year: number, blockKey: string) {
  const rows = await db.select().from(reportTexts).where(keyOf(parkId, report, year, blockKey));
  return rows[0] ?? null;
}

export async function upsertReportText(
  db: Db,
  row: { parkId: number; report: ReportKind; year: number; blockKey: string; text: string; updatedBy: number | null; updatedByName: string },
): Promise<void> {
  const at = new Date();
  await db
    .insert(reportTexts)
    .values({ ...row, updatedAt: at })
    .onConflictDoUpdate({
      target: [reportTexts.parkId, reportTexts.report, reportTexts.year, reportTexts.blockKey],
      set: { text: row.text, updatedBy: row.updatedBy, updatedByName: row.updatedByName, updatedAt: at },
    });
}

export async function deleteReportText(db: Db, parkId: number, report: ReportKind, year: number, blockKey: string): Promise<void> {
  await db.delete(reportTexts).where(keyOf(parkId, report, year, blockKey));
}
