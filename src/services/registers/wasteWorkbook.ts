import { writeWasteWorkbook } from '../../render/xlsx/writeWasteWorkbook.js';
import type { ServiceContext } from '../context.js';
import { resolvePark } from '../parks/resolvePark.js';
import { listWasteLedger } from './wasteLedger.js';

/**
 * A year of the park's waste ledger as a workbook in the layout of table 10, with each row's credit code and HW
 * categories after the table's columns: what `importWasteWorkbook` reads back to the same rows.
 */
export async function exportWasteWorkbook(ctx: ServiceContext, parkCode: string, year: number): Promise<{ fileName: string; bytes: Buffer; rows: number }> {
  const ledger = await listWasteLedger(ctx, parkCode, year);
  const park = await resolvePark(ctx, parkCode, 'read');
  const title = `${park.name}${year}年度企业固体废物处置清单`;
  return { fileName: `${title}.xlsx`, bytes: await writeWasteWorkbook(title, ledger.rows, ledger.totals), rows: ledger.rows.length };
}
