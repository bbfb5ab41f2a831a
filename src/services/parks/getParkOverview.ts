import type { ServiceContext } from '../context.js';
import { getLedgerStats } from '../ledger/getLedgerStats.js';
import { getParkProfile } from './parkProfile.js';
import type { ParkOverview } from './schemas.js';

/** The park's home page: its profile, the ledger statistics of the year and the year's economic figures. */
export async function getParkOverview(ctx: ServiceContext, parkCode: string, year: unknown): Promise<ParkOverview> {
  const park = await getParkProfile(ctx, parkCode);
  const ledger = await getLedgerStats(ctx, parkCode, year);
  const figures = park.yearlyFigures.find((f) => f.year === ledger.year) ?? null;
  return { park, year: ledger.year, stats: ledger.stats, statsText: ledger.text, figures };
}
