import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { alarms, readings, stationAuthFailures, stationLimits, stations, type FactorReading } from '../schema/index.js';

export type StationRow = typeof stations.$inferSelect;
export type NewStation = typeof stations.$inferInsert;
export type AlarmRow = typeof alarms.$inferSelect;

export async function getStationByMn(db: Db, mn: string): Promise<StationRow | null> {
  return (await db.select().from(stations).where(eq(stations.mn, mn)))[0] ?? null;
}

export async function getStationById(db: Db, parkId: number, id: number): Promise<StationRow | null> {
  return (await db.select().from(stations).where(and(eq(stations.parkId, parkId), eq(stations.id, id))))[0] ?? null;
}

export async function listStationRows(db: Db, parkId: number): Promise<StationRow[]> {
  return db.select().from(stations).where(eq(stations.parkId, parkId)).orderBy(asc(stations.id));
}

export async function insertStation(db: Db, s: NewStation): Promise<number> {
  const [row] = await db.insert(stations).values(s).returning({ id: stations.id });
  return row.id;
}

export async function updateStation(db: Db, parkId: number, id: number, fields: Partial<NewStation>): Promise<void> {
  await db.update(stations).set(fields).where(and(eq(stations.parkId, parkId), eq(stations.id, id)));
}

/** Replaces a station's password hash, unless it changed meanwhile (a new password set in the UI wins). */
export async function replaceStationPasswordHash(db: Db, id: number, from: string, to: string): Promise<boolean> {
  const rows = await db
    .update(stations)
    .set({ passwordHash: to })
    .where(and(eq(stations.id, id), eq(stations.passwordHash, from)))
    .returning({ id: stations.id });
  return rows.length > 0;
}

export type StationAuthFailureRow = typeof stationAuthFailures.$inferSelect;

/**
 * Adds wrong-password attempts of one station from one address to its episode: the one whose last failure lies
 * within `windowMs` before these, or a new one.
 */
export async function addStationAuthFailures(
  db: Db,
  f: { parkId: number; stationId: number; address: string; failures: number; firstAt: Date; lastAt: Date },
  windowMs: number,
): Promise<void> {
  const since = new Date(f.firstAt.getTime() - windowMs);
  const updated = await db
    .update(stationAuthFailures)
    .set({ failures: sql`${stationAuthFailures.failures} + ${f.failures}`, lastAt: sql`greatest(${stationAuthFailures.lastAt}, ${f.lastAt.toISOString()}::timestamptz)` })
    .where(
      and(
        eq(stationAuthFailures.stationId, f.stationId),
        eq(stationAuthFailures.address, f.address),
        gte(stationAuthFailures.lastAt, since),
      ),
    )
    .returning({ id: stationAuthFailures.id });
  if (updated.length === 0) await db.insert(stationAuthFailures).values(f);
}

/** A park's wrong-password episodes, the latest first. */
export async function listStationAuthFailureRows(db: Db, parkId: number, limit: number): Promise<StationAuthFailureRow[]> {
  return db
    .select()
    .from(stationAuthFailures)
    .where(eq(stationAuthFailures.parkId, parkId))
    .orderBy(desc(stationAuthFailures.lastAt), desc(stationAuthFailures.id))
    .limit(limit);
}

export async function replaceStationLimits(db: Db, stationId: number, limits: { factorCode: string; upper: string | null; lower: string | null }[]) {
  await db.delete(stationLimits).where(eq(stationLimits.stationId, stationId));
  if (limits.length) await db.insert(stationLimits).values(limits.map((l) => ({ stationId, ...l })));
}

export async function getLimitsOfStations(db: Db, stationIds: number[]) {
  if (stationIds.length === 0) return [];
  return db.select().from(stationLimits).where(inArray(stationLimits.stationId, stationIds));
}

export interface NewReading {
  parkId: number;
  stationId: number;
  cn: string;
  dataTime: Date;
  factors: Record<string, FactorReading>;
}

