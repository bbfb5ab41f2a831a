import { foreignKey, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { monitoringPoints } from './monitoringPoints.js';
import { parks } from './parks.js';

/**
 * 监测计划: one row of a park's yearly monitoring plan (表3 环境质量监测计划及落实情况) — the object monitored
 * (监测对象), the points, items, frequency and standard as the plan prints them, and the number of campaigns (期) a
 * year the frequency means. A row the plan adds under another (增设1个点位：公租房A区) is its own item with the same
 * medium, repeating the texts it shares with the row above (a printed table merges them). 落实情况 is not stored: it is computed from the
 * lab results of the linked points (src/domain/monitoring/plan/planVersusDone.ts); reasonNotDone says why not.
 */
export const monitoringPlanItems = pgTable(
  'monitoring_plan_items',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** src/domain/monitoring/plan/planItem.ts PLAN_MEDIA: 'air' | 'surfaceWater' | 'groundwater' | 'noise' | 'soil' | 'pollutionSource'. */
    medium: text('medium').notNull(),
    /** Order of the row in the printed table, within the year. */
    sortOrder: integer('sort_order').notNull(),
    /** 监测点位 as printed. */
    pointsText: text('points_text').notNull(),
    /** 监测项目 as printed. */
    itemsText: text('items_text').notNull(),
    /** 监测频次 as printed. */
    frequencyText: text('frequency_text').notNull(),
    /** Campaigns (期) a year each linked point is to be sampled in; proposed from frequencyText, confirmed by the user. */
    campaignsPerYear: integer('campaigns_per_year').notNull(),
    /** 执行标准 as printed. */
    standardText: text('standard_text').notNull(),
    /** Why the item was not (fully) carried out; null: no reason given. */
    reasonNotDone: text('reason_not_done'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    /** The target of the (park, item) foreign key of monitoring_plan_item_points. */
    uniqueIndex('monitoring_plan_items_park_id_idx').on(t.parkId, t.id),
    index('monitoring_plan_items_park_year_idx').on(t.parkId, t.year, t.sortOrder),
  ],
);

/** The monitoring points a plan item covers, of the item's park (both foreign keys are on park and id). */
export const monitoringPlanItemPoints = pgTable(
  'monitoring_plan_item_points',
  {
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    itemId: integer('item_id').notNull(),
    pointId: integer('point_id').notNull(),
    /** Order of the point within the item. */
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    primaryKey({ name: 'monitoring_plan_item_points_pk', columns: [t.parkId, t.itemId, t.pointId] }),
    foreignKey({ name: 'monitoring_plan_item_points_item_fk', columns: [t.parkId, t.itemId], foreignColumns: [monitoringPlanItems.parkId, monitoringPlanItems.id] }).onDelete('cascade'),
    foreignKey({ name: 'monitoring_plan_item_points_point_fk', columns: [t.parkId, t.pointId], foreignColumns: [monitoringPoints.parkId, monitoringPoints.id] }).onDelete('cascade'),
    index('monitoring_plan_item_points_point_idx').on(t.parkId, t.pointId),
  ],
);
