import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { airAnnualFigures, airSeriesDays, readings, stations } from '../schema/index.js';

export type AirSeriesDayRow = typeof airSeriesDays.$inferSelect;
export type NewAirSeriesDay = Omit<typeof airSeriesDays.$inferInsert, 'id' | 'parkId' | 'importedAt'>;
export type AirAnnualFigureRow = typeof airAnnualFigures.$inferSelect;

/** A station's readings of one kind (CN) with data time in [from, to), oldest first: one query for the whole span. */
export async function listStationReadingsBetween(db: Db, parkId: number, stationId: number, cn: string, from: Date, to: Date) {
  return db
    .select({ dataTime: readings.dataTime, factors: readings.factors })
    .from(readings)
    .where(and(eq(readings.parkId, parkId), eq(readings.stationId, stationId), eq(readings.cn, cn), gte(readings.dataTime, from), lt(readings.dataTime, to)))
    .orderBy(asc(readings.dataTime));
}

/** Marks a station's data (模拟数据), or clears the mark with null. */
export async function setStationDataLabel(db: Db, parkId: number, stationId: number, label: string | null): Promise<void> {
  await db.update(stations).set({ dataLabel: label }).where(and(eq(stations.parkId, parkId), eq(stations.id, stationId)));
}

/** Imported days of the points from `fromDay` up to (not including) `toDay`, by point and day. */
export async function listAirSeriesDayRows(db: Db, parkId: number, pointIds: readonly number[], fromDay: string, toDay: string): Promise<AirSeriesDayRow[]> {
  if (pointIds.length === 0) return [];
  return db
    .select()
    .from(airSeriesDays)
    .where(and(eq(airSeriesDays.parkId, parkId), inArray(airSeriesDays.pointId, [...pointIds]), gte(airSeriesDays.day, fromDay), lt(airSeriesDays.day, toDay)))
    .orderBy(asc(airSeriesDays.pointId), asc(airSeriesDays.day));
}

/** The stored days of a point among `days`. */
export async function listAirSeriesDaysOn(db: Db, parkId: number, pointId: number, days: readonly string[]): Promise<AirSeriesDayRow[]> {
  if (days.length === 0) return [];
  return db
    .select()
    .from(airSeriesDays)
    .where(and(eq(airSeriesDays.parkId, parkId), eq(airSeriesDays.pointId, pointId), inArray(airSeriesDays.day, [...days])))
    .orderBy(asc(airSeriesDays.day));
}

/** Writes days of one park in batches; a point and day already stored takes the new values. */
export async function upsertAirSeriesDays(db: Db, parkId: number, rows: readonly NewAirSeriesDay[]): Promise<void> {
  const CHUNK = 500;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insert(airSeriesDays)
      .values(rows.slice(i, i + CHUNK).map((r) => ({ ...r, parkId })))
      .onConflictDoUpdate({
        target: [airSeriesDays.parkId, airSeriesDays.pointId, airSeriesDays.day],
        set: {
          so2: sql`excluded.so2`,
          no2: sql`excluded.no2`,
          co: sql`excluded.co`,
          o3_8h: sql`excluded.o3_8h`,
          o3_1h: sql`excluded.o3_1h`,
          pm10: sql`excluded.pm10`,
          pm25: sql`excluded.pm25`,
          aqi: sql`excluded.aqi`,
          origin: sql`excluded.origin`,
          dataLabel: sql`excluded.data_label`,
          source: sql`excluded.source`,
          importedBy: sql`excluded.imported_by`,
          importedAt: sql`now()`,
        },
      });
  }
}

/** A park's entered annual figures of the given years, by point, year and key. */
export async function listAirAnnualFigureRows(db: Db, parkId: number, years: readonly number[]): Promise<AirAnnualFigureRow[]> {
  return db
    .select()
    .from(airAnnualFigures)
    .where(and(eq(airAnnualFigures.parkId, parkId), inArray(airAnnualFigures.year, [...years])))
    .orderBy(asc(airAnnualFigures.pointId), asc(airAnnualFigures.year), asc(airAnnualFigures.key));
}

/** Writes entered figures of one park; a point, year and key already entered takes the new value. */
export async function upsertAirAnnualFigures(
  db: Db,
  parkId: number,
  rows: readonly { pointId: number; year: number; key: string; value: string; source: string; enteredBy: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(airAnnualFigures)
    .values(rows.map((r) => ({ ...r, parkId })))
    .onConflictDoUpdate({
      target: [airAnnualFigures.parkId, airAnnualFigures.pointId, airAnnualFigures.year, airAnnualFigures.key],
      set: { value: sql`excluded.value`, source: sql`excluded.source`, enteredBy: sql`excluded.entered_by`, enteredAt: sql`now()` },
    });
}

/** Deletes an entered figure; answers the deleted row, if there was one. */
export async function deleteAirAnnualFigure(db: Db, parkId: number, pointId: number, year: number, key: string): Promise<AirAnnualFigureRow | null> {
  const rows = await db
    .delete(airAnnualFigures)
    .where(and(eq(airAnnualFigures.parkId, parkId), eq(airAnnualFigures.pointId, pointId), eq(airAnnualFigures.year, year), eq(airAnnualFigures.key, key)))
    .returning();
  return rows[0] ?? null;
}

/** One hour of an ambient-air station: the six pollutants' hourly means as text, and the data flag of all six. */
export interface AirHourRow {
  dataTime: Date;
  /** Values keyed by HJ 212 factor code, decimal text. */
  values: Readonly<Record<string, string>>;
  flag: string;
  valid: boolean;
}

/**
 * Inserts a station's hourly air records (CN 2061) in one statement per call: columns travel as arrays and the
 * factors object ({avg, flag, valid, marks} per code) is built by the database — on PGlite several times faster than
 * sending each row's JSON. Rows already stored (same station, CN and data time) are skipped. For bulk loads (the
 * demo's simulated years); the receiver uses insertReadings.
 */
export async function insertAirHoursBulk(db: Db, parkId: number, stationId: number, codes: readonly string[], rows: readonly AirHourRow[]): Promise<void> {
  if (rows.length === 0) return;
  const arr = (items: readonly (string | number | boolean)[]) => `{${items.join(',')}}`;
  const factor = (k: number) =>
    sql`${codes[k]}::text, jsonb_build_object('avg', x.v${sql.raw(String(k))}, 'flag', x.flag, 'valid', x.valid, 'marks', '[]'::jsonb)`;
  const columns = codes.map((c) => sql`${arr(rows.map((r) => r.values[c]))}::text[]`);
  await db.execute(sql`
    INSERT INTO readings (park_id, station_id, cn, data_time, factors)
    SELECT ${parkId}::int, ${stationId}::int, '2061', to_timestamp(x.t), jsonb_build_object(${sql.join(codes.map((_, k) => factor(k)), sql`, `)})
    FROM unnest(${arr(rows.map((r) => r.dataTime.getTime() / 1000))}::float8[], ${arr(rows.map((r) => r.flag))}::text[], ${arr(rows.map((r) => r.valid))}::boolean[], ${sql.join(columns, sql`, `)})
      AS x(t, flag, valid, ${sql.raw(codes.map((_, k) => `v${k}`).join(', '))})
    ON CONFLICT (station_id, cn, data_time) DO NOTHING`);
}
