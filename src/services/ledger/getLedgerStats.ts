import { computeLedgerStats } from '../../domain/ledger/ledgerStats.js';
import { generatedText } from '../../domain/report/figures.js';
import { buildLedgerParagraph } from '../../domain/report/sections/ledgerParagraph.js';
import { listEnterprisesOfPark } from '../../store/queries/enterprises.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { resolvePark } from '../parks/resolvePark.js';
import type { LedgerStatsResult } from './schemas.js';

export function checkReportYear(year: unknown): number {
  const y = Number(year);
  if (!Number.isInteger(y) || y < 1990 || y > 2100) {
    throw new ServiceError('BAD_REQUEST', `年份应为1990至2100之间的整数，收到"${String(year)}"`, [
      { field: 'year', value: year, message: '年份应为四位整数，如 2024' },
    ]);
  }
  return y;
}

/** The ledger statistics of a park for a report year: the one source of these figures for UI, API, CLI and report. */
export async function getLedgerStats(ctx: ServiceContext, parkCode: string, year: unknown): Promise<LedgerStatsResult> {
  const y = checkReportYear(year);
  const park = await resolvePark(ctx, parkCode, 'read');
  const enterprises = await listEnterprisesOfPark(ctx.db, park.id);
  const text = generatedText(buildLedgerParagraph(enterprises, y).paragraph);
  return { parkCode: park.code, year: y, stats: computeLedgerStats(enterprises, y), text };
}
