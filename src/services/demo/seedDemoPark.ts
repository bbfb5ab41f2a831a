import { parseLedgerTable } from '../../domain/ledger/parseLedgerTable.js';
import { getParkRowByCode } from '../../store/queries/parks.js';
import { insertEnterprise } from '../../store/queries/enterprises.js';
import { recordChange } from '../audit/recordChange.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { createPoint } from '../monitoring/points.js';
import { createStation } from '../monitoring/stations.js';
import { createPark } from '../parks/parkProfile.js';
import { DEMO_LEDGER_ROWS, DEMO_PARK } from './qidongPark2024.js';
import { DEMO_POINTS } from './qidongPoints.js';
import { seedDemoAirData } from './seedDemoAirData.js';
import { DEMO_STATIONS } from './qidongStations.js';
import { seedDemoMonitoring } from './seedDemoMonitoring.js';
import { seedDemoWaste } from './seedDemoWaste.js';
import { seedDemoRequirements } from './seedDemoRequirements.js';
import { seedDemoAdmission } from './seedDemoAdmission.js';
import { seedDemoFacts } from './seedDemoFacts.js';
import { seedDemoQuotas } from './seedDemoQuotas.js';
import { seedDemoCredit } from './seedDemoCredit.js';

export interface DemoOptions {
  /**
   * Whether to load the simulated 2023 and 2024 of hourly records of the three air stations (模拟数据, ~53,000
   * records; several seconds on PGlite). Without them the stations have no data and table 6 says so; tests that do
   * not look at air quality leave them out.
   */
  simulatedYear?: boolean;
}

/**
 * Loads the demo park (祁东高新区, 2024) with its 50 enterprises, its four monitoring stations, the three
 * micro-stations of table 6, the 2024 monitoring plan of table 3 with its points and synthetic lab results, the
 * county's city station with the air figures of 三(一), and (unless left out) a simulated year of station data.
 * Does nothing when the park exists.
 * @returns whether it was loaded now
 */
export async function seedDemoPark(ctx: ServiceContext, options: DemoOptions = {}): Promise<boolean> {
  if (await getParkRowByCode(ctx.db, DEMO_PARK.code)) return false;
  const { enterprises, issues } = parseLedgerTable(DEMO_LEDGER_ROWS);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new Error(`演示数据有误：${errors.map((e) => `第${e.row}行 ${e.column}：${e.message}`).join('；')}`);
  await withTransaction(ctx, async (tx) => {
    const park = await createPark(tx, DEMO_PARK);
    for (const e of enterprises) {
      const id = await insertEnterprise(tx.db, park.id, e);
      await recordChange(tx, { parkId: park.id, entity: 'enterprise', entityId: id, action: 'import', before: null, after: e });
    }
    const stationIds = new Map<string, number>();
    for (const station of DEMO_STATIONS) stationIds.set(station.mn, (await createStation(tx, DEMO_PARK.code, station)).id);
    for (const { stationMn, ...point } of DEMO_POINTS) {
      await createPoint(tx, DEMO_PARK.code, { ...point, stationId: stationIds.get(stationMn) ?? null });
    }
    await seedDemoAirData(tx, DEMO_PARK.code, { simulatedYear: options.simulatedYear ?? true });
    await seedDemoMonitoring(tx, DEMO_PARK.code);
    await seedDemoWaste(tx, DEMO_PARK.code);
    await seedDemoRequirements(tx, DEMO_PARK.code);
    await seedDemoAdmission(tx, DEMO_PARK.code);
    await seedDemoFacts(tx, DEMO_PARK.code);
    await seedDemoQuotas(tx, DEMO_PARK.code);
    await seedDemoCredit(tx, DEMO_PARK.code);
  });
  return true;
}
