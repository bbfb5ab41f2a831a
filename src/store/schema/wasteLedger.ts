import { boolean, index, integer, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.js';
import { parks } from './parks.js';

/**
 * 固体废物台账: one enterprise's general industrial solid waste (一般工业固体废物) and hazardous waste (危险废物) of one
 * year, in t/a as exact decimals (`numeric` without scale keeps what was written; read as strings), as table 10 of
 * the annual report lists them (`src/domain/registers/waste`). One row per enterprise and year; an import of a year
 * replaces that year's rows.
 */
export const wasteLedgerRows = pgTable(
  'waste_ledger_rows',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** Position of the row in the imported table (序号). */
    seq: integer('seq').notNull(),
    /**
     * The enterprise name as the imported table wrote it, when it differs from the file's name (a name the user
     * confirmed at import, or a row linked by its credit code under another name); null when the same.
     */
    nameInTable: text('name_in_table'),
    generalGeneratedTonnes: numeric('general_generated_tonnes').notNull(),
    generalSelfUtilisedTonnes: numeric('general_self_utilised_tonnes').notNull(),
    generalSelfDisposedTonnes: numeric('general_self_disposed_tonnes').notNull(),
    generalEntrustedTonnes: numeric('general_entrusted_tonnes').notNull(),
    hazardousGeneratedTonnes: numeric('hazardous_generated_tonnes').notNull(),
    hazardousSelfUtilisedTonnes: numeric('hazardous_self_utilised_tonnes').notNull(),
    hazardousSelfDisposedTonnes: numeric('hazardous_self_disposed_tonnes').notNull(),
    hazardousEntrustedTonnes: numeric('hazardous_entrusted_tonnes').notNull(),
    /** 涉危废转移清单企业. */
    transferManifest: boolean('transfer_manifest').notNull(),
    /** 危险废物类别 (HW01–HW50) where known. */
    hwCategories: text('hw_categories').array().notNull(),
    /** The file the row was imported from. */
    source: text('source').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    importedBy: text('imported_by').notNull(),
  },
  (t) => [
    uniqueIndex('waste_ledger_rows_park_enterprise_year_idx').on(t.parkId, t.enterpriseId, t.year),
    index('waste_ledger_rows_park_year_idx').on(t.parkId, t.year),
  ],
);
