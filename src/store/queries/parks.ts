import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { parkApprovals, parks, parkYearlyFigures } from '../schema/index.js';

export type ParkRow = typeof parks.$inferSelect;

export interface ParkApprovalRecord {
  kind: string;
  title: string;
  documentNumber: string | null;
  approvedOn: string | null;
  authority: string | null;
}

export interface ParkYearlyFigureRecord {
  year: number;
  industrialOutputYiYuan: string | null;
  industrialAddedValueYiYuan: string | null;
}

export interface ParkRecord {
  code: string;
  name: string;
  level: string;
  divisionCode: string;
  location: string | null;
  leadingIndustries: string[];
  approvedAreaKm2: string | null;
  extendedAreaKm2: string | null;
  extensionDocument: string | null;
  history: string | null;
  approvals: ParkApprovalRecord[];
  yearlyFigures: ParkYearlyFigureRecord[];
}

export async function listParkRows(db: Db): Promise<ParkRow[]> {
  return db.select().from(parks).orderBy(asc(parks.code));
}

export async function getParkRowByCode(db: Db, code: string): Promise<ParkRow | null> {
  const rows = await db.select().from(parks).where(eq(parks.code, code));
  return rows[0] ?? null;
}

export async function getParkApprovals(db: Db, parkId: number): Promise<ParkApprovalRecord[]> {
  return db
    .select({
      kind: parkApprovals.kind,
      title: parkApprovals.title,
      documentNumber: parkApprovals.documentNumber,
      approvedOn: parkApprovals.approvedOn,
      authority: parkApprovals.authority,
    })
    .from(parkApprovals)
    .where(eq(parkApprovals.parkId, parkId))
    .orderBy(asc(parkApprovals.ord));
}

export async function getParkYearlyFigures(db: Db, parkId: number): Promise<ParkYearlyFigureRecord[]> {
  return db
    .select({
      year: parkYearlyFigures.year,
      industrialOutputYiYuan: parkYearlyFigures.industrialOutputYiYuan,
      industrialAddedValueYiYuan: parkYearlyFigures.industrialAddedValueYiYuan,
    })
    .from(parkYearlyFigures)
    .where(eq(parkYearlyFigures.parkId, parkId))
    .orderBy(asc(parkYearlyFigures.year));
}

function parkColumns(p: ParkRecord) {
  return {
    code: p.code,
    name: p.name,
    level: p.level,
    divisionCode: p.divisionCode,
    location: p.location,
    leadingIndustries: p.leadingIndustries,
    approvedAreaKm2: p.approvedAreaKm2,
    extendedAreaKm2: p.extendedAreaKm2,
    extensionDocument: p.extensionDocument,
    history: p.history,
  };
}

async function writeParkChildren(db: Db, parkId: number, p: ParkRecord) {
  await db.delete(parkApprovals).where(eq(parkApprovals.parkId, parkId));
  await db.delete(parkYearlyFigures).where(eq(parkYearlyFigures.parkId, parkId));
  if (p.approvals.length) {
    await db.insert(parkApprovals).values(p.approvals.map((a, ord) => ({ parkId, ord, ...a })));
  }
  if (p.yearlyFigures.length) {
    await db.insert(parkYearlyFigures).values(p.yearlyFigures.map((f) => ({ parkId, ...f })));
  }
}

export async function insertPark(db: Db, p: ParkRecord): Promise<number> {
  const [row] = await db.insert(parks).values(parkColumns(p)).returning({ id: parks.id });
  await writeParkChildren(db, row.id, p);
  return row.id;
}

/** The identity of a park an administrator edits: 园区代码, 名称, 级别, 行政区划. */
export interface ParkIdentity {
  code: string;
  name: string;
  level: string;
  divisionCode: string;
}

export async function updateParkIdentity(db: Db, parkId: number, p: ParkIdentity): Promise<void> {
  await db.update(parks).set({ ...p, updatedAt: new Date() }).where(eq(parks.id, parkId));
}

/** Retires (a date) or restores (null) a park. */
export async function setParkRetired(db: Db, parkId: number, retiredAt: Date | null): Promise<void> {
  await db.update(parks).set({ retiredAt, updatedAt: new Date() }).where(eq(parks.id, parkId));
}

export async function replacePark(db: Db, parkId: number, p: ParkRecord): Promise<void> {
  await db
    .update(parks)
    .set({ ...parkColumns(p), updatedAt: new Date() })
    .where(eq(parks.id, parkId));
  await writeParkChildren(db, parkId, p);
}
