import { sql } from 'drizzle-orm';
import { index, integer, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { stations } from './monitoring.js';
import { parks } from './parks.js';

/**
 * 监测点位: where a park monitors — air stations, micro-stations (微站), the city station it relies on (城市站),
 * surface-water sections (地表水断面), groundwater wells (地下水井), soil and noise points, outlets (排放口) —
 * with its role against the park (上风向, 下风向, 园区内, 上游, 下游, 敏感点), its coordinates in decimal degrees,
 * the HJ 212 station it is (when it is one) and the standard and class that apply.
 */
export const monitoringPoints = pgTable(
  'monitoring_points',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** src/domain/geo/pointKinds.ts POINT_KINDS. */
    kind: text('kind').notNull(),
    /** src/domain/geo/pointKinds.ts POINT_ROLES; null: none. */
    role: text('role'),
    /** Decimal degrees, 6 places (east positive). */
    longitude: numeric('longitude', { precision: 9, scale: 6 }).notNull(),
    /** Decimal degrees, 6 places (north positive). */
    latitude: numeric('latitude', { precision: 8, scale: 6 }).notNull(),
    /** The HJ 212 station this point is, of the same park (the service checks). */
    stationId: integer('station_id').references(() => stations.id, { onDelete: 'set null' }),
    /** src/domain/standards/evaluateSample.ts STANDARD_CODES, e.g. GB3095. */
    standardCode: text('standard_code'),
    /** Class or grade under that standard as printed: 二级, Ⅲ类, 2类… */
    standardClass: text('standard_class'),
    /** Items monitored, as named in the plan (二氧化硫, PM2.5 …). */
    items: text('items').array().notNull().default(sql`'{}'::text[]`),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('monitoring_points_park_name_idx').on(t.parkId, t.name),
    /** The target of the (park, point) foreign keys that keep a point's rows in its park (lab_results). */
    uniqueIndex('monitoring_points_park_id_idx').on(t.parkId, t.id),
    index('monitoring_points_station_idx').on(t.parkId, t.stationId),
  ],
);
