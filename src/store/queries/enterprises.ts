import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Enterprise, EnterpriseInput } from '../../domain/ledger/types.js';
import type { Db } from '../client.js';
import { eiaApprovals, emergencyPlanFilings, enterprises } from '../schema/index.js';

type EnterpriseRow = typeof enterprises.$inferSelect;

function toEnterprise(
  row: EnterpriseRow,
  approvals: (typeof eiaApprovals.$inferSelect)[],
  filings: (typeof emergencyPlanFilings.$inferSelect)[],
): Enterprise {
  return {
    id: row.id,
    parkId: row.parkId,
    seq: row.seq,
    name: row.name,
    creditCode: row.creditCode,
    industryCode: row.industryCode,
    status: row.status as Enterprise['status'],
    riskSource: row.riskSource,
    address: row.address,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    note: row.note,
    enteredOn: row.enteredOn,
    clearedOn: row.clearedOn,
    eiaApprovals: approvals
      .sort((a, b) => a.ord - b.ord)
      .map((a) => ({
        type: a.type as Enterprise['eiaApprovals'][number]['type'],
        documentNumber: a.documentNumber,
        approvedOn: a.approvedOn,
        authority: a.authority,
        acceptance: a.acceptance as Enterprise['eiaApprovals'][number]['acceptance'],
        acceptedOn: a.acceptedOn,
      })),
    emergencyPlans: filings
      .sort((a, b) => a.ord - b.ord)
      .map((f) => ({
        filingNumber: f.filingNumber,
        riskLevel: f.riskLevel as Enterprise['emergencyPlans'][number]['riskLevel'],
        filedOn: f.filedOn,
      })),
    permit: {
      held: row.permitHeld,
      permitClass: row.permitClass as Enterprise['permit']['permitClass'],
      number: row.permitNumber,
      validUntil: row.permitValidUntil,
    },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Every enterprise of a park with its approvals and filings, in ledger order. */
export async function listEnterprisesOfPark(db: Db, parkId: number): Promise<Enterprise[]> {
  const rows = await db.select().from(enterprises).where(eq(enterprises.parkId, parkId)).orderBy(asc(enterprises.seq), asc(enterprises.id));
  return attachChildren(db, parkId, rows);
}

export async function getEnterpriseById(db: Db, parkId: number, id: number): Promise<Enterprise | null> {
  const rows = await db.select().from(enterprises).where(and(eq(enterprises.parkId, parkId), eq(enterprises.id, id)));
  if (rows.length === 0) return null;
  return (await attachChildren(db, parkId, rows))[0];
}

export async function getEnterpriseIdByName(db: Db, parkId: number, name: string): Promise<number | null> {
  const rows = await db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(eq(enterprises.parkId, parkId), eq(enterprises.name, name)));
  return rows[0]?.id ?? null;
}

async function attachChildren(db: Db, parkId: number, rows: EnterpriseRow[]): Promise<Enterprise[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [approvals, filings] = await Promise.all([
    db.select().from(eiaApprovals).where(and(eq(eiaApprovals.parkId, parkId), inArray(eiaApprovals.enterpriseId, ids))),
    db
      .select()
      .from(emergencyPlanFilings)
      .where(and(eq(emergencyPlanFilings.parkId, parkId), inArray(emergencyPlanFilings.enterpriseId, ids))),
  ]);
  return rows.map((r) =>
    toEnterprise(
      r,
      approvals.filter((a) => a.enterpriseId === r.id),
      filings.filter((f) => f.enterpriseId === r.id),
    ),
  );
}

function enterpriseColumns(e: EnterpriseInput) {
  return {
    seq: e.seq,
    name: e.name,
    creditCode: e.creditCode,
    industryCode: e.industryCode,
    status: e.status,
    riskSource: e.riskSource,
    address: e.address,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    note: e.note,
    enteredOn: e.enteredOn,
    clearedOn: e.clearedOn,
    permitHeld: e.permit.held,
    permitClass: e.permit.permitClass,
    permitNumber: e.permit.number,
    permitValidUntil: e.permit.validUntil,
  };
}

async function insertChildren(db: Db, parkId: number, enterpriseId: number, e: EnterpriseInput) {
  if (e.eiaApprovals.length) {
    await db.insert(eiaApprovals).values(e.eiaApprovals.map((a, ord) => ({ parkId, enterpriseId, ord, ...a })));
  }
  if (e.emergencyPlans.length) {
    await db
      .insert(emergencyPlanFilings)
      .values(e.emergencyPlans.map((f, ord) => ({ parkId, enterpriseId, ord, ...f })));
  }
}

/** Inserts an enterprise with its approvals and filings; returns its id. */
export async function insertEnterprise(db: Db, parkId: number, e: EnterpriseInput): Promise<number> {
  const [row] = await db.insert(enterprises).values({ parkId, ...enterpriseColumns(e) }).returning({ id: enterprises.id });
  await insertChildren(db, parkId, row.id, e);
  return row.id;
}

/** Replaces an enterprise's fields, approvals and filings. Returns false when it does not exist in the park. */
export async function replaceEnterprise(db: Db, parkId: number, id: number, e: EnterpriseInput): Promise<boolean> {
  const updated = await db
    .update(enterprises)
    .set({ ...enterpriseColumns(e), updatedAt: new Date() })
    .where(and(eq(enterprises.parkId, parkId), eq(enterprises.id, id)))
    .returning({ id: enterprises.id });
  if (updated.length === 0) return false;
  await db.delete(eiaApprovals).where(and(eq(eiaApprovals.parkId, parkId), eq(eiaApprovals.enterpriseId, id)));
  await db
    .delete(emergencyPlanFilings)
    .where(and(eq(emergencyPlanFilings.parkId, parkId), eq(emergencyPlanFilings.enterpriseId, id)));
  await insertChildren(db, parkId, id, e);
  return true;
}

export async function deleteEnterpriseById(db: Db, parkId: number, id: number): Promise<boolean> {
  const rows = await db
    .delete(enterprises)
    .where(and(eq(enterprises.parkId, parkId), eq(enterprises.id, id)))
    .returning({ id: enterprises.id });
  return rows.length > 0;
}

export async function maxEnterpriseSeq(db: Db, parkId: number): Promise<number> {
  const rows = await db.select({ seq: enterprises.seq }).from(enterprises).where(eq(enterprises.parkId, parkId));
  return rows.reduce((m, r) => Math.max(m, r.seq), 0);
}
