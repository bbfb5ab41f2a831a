import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { admissionRuleSets, admissionScreenings } from '../schema/index.js';

export type AdmissionRuleSetRow = typeof admissionRuleSets.$inferSelect;
export type AdmissionScreeningRow = typeof admissionScreenings.$inferSelect;
export type NewAdmissionScreening = Omit<typeof admissionScreenings.$inferInsert, 'id' | 'parkId' | 'screenedAt'>;

/** The park's admission rule set (入园准入条件), or null when it has none. */
export async function getAdmissionRuleSetRow(db: Db, parkId: number): Promise<AdmissionRuleSetRow | null> {
  const rows = await db.select().from(admissionRuleSets).where(eq(admissionRuleSets.parkId, parkId));
  return rows[0] ?? null;
}

/** Writes the park's rule set, replacing the one it had; returns the row's id. */
export async function upsertAdmissionRuleSetRow(
  db: Db,
  parkId: number,
  set: { rules: unknown; source: string | null; updatedBy: string },
): Promise<number> {
  const [row] = await db
    .insert(admissionRuleSets)
    .values({ parkId, ...set })
    .onConflictDoUpdate({ target: admissionRuleSets.parkId, set: { ...set, updatedAt: new Date() } })
    .returning({ id: admissionRuleSets.id });
  return row!.id;
}

export async function insertAdmissionScreeningRow(db: Db, parkId: number, row: NewAdmissionScreening): Promise<AdmissionScreeningRow> {
  const [stored] = await db
    .insert(admissionScreenings)
    .values({ ...row, parkId })
    .returning();
  return stored!;
}

/** The park's screenings counted in a year, in the order they were made. */
export async function listAdmissionScreeningRows(db: Db, parkId: number, year: number): Promise<AdmissionScreeningRow[]> {
  return db
    .select()
    .from(admissionScreenings)
    .where(and(eq(admissionScreenings.parkId, parkId), eq(admissionScreenings.year, year)))
    .orderBy(asc(admissionScreenings.screenedAt), asc(admissionScreenings.id));
}

export async function getAdmissionScreeningRow(db: Db, parkId: number, id: number): Promise<AdmissionScreeningRow | null> {
  const rows = await db
    .select()
    .from(admissionScreenings)
    .where(and(eq(admissionScreenings.parkId, parkId), eq(admissionScreenings.id, id)));
  return rows[0] ?? null;
}

export async function deleteAdmissionScreeningRow(db: Db, parkId: number, id: number): Promise<void> {
  await db.delete(admissionScreenings).where(and(eq(admissionScreenings.parkId, parkId), eq(admissionScreenings.id, id)));
}
