import { date, foreignKey, index, integer, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { monitoringPoints } from './monitoringPoints.js';
import { parks } from './parks.js';

/**
 * 导入的空气质量日均值: daily values of an air point whose data the park does not receive over HJ 212 (the city's
 * station, 城市站), as published (integers in µg/m³, CO in mg/m³ with one decimal; O3 the daily maximum 8-hour mean),
 * or computed from an imported hourly file. One row per point and day; a later import replaces it.
 */
export const airSeriesDays = pgTable(
  'air_series_days',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    /** The park's monitoring point (the foreign key is on park and point). */
    pointId: integer('point_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    /** Daily values as published, decimal text read into numbers exactly; null = missing or invalid. */
    so2: numeric('so2'),
    no2: numeric('no2'),
    co: numeric('co'),
    o3_8h: numeric('o3_8h'),
    /** O3 daily maximum 1-hour mean: from hourly files, or a daily file's o3_1h column; null otherwise. */
    o3_1h: numeric('o3_1h'),
    pm10: numeric('pm10'),
    pm25: numeric('pm25'),
    /** The AQI the file published, kept beside the one computed from the values. */
    aqi: integer('aqi'),
    /** 'daily' (日均值 as published) or 'hourly' (daily values computed from imported hourly values). */
    origin: text('origin').notNull(),
    /** 模拟数据 and the like: shown wherever the series is. */
    dataLabel: text('data_label'),
    source: text('source').notNull(),
    importedBy: text('imported_by').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'air_series_days_park_point_fk', columns: [t.parkId, t.pointId], foreignColumns: [monitoringPoints.parkId, monitoringPoints.id] }).onDelete('cascade'),
    uniqueIndex('air_series_days_park_point_day_idx').on(t.parkId, t.pointId, t.day),
  ],
);

/**
 * 录入的年度空气质量数据: where only an annual figure exists (优良天数, 优良率, annual means of a city station's bulletin),
 * the figure as the user entered it, printed as entered and marked so in provenance. Keys: src/domain/monitoring/
 * airSeries/annualFigureKeys.ts.
 */
export const airAnnualFigures = pgTable(
  'air_annual_figures',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    pointId: integer('point_id').notNull(),
    year: integer('year').notNull(),
    /** goodDays, goodRate, mean.pm25, mean.pm10, mean.o3, mean.no2, mean.so2, mean.co */
    key: text('key').notNull(),
    /** Decimal text as entered. */
    value: text('value').notNull(),
    /** Where the figure comes from (a bulletin, a report). */
    source: text('source').notNull(),
    enteredBy: text('entered_by').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'air_annual_figures_park_point_fk', columns: [t.parkId, t.pointId], foreignColumns: [monitoringPoints.parkId, monitoringPoints.id] }).onDelete('cascade'),
    uniqueIndex('air_annual_figures_park_point_year_key_idx').on(t.parkId, t.pointId, t.year, t.key),
    index('air_annual_figures_park_year_idx').on(t.parkId, t.year),
  ],
);
