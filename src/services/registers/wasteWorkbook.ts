import { writeWasteWorkbook } from '../../render/xlsx/writeWasteWorkbook.js';
import type { ServiceContext } from '../context.js';
import { resolvePark } from '../parks/resolvePark.js';
import { listWasteLedger } from './wasteLedger.js';

/**
 * A year of the park's waste ledger as a workbook in the layout of table 10, with each row's credit code and HW
 * categories after the table's columns: what `importWasteWorkbook` reads back to the same rows.
 *
 * Each row is named as the enterprise file names it, not as the imported table wrote it (`nameInTable`): the export
 * is the park's ledger, which links to the file, and the file's name is what a re-import links by without asking
 * again (the credit code column links the row too, but a row of an enterprise without one links by name only). The
 * table's own name stays on the stored row, in the audit trail and in the report lint.
 */
export async function exportWasteWorkbook(ctx: ServiceContext, parkCode: string, year: number): Promise<{ fileName: string; bytes: Buffer; rows: number }> {
  const ledger = await listWasteLedger(ctx, parkCode, year);
  const park = await resolvePark(ctx, parkCode, 'read');
  const title = `${park.name}${year}年度企业固体废物处置清单`;
  return { fileName: `${title}.xlsx`, bytes: await writeWasteWorkbook(title, ledger.rows, ledger.totals), rows: ledger.rows.length };
}
