import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { parks } from './parks.js';

/**
 * The park environmental credit self-evaluation (issue 12): schemes loaded beside the built-in one, each park's
 * evaluation of a year with its item scores, and the park's honours the award items are proposed from.
 */

/**
 * A credit scheme loaded from a file or corrected by an administrator: src/domain/credit CreditScheme as `data`. The
 * built-in schemes live in code; a stored scheme with the same id and a higher version replaces one for new
 * evaluations. A version once used by an evaluation is never changed: a correction is a new version.
 */
export const creditSchemes = pgTable(
  'credit_schemes',
  {
    id: serial('id').primaryKey(),
    schemeId: text('scheme_id').notNull(),
    version: text('version').notNull(),
    data: jsonb('data').notNull(),
    /** The file it was loaded from, or 'admin' for a correction made in the platform. */
    source: text('source').notNull(),
    loadedBy: text('loaded_by').notNull(),
    loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('credit_schemes_scheme_version_idx').on(t.schemeId, t.version)],
);

/** A park's self-evaluation of a year under one scheme version; 'submitted' locks it (its history is the audit trail). */
export const creditEvaluations = pgTable(
  'credit_evaluations',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    schemeId: text('scheme_id').notNull(),
    schemeVersion: text('scheme_version').notNull(),
    /** 'draft' | 'submitted'. */
    status: text('status').notNull(),
    submittedBy: text('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('credit_evaluations_park_year_idx').on(t.parkId, t.year)],
);

/** One item's score in an evaluation, with the comment and evidence (src/domain/credit ItemScore). */
export const creditItemScores = pgTable(
  'credit_item_scores',
  {
    id: serial('id').primaryKey(),
    evaluationId: integer('evaluation_id').notNull().references(() => creditEvaluations.id, { onDelete: 'cascade' }),
    itemNumber: text('item_number').notNull(),
    score: integer('score').notNull(),
    comment: text('comment'),
    evidence: jsonb('evidence').notNull().default([]),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('credit_item_scores_evaluation_item_idx').on(t.evaluationId, t.itemNumber)],
);

/** 园区荣誉: an award or recognition the park received (全省绿色制造体系示范单位), with its level and year. */
export const parkHonours = pgTable(
  'park_honours',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    /** 'national' | 'ministerial' | 'provincial' | 'municipal' | 'other'. */
    level: text('level').notNull(),
    /** Who awarded it (湖南省工业和信息化厅). */
    issuer: text('issuer'),
    awardedOn: text('awarded_on'),
    /** The document or notice, e.g. its 文号. */
    document: text('document'),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('park_honours_park_year_idx').on(t.parkId, t.year)],
);
