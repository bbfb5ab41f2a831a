import { bigserial, boolean, index, integer, jsonb, numeric, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.js';
import { parks } from './parks.js';

/**
 * 监测站点: air micro-stations, water-quality stations and online monitors at outlets, each a data logger that
 * talks HJ 212 and is known by its MN (设备唯一标识).
 */
export const stations = pgTable(
  'stations',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    /** HJ 212 MN, up to 24 characters. */
    mn: text('mn').notNull(),
    name: text('name').notNull(),
    /** HJ 212 ST system code the station sends (22 ambient air, 21 surface water, 31 air pollution source, 32 water source …). */
    systemCode: text('system_code').notNull(),
    /**
     * The station's access password (PW), salted and slow: an argon2id PHC string ($argon2id$…). Hashes from before
     * argon2 read `$sha256$<hex>` (unsalted SHA-256) and are rehashed at the station's first successful login.
     */
    passwordHash: text('password_hash').notNull(),
    enterpriseId: integer('enterprise_id').references(() => enterprises.id, { onDelete: 'set null' }),
    location: text('location'),
    longitude: numeric('longitude'),
    latitude: numeric('latitude'),
    /** Seconds between real-time uploads; the station is offline after three missed intervals. */
    uploadIntervalSeconds: integer('upload_interval_seconds').notNull().default(60),
    active: boolean('active').notNull().default(true),
    /** 模拟数据 and the like: the station's data is not measured, and every page showing it says so. */
    dataLabel: text('data_label'),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('stations_mn_idx').on(t.mn), index('stations_park_id_idx').on(t.parkId)],
);

/** Alarm limit per station and factor (e.g. the discharge limit of an outlet's permit). */
export const stationLimits = pgTable(
  'station_limits',
  {
    stationId: integer('station_id').notNull().references(() => stations.id, { onDelete: 'cascade' }),
    factorCode: text('factor_code').notNull(),
    upper: numeric('upper'),
    lower: numeric('lower'),
  },
  (t) => [primaryKey({ columns: [t.stationId, t.factorCode] })],
);

/** One factor of a reading: values as decimal strings exactly as received, the data flag and what we found. */
export interface FactorReading {
  rtd?: string;
  avg?: string;
  min?: string;
  max?: string;
  cou?: string;
  /** HJ 212 data flag (N, F, M, S, D, C, T, B) as sent. */
  flag?: string;
  /** Counted as valid data: flag N or S (or none) and no mark that invalidates it. */
  valid: boolean;
  /** Quality marks found on receipt: zero, negative, constant, out_of_range. */
  marks: string[];
}

/**
 * Readings as loggers sent them: one row per station, data kind (CN 2011 real-time, 2051 minute, 2061 hour, 2031 day)
 * and data time, with every factor of the frame in `factors`. A re-sent frame changes nothing (the unique index), so
 * a logger that retries after a lost acknowledgement does not double its data. One row per frame keeps ingest at
 * tens of thousands of frames a second.
 */
export const readings = pgTable(
  'readings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    parkId: integer('park_id').notNull(),
    stationId: integer('station_id').notNull().references(() => stations.id, { onDelete: 'cascade' }),
    cn: text('cn').notNull(),
    dataTime: timestamp('data_time', { withTimezone: true }).notNull(),
    factors: jsonb('factors').$type<Record<string, FactorReading>>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('readings_station_cn_time_idx').on(t.stationId, t.cn, t.dataTime), index('readings_park_id_idx').on(t.parkId)],
);

/** An exceedance: a factor of a station above its limit, from the first to the last exceeding value. */
export const alarms = pgTable(
  'alarms',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull(),
    stationId: integer('station_id').notNull().references(() => stations.id, { onDelete: 'cascade' }),
    factorCode: text('factor_code').notNull(),
    cn: text('cn').notNull(),
    limitValue: numeric('limit_value').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    /** Data time of the first value back within the limit; null while the alarm lasts. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    peakValue: numeric('peak_value').notNull(),
    peakAt: timestamp('peak_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('alarms_station_factor_idx').on(t.stationId, t.factorCode), index('alarms_park_id_idx').on(t.parkId)],
);

/**
 * 口令错误: wrong passwords (PW) sent for a registered station's MN, from one address, as one episode: a failure
 * within the receiver's counting window of the episode's last one adds to it, a later one starts a new episode.
 * The officer sees them beside the alarms; attempts for MNs that are not registered have no park and are shown to
 * administrators in the receiver status instead.
 */
export const stationAuthFailures = pgTable(
  'station_auth_failures',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull(),
    stationId: integer('station_id').notNull().references(() => stations.id, { onDelete: 'cascade' }),
    /** The sender's IP address as the receiver saw it. */
    address: text('address').notNull(),
    failures: integer('failures').notNull(),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('station_auth_failures_station_idx').on(t.stationId, t.address, t.lastAt), index('station_auth_failures_park_id_idx').on(t.parkId)],
);