/** A PostgreSQL array literal of text elements, each quoted and escaped. */
const arrayLiteral = (items: string[]) => `{${items.map((t) => `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

/**
 * Inserts readings, skipping any already stored (same station, CN and data time). With `returning`, answers which
 * were inserted; without, only how many (parsing a returned row per reading costs as much as inserting it).
 * The batch goes as five array parameters unnested by the server: building and parsing one statement with
 * thousands of parameters costs more than the insert itself.
 */
export async function insertReadings(
  db: Db,
  rows: NewReading[],
  returning: boolean,
): Promise<{ count: number; inserted: { stationId: number; cn: string; dataTime: Date }[] }> {
  if (rows.length === 0) return { count: 0, inserted: [] };
  const result = (await db.execute(sql`
    INSERT INTO readings (park_id, station_id, cn, data_time, factors)
    SELECT * FROM unnest(
      ${`{${rows.map((r) => r.parkId).join(',')}}`}::int[],
      ${`{${rows.map((r) => r.stationId).join(',')}}`}::int[],
      ${arrayLiteral(rows.map((r) => r.cn))}::text[],
      ${arrayLiteral(rows.map((r) => r.dataTime.toISOString()))}::timestamptz[],
      ${arrayLiteral(rows.map((r) => JSON.stringify(r.factors)))}::jsonb[])
    ON CONFLICT (station_id, cn, data_time) DO NOTHING
    ${returning ? sql`RETURNING station_id, cn, data_time` : sql``}`)) as unknown as {
    rows: { station_id: number; cn: string; data_time: Date | string }[];
    rowCount?: number | null;
    affectedRows?: number;
  };
  const inserted = result.rows.map((r) => ({ stationId: r.station_id, cn: r.cn, dataTime: new Date(r.data_time) }));
  // node-postgres says rowCount, PGlite affectedRows.
  return { count: returning ? inserted.length : (result.rowCount ?? result.affectedRows ?? 0), inserted };
}

/** Notes when each station was last heard, in one statement for the whole batch. */
export async function touchStations(db: Db, seen: Map<number, Date>): Promise<void> {
  if (seen.size === 0) return;
  const ids = `{${[...seen.keys()].join(',')}}`;
  const times = `{${[...seen.values()].map((d) => `"${d.toISOString()}"`).join(',')}}`;
  await db.execute(sql`
    UPDATE stations AS s SET last_seen_at = v.at
    FROM (SELECT unnest(${ids}::int[]) AS id, unnest(${times}::timestamptz[]) AS at) AS v
    WHERE s.id = v.id AND (s.last_seen_at IS NULL OR s.last_seen_at < v.at)`);
}

/**
 * Holds each station until the transaction ends, so that two batches of one station step its alarms one after the
 * other. Taken in id order, so two transactions never wait on each other in a circle.
 */
export async function lockStations(db: Db, stationIds: number[]): Promise<void> {
  if (stationIds.length === 0) return;
  const ids = `{${[...stationIds].sort((a, b) => a - b).join(',')}}`;
  await db.execute(sql`SELECT pg_advisory_xact_lock(212, id) FROM (SELECT unnest(${ids}::int[]) AS id ORDER BY 1) AS s`);
}

/** The newest data time stored for each station and kind, one index probe each. */
export async function lastDataTimes(db: Db, keys: { stationId: number; cn: string }[]): Promise<Map<string, Date>> {
  if (keys.length === 0) return new Map();
  const result = (await db.execute(sql`
    SELECT k.station_id, k.cn,
      (SELECT max(r.data_time) FROM readings r WHERE r.station_id = k.station_id AND r.cn = k.cn) AS last
    FROM unnest(${`{${keys.map((k) => k.stationId).join(',')}}`}::int[], ${arrayLiteral(keys.map((k) => k.cn))}::text[]) AS k(station_id, cn)`)) as unknown as {
    rows: { station_id: number; cn: string; last: Date | string | null }[];
  };
  return new Map(result.rows.filter((r) => r.last !== null).map((r) => [`${r.station_id}|${r.cn}`, new Date(r.last!)]));
}

