import type { WasteReportInput } from '../../domain/report/sections/registers/wasteSection.js';
import { listWasteLedgerRows } from '../../store/queries/wasteLedger.js';
import type { ServiceContext } from '../context.js';
import { toWasteRow } from '../registers/wasteLedger.js';

/**
 * The year's solid and hazardous waste ledger as section 二（六）and table 10 print it: each row with its enterprise
 * (as the file names it now) and the import it came from. Reads in the caller's transaction (the report's snapshot).
 */
export async function loadWasteReportInput(tx: ServiceContext, parkId: number, year: number): Promise<WasteReportInput> {
  const rows = await listWasteLedgerRows(tx.db, parkId, year);
  return {
    rows: rows.map((r) => ({ ...toWasteRow(r), source: r.source, importedBy: r.importedBy, importedAt: r.importedAt.toISOString() })),
  };
}
