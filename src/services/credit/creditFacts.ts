import type { CreditFacts } from '../../domain/credit/types.js';
import { ST_LABELS, type StCode } from '../../hj212/codes.js';
import { getParkCodeById, listParkHonourRows, listStationsWithReadings } from '../../store/queries/credit.js';
import { listEnterprisesOfPark } from '../../store/queries/enterprises.js';
import { listStationRows } from '../../store/queries/monitoring.js';
import type { ServiceContext } from '../context.js';
import { planVersusDoneOfYear } from '../monitoring/plan.js';
import { emissionSummary } from '../registers/emissionSummary.js';
import { HONOUR_LEVELS, type HonourLevel } from './creditSchemas.js';

/** Beijing time: a year runs from 1 January 00:00 +08:00 to the next. */
const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000);

const stationKind = (systemCode: string) => ST_LABELS[systemCode as StCode] ?? `系统编码${systemCode}`;

/**
 * What the platform holds of a park in a year, for the credit proposals (src/domain/credit proposeScores). Each fact
 * is undefined when the platform holds no record of that kind for the park at all (the item is then "unseen", not
 * "0 found"), and otherwise lists the records behind it. Reads in the caller's transaction (a report's snapshot).
 */
export async function loadCreditFacts(tx: ServiceContext, parkId: number, year: number): Promise<CreditFacts> {
  const code = await getParkCodeById(tx.db, parkId);
  if (code === null) throw new Error(`park ${parkId} does not exist`);
  const facts: CreditFacts = { year };

  // Honours: a park records its honours here and nowhere else, so "none recorded for the year" is a finding only
  // when the park keeps the register at all (some honour in any year); a park that never entered one is unseen.
  const honours = await listParkHonourRows(tx.db, parkId);
  if (honours.length > 0) {
    facts.honours = honours
      .filter((h) => h.year === year)
      .map((h) => ({ id: h.id, title: h.title, level: levelOf(h.level), awardedOn: h.awardedOn }));
  }

  // The monitoring network: a park without any station registered is unseen (its network may run elsewhere); with
  // stations, the connected ones are those whose data reached the platform in the year (none = not connected).
  if ((await listStationRows(tx.db, parkId)).length > 0) {
    const connected = await listStationsWithReadings(tx.db, parkId, yearStart(year), yearStart(year + 1));
    facts.connectedStations = connected.map((s) => ({ id: s.id, name: s.name, kind: stationKind(s.systemCode) }));
  }

  // EIA and permits from the enterprise ledger, operating enterprises (正常生产) only: an enterprise under
  // construction or in trial production is not yet due a permit, and a cleared or suspended one is not in
  // production. An empty ledger is unseen. An enterprise is without a permit when the ledger records neither a permit
  // nor a management class: one whose class is 登记 but whose number column reads "/" (seed 000 rows 32 and 43) is
  // under registration management (排污登记), which is what the law asks of it, and only its number is missing.
  const enterprises = await listEnterprisesOfPark(tx.db, parkId);
  if (enterprises.length > 0) {
    const operating = enterprises.filter((e) => e.status === 'operating');
    facts.enterprisesWithoutEia = operating.filter((e) => e.eiaApprovals.length === 0).map((e) => ({ id: e.id, name: e.name }));
    facts.enterprisesWithoutPermit = operating.filter((e) => !e.permit.held && e.permit.permitClass === null).map((e) => ({ id: e.id, name: e.name }));
  }

  // Quotas: unseen when the park has no quotas, or no emissions recorded for the year (nothing to compare).
  const summary = await emissionSummary(tx, code, year);
  if (summary.verdict && summary.totals.length > 0) {
    facts.pollutantsOverQuota = summary.verdict.verdicts
      .filter((v) => !v.withinQuota)
      .map((v) => ({ key: v.key, name: v.name, emitted: v.emittedTonnesPerYear, quota: v.quotaTonnesPerYear }));
  }

  // Self-monitoring: unseen when the year has no monitoring plan.
  const plan = await planVersusDoneOfYear(tx, code, year);
  if (plan.length > 0) {
    facts.selfMonitoring = {
      planned: plan.length,
      implemented: plan.filter((i) => i.status === 'done').length,
      notImplemented: plan
        .filter((i) => i.status !== 'done')
        .map((i) => ({ id: i.id, label: `${i.mediumLabel}：${i.pointsText}（${i.itemsText}，${i.statusLabel}）` })),
    };
  }
  return facts;
}

function levelOf(level: string): HonourLevel {
  return (HONOUR_LEVELS as readonly string[]).includes(level) ? (level as HonourLevel) : 'other';
}
