import { boolean, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { parks } from './parks.js';

/** 一企一档: one row per enterprise; approvals and filings hang off it. */
export const enterprises = pgTable(
  'enterprises',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    /** 序号 in the park's ledger table. */
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    creditCode: text('credit_code'),
    industryCode: text('industry_code'),
    status: text('status').notNull(),
    riskSource: boolean('risk_source'),
    address: text('address'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    note: text('note'),
    enteredOn: date('entered_on', { mode: 'string' }),
    clearedOn: date('cleared_on', { mode: 'string' }),
    permitHeld: boolean('permit_held').notNull().default(false),
    permitClass: text('permit_class'),
    permitNumber: text('permit_number'),
    permitValidUntil: date('permit_valid_until', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('enterprises_park_id_name_idx').on(t.parkId, t.name),
    index('enterprises_park_id_seq_idx').on(t.parkId, t.seq),
  ],
);

/** 环评批复 / 登记表备案, several per enterprise, in table order (`ord`). */
export const eiaApprovals = pgTable(
  'eia_approvals',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id, { onDelete: 'cascade' }),
    ord: integer('ord').notNull(),
    type: text('type'),
    documentNumber: text('document_number'),
    approvedOn: date('approved_on', { mode: 'string' }),
    authority: text('authority'),
    acceptance: text('acceptance').notNull(),
    acceptedOn: date('accepted_on', { mode: 'string' }),
  },
  (t) => [index('eia_approvals_enterprise_id_idx').on(t.enterpriseId), index('eia_approvals_park_id_idx').on(t.parkId)],
);

/** 突发环境事件应急预案备案 */
export const emergencyPlanFilings = pgTable(
  'emergency_plan_filings',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id, { onDelete: 'cascade' }),
    ord: integer('ord').notNull(),
    filingNumber: text('filing_number'),
    riskLevel: text('risk_level'),
    filedOn: date('filed_on', { mode: 'string' }),
  },
  (t) => [
    index('emergency_plan_filings_enterprise_id_idx').on(t.enterpriseId),
    index('emergency_plan_filings_park_id_idx').on(t.parkId),
  ],
);
