import { date, foreignKey, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { monitoringPoints } from './monitoringPoints.js';
import { parks } from './parks.js';

/**
 * 实验室监测结果: one result of a lab report (监测报告) for a park's monitoring point, item and sampling date, in the
 * report year it belongs to. The value is kept as the reader gives it (`src/domain/monitoring/labResults`): decimal
 * text, below detection (未检出) with its limit when given, or not measured (未测). One value per point, date and item;
 * a later import replaces it.
 */
export const labResults = pgTable(
  'lab_results',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    /** The park's monitoring point: of the same park (the foreign key is on park and point). */
    pointId: integer('point_id').notNull(),
    /** The report year the results belong to; sampledOn falls in it. */
    year: integer('year').notNull(),
    sampledOn: date('sampled_on', { mode: 'string' }).notNull(),
    /** The standards' item id the reader maps to (src/domain/monitoring/labResults/labItems.ts): 'NH3-N', 'CODMn' … */
    item: text('item').notNull(),
    /** 'number' | 'belowDetection' | 'notMeasured' (ResultValue.kind). */
    valueKind: text('value_kind').notNull(),
    /** Decimal text for 'number'; null otherwise. */
    value: text('value'),
    /** Detection limit for 'belowDetection' when the report gives one. */
    detectionLimit: text('detection_limit'),
    /** Canonical unit of the value ('mg/L'), or the text as written for an item no standard limits. */
    unit: text('unit').notNull(),
    /** The file the result was imported from. */
    source: text('source').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    importedBy: text('imported_by').notNull(),
  },
  (t) => [
    foreignKey({ name: 'lab_results_park_point_fk', columns: [t.parkId, t.pointId], foreignColumns: [monitoringPoints.parkId, monitoringPoints.id] }).onDelete('cascade'),
    uniqueIndex('lab_results_park_point_date_item_idx').on(t.parkId, t.pointId, t.sampledOn, t.item),
    index('lab_results_park_year_idx').on(t.parkId, t.year),
  ],
);
