import { NARRATIVE_KEYS } from '../../domain/report/sections/narrativeSections.js';
import type { EnteredText } from '../../domain/report/reportModel.js';
import type { SectionInput } from '../../domain/report/sections/profileSection.js';
import { listChanges } from '../../store/queries/changeLog.js';
import { listEnterprisesOfPark } from '../../store/queries/enterprises.js';
import { getParkApprovals, getParkYearlyFigures } from '../../store/queries/parks.js';
import { listReportTextRows, type ReportTextRow } from '../../store/queries/reportTexts.js';
import { lookupDivision } from '../../domain/regions/index.js';
import { withReadTransaction, type ServiceContext } from '../context.js';
import { checkReportYear } from '../ledger/getLedgerStats.js';
import { resolvePark } from '../parks/resolvePark.js';
import { loadMonitoringReportInput } from './loadMonitoringReportInput.js';
import { loadWasteReportInput } from './loadWasteReportInput.js';
import { loadFactsReportInput } from './loadFactsReportInput.js';
import { loadRequirementReportInput } from './loadRequirementReportInput.js';
import { loadQuotaReportInput } from './loadQuotaReportInput.js';
import { loadCreditReportInput } from './loadCreditReportInput.js';

const entered = (row: ReportTextRow, carriedFromYear?: number): EnteredText => ({
  text: row.text,
  by: row.updatedByName,
  at: row.updatedAt.toISOString(),
  ...(carriedFromYear ? { carriedFromYear } : {}),
});

/**
 * The year's texts by block key: this year's for every block; for a narrative chapter without one, the latest
 * earlier year's, marked as carried over.
 */
export function textsOfYear(rows: readonly ReportTextRow[], year: number): Record<string, EnteredText> {
  const texts: Record<string, EnteredText> = {};
  for (const row of rows) {
    if (row.year === year) texts[row.blockKey] = entered(row);
    else if ((NARRATIVE_KEYS as readonly string[]).includes(row.blockKey)) texts[row.blockKey] = entered(row, row.year);
  }
  // Rows come oldest first, so a later year overwrites an earlier one and this year's wins.
  return texts;
}

/** Everything the annual report of a park and year prints, read in one consistent read-only snapshot. */
export async function loadAnnualReportData(ctx: ServiceContext, parkCode: string, year: unknown): Promise<SectionInput> {
  const y = checkReportYear(year);
  return withReadTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'read');
    // One after another: a transaction is one connection, which runs one query at a time.
    const approvals = await getParkApprovals(tx.db, park.id);
    const yearlyFigures = await getParkYearlyFigures(tx.db, park.id);
    const enterprises = await listEnterprisesOfPark(tx.db, park.id);
    const changes = await listChanges(tx.db, park.id, 'park', park.id);
    const textRows = await listReportTextRows(tx.db, park.id, 'annual', y);
    const monitoring = await loadMonitoringReportInput(tx, park.code, y);
    const last = changes[0];
    return {
      year: y,
      park: {
        id: park.id,
        code: park.code,
        name: park.name,
        level: park.level,
        location: park.location,
        divisionName: lookupDivision(park.divisionCode)?.fullName ?? null,
        leadingIndustries: park.leadingIndustries,
        approvedAreaKm2: park.approvedAreaKm2,
        extendedAreaKm2: park.extendedAreaKm2,
        extensionDocument: park.extensionDocument,
        history: park.history,
        approvals,
        yearlyFigures: yearlyFigures.map((f) => ({
          year: f.year,
          industrialOutputYiYuan: f.industrialOutputYiYuan,
          industrialAddedValueYiYuan: f.industrialAddedValueYiYuan,
        })),
        lastChange: last ? { by: last.actor, at: last.at.toISOString() } : null,
      },
      enterprises,
      texts: textsOfYear(textRows, y),
      monitoring,
      waste: await loadWasteReportInput(tx, park.id, y),
      facts: await loadFactsReportInput(tx, park.id, y),
      requirements: await loadRequirementReportInput(tx, park.id, y),
      quotas: await loadQuotaReportInput(tx, park.id, y),
      credit: await loadCreditReportInput(tx, park.id, y),
    };
  });
}
