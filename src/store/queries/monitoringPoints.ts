import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { monitoringPoints, stations } from '../schema/index.js';

export type MonitoringPointRow = typeof monitoringPoints.$inferSelect;
export type NewMonitoringPoint = Omit<typeof monitoringPoints.$inferInsert, 'id' | 'parkId' | 'createdAt' | 'updatedAt'>;
/** A point with the MN and name of the station it is linked to (of the same park), if any. */
export type MonitoringPointWithStation = MonitoringPointRow & { stationMn: string | null; stationName: string | null };

function selectPoints(db: Db) {
  return db
    .select({ point: monitoringPoints, stationMn: stations.mn, stationName: stations.name })
    .from(monitoringPoints)
    .leftJoin(stations, and(eq(stations.id, monitoringPoints.stationId), eq(stations.parkId, monitoringPoints.parkId)));
}

const flatten = (r: { point: MonitoringPointRow; stationMn: string | null; stationName: string | null }): MonitoringPointWithStation => ({
  ...r.point,
  stationMn: r.stationMn,
  stationName: r.stationName,
});

/** A park's points in the order they were added. */
export async function listMonitoringPointRows(db: Db, parkId: number): Promise<MonitoringPointWithStation[]> {
  const rows = await selectPoints(db).where(eq(monitoringPoints.parkId, parkId)).orderBy(asc(monitoringPoints.id));
  return rows.map(flatten);
}

export async function getMonitoringPointRow(db: Db, parkId: number, id: number): Promise<MonitoringPointWithStation | null> {
  const rows = await selectPoints(db).where(and(eq(monitoringPoints.parkId, parkId), eq(monitoringPoints.id, id)));
  return rows[0] ? flatten(rows[0]) : null;
}

/** The park's point of this name, if any (names are unique within a park). */
export async function getMonitoringPointByName(db: Db, parkId: number, name: string): Promise<MonitoringPointRow | null> {
  return (await db.select().from(monitoringPoints).where(and(eq(monitoringPoints.parkId, parkId), eq(monitoringPoints.name, name))))[0] ?? null;
}

export async function insertMonitoringPoint(db: Db, parkId: number, p: NewMonitoringPoint): Promise<number> {
  const [row] = await db.insert(monitoringPoints).values({ ...p, parkId }).returning({ id: monitoringPoints.id });
  return row.id;
}

export async function updateMonitoringPoint(db: Db, parkId: number, id: number, p: NewMonitoringPoint): Promise<void> {
  await db
    .update(monitoringPoints)
    .set({ ...p, parkId, updatedAt: new Date() })
    .where(and(eq(monitoringPoints.parkId, parkId), eq(monitoringPoints.id, id)));
}

export async function deleteMonitoringPoint(db: Db, parkId: number, id: number): Promise<void> {
  await db.delete(monitoringPoints).where(and(eq(monitoringPoints.parkId, parkId), eq(monitoringPoints.id, id)));
}
