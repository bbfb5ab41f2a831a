import { integer, jsonb, numeric, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, index } from 'drizzle-orm/pg-core';

/** 园区: the tenant every other row belongs to. */
export const parks = pgTable(
  'parks',
  {
    id: serial('id').primaryKey(),
    /** 园区代码, e.g. S437012 (provincial) or G433094 (national). */
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** 园区级别: 国家级 / 省级 / 市级 … */
    level: text('level').notNull(),
    /** GB/T 2260 county-level division the park lies in. */
    divisionCode: text('division_code').notNull(),
    location: text('location'),
    leadingIndustries: jsonb('leading_industries').$type<string[]>().notNull().default([]),
    approvedAreaKm2: numeric('approved_area_km2'),
    extendedAreaKm2: numeric('extended_area_km2'),
    /** Document approving the extended area (拓展范围), e.g. 湘发改函[2015]397号. */
    extensionDocument: text('extension_document'),
    /** Free narrative of the park's history that the report prints after the profile. */
    history: text('history'),
    /** When an administrator retired the park (停用): its data stays, read-only and hidden from pickers; null while in use. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('parks_code_idx').on(t.code)],
);

/** 规划及规划环评批复: master plans, plan-EIA approvals, follow-up evaluations. */
export const parkApprovals = pgTable(
  'park_approvals',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    /** master_plan 总体规划 | plan_eia 规划环评 | follow_up 跟踪评价 | establishment 设立/扩区 */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    documentNumber: text('document_number'),
    /** YYYY, YYYY-MM or YYYY-MM-DD: old approvals are often known only to the year or month. */
    approvedOn: text('approved_on'),
    authority: text('authority'),
    ord: integer('ord').notNull().default(0),
  },
  (t) => [index('park_approvals_park_id_idx').on(t.parkId)],
);

/** Yearly economic figures of a park (工业总产值, 工业增加值), in 亿元. */
export const parkYearlyFigures = pgTable(
  'park_yearly_figures',
  {
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    industrialOutputYiYuan: numeric('industrial_output_yi_yuan'),
    industrialAddedValueYiYuan: numeric('industrial_added_value_yi_yuan'),
  },
  (t) => [primaryKey({ columns: [t.parkId, t.year] })],
);
