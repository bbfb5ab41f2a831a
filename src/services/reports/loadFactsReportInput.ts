import type { RecordRef } from '../../domain/report/reportModel.js';
import type { FactsReportInput } from '../../domain/report/sections/registers/factsInput.js';
import { getManagementFactsRow, listEnterprisesWithEmissions } from '../../store/queries/managementFacts.js';
import type { ServiceContext } from '../context.js';
import { factsOfRow } from '../registers/managementFacts.js';
import { LEDGER_POLLUTANTS } from '../registers/managementFactsSchemas.js';

/**
 * The year's management facts as the report's facts sections read them, with the enterprises the emission ledger
 * has rows for (undefined when nothing is entered for the year). Reads in the caller's (report) transaction.
 */
export async function loadFactsReportInput(tx: ServiceContext, parkId: number, year: number): Promise<FactsReportInput | undefined> {
  const row = await getManagementFactsRow(tx.db, parkId, year);
  if (!row) return undefined;
  const { facts, carriedFromYear } = factsOfRow(row);
  const ledger = async (pollutants: readonly string[]): Promise<RecordRef[] | null> => {
    const found = await listEnterprisesWithEmissions(tx.db, parkId, year, pollutants);
    return found.length ? found.map((e) => ({ entity: 'enterprise', id: e.id, label: e.name, code: e.creditCode })) : null;
  };
  return {
    year,
    record: { entity: 'managementFacts', id: row.id, label: `${year}年环境管理情况` },
    facts,
    by: row.updatedBy,
    at: row.updatedAt.toISOString(),
    carriedFromYear,
    ledger: {
      wastewaterEnterprises: await ledger(LEDGER_POLLUTANTS.wastewaterEnterprises),
      wasteGasEnterprises: await ledger(LEDGER_POLLUTANTS.wasteGasEnterprises),
    },
  };
}
