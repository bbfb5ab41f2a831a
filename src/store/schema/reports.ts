import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { parks } from './parks.js';
import { users } from './users.js';

/**
 * Text a user wrote for a report year: in place of a generated paragraph (block key `1.ledger`), or a narrative
 * part (`3` 成效, `4` 问题和难题, `5` 下一步工作计划). Deleting the row goes back to the generated paragraph.
 */
export const reportTexts = pgTable(
  'report_texts',
  {
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    /** annual (年度自评估报告) or duty (履职情况报告). */
    report: text('report').notNull(),
    year: integer('year').notNull(),
    blockKey: text('block_key').notNull(),
    text: text('text').notNull(),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    /** Who wrote it as the audit trail names them (a user's login, or cli). */
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.parkId, t.report, t.year, t.blockKey] })],
);