/** Up to `limit` readings of a station and kind from a data time on (or after it), oldest first. */
export async function readingsFrom(db: Db, stationId: number, cn: string, from: Date, exclusive: boolean, limit: number) {
  return db
    .select({ dataTime: readings.dataTime, factors: readings.factors })
    .from(readings)
    .where(and(eq(readings.stationId, stationId), eq(readings.cn, cn), exclusive ? gt(readings.dataTime, from) : gte(readings.dataTime, from)))
    .orderBy(asc(readings.dataTime))
    .limit(limit);
}

export async function getOpenAlarms(db: Db, stationIds: number[]): Promise<AlarmRow[]> {
  if (stationIds.length === 0) return [];
  return db.select().from(alarms).where(and(inArray(alarms.stationId, stationIds), isNull(alarms.endedAt)));
}

export interface AlarmKey {
  stationId: number;
  factorCode: string;
  cn: string;
}

const alarmKeyIs = (k: AlarmKey) => and(eq(alarms.stationId, k.stationId), eq(alarms.factorCode, k.factorCode), eq(alarms.cn, k.cn));

/** The latest alarm of a station factor and kind that started before a data time. */
export async function alarmBefore(db: Db, k: AlarmKey, at: Date): Promise<AlarmRow | null> {
  const rows = await db.select().from(alarms).where(and(alarmKeyIs(k), lt(alarms.startedAt, at))).orderBy(desc(alarms.startedAt)).limit(1);
  return rows[0] ?? null;
}

/** The alarms of a station factor and kind that started from a data time on, up to another (or the end). */
export async function alarmsStarted(db: Db, k: AlarmKey, from: Date, until: Date | null): Promise<AlarmRow[]> {
  return db
    .select()
    .from(alarms)
    .where(and(alarmKeyIs(k), gte(alarms.startedAt, from), until ? lte(alarms.startedAt, until) : undefined));
}

export async function insertAlarm(db: Db, a: typeof alarms.$inferInsert): Promise<number> {
  const [row] = await db.insert(alarms).values(a).returning({ id: alarms.id });
  return row.id;
}

export async function updateAlarm(db: Db, id: number, fields: Partial<typeof alarms.$inferInsert>): Promise<void> {
  await db.update(alarms).set(fields).where(eq(alarms.id, id));
}

export async function deleteAlarms(db: Db, ids: number[]): Promise<void> {
  if (ids.length) await db.delete(alarms).where(inArray(alarms.id, ids));
}

export async function listAlarmRows(db: Db, parkId: number, limit: number): Promise<AlarmRow[]> {
  return db.select().from(alarms).where(eq(alarms.parkId, parkId)).orderBy(desc(alarms.startedAt)).limit(limit);
}

/** The latest reading of each kind (CN) of a station. */
export async function latestReadings(db: Db, stationId: number) {
  return db
    .selectDistinctOn([readings.cn], { cn: readings.cn, dataTime: readings.dataTime, factors: readings.factors, receivedAt: readings.receivedAt })
    .from(readings)
    .where(eq(readings.stationId, stationId))
    .orderBy(readings.cn, desc(readings.dataTime));
}

/** The newest `limit` readings of a station and kind between two times, oldest first. */
export async function readingSeries(db: Db, stationId: number, cn: string, from: Date, to: Date, limit: number) {
  const rows = await db
    .select({ dataTime: readings.dataTime, factors: readings.factors })
    .from(readings)
    .where(and(eq(readings.stationId, stationId), eq(readings.cn, cn), gte(readings.dataTime, from), lte(readings.dataTime, to)))
    .orderBy(desc(readings.dataTime))
    .limit(limit);
  return rows.reverse();
}

export async function countReadings(db: Db, stationId?: number): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(readings)
    .where(stationId === undefined ? undefined : eq(readings.stationId, stationId));
  return rows[0].n;
}
