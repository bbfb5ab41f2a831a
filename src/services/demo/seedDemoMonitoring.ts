import type { ServiceContext } from '../context.js';
import { importLabResults } from '../monitoring/labResultsImport.js';
import { createPlanItem } from '../monitoring/plan.js';
import { createPoint } from '../monitoring/points.js';
import { DEMO_LAB_FILE, demoLabCsv } from './qidongLabResults.js';
import { DEMO_PLAN, DEMO_PLAN_YEAR } from './qidongPlan.js';
import { DEMO_PLAN_POINTS } from './qidongPlanPoints.js';

/**
 * The demo park's monitoring plan for 2024 (table 3) with its points, and the synthetic lab results of its
 * campaigns, imported as a user would import a lab's file. Runs in the caller's transaction.
 */
export async function seedDemoMonitoring(ctx: ServiceContext, parkCode: string): Promise<void> {
  const ids = new Map<string, number>();
  for (const p of DEMO_PLAN_POINTS) ids.set(p.name, (await createPoint(ctx, parkCode, p)).id);
  for (const { points, ...item } of DEMO_PLAN) {
    await createPlanItem(ctx, parkCode, { ...item, year: DEMO_PLAN_YEAR, pointIds: points.map((name) => ids.get(name)!) });
  }
  await importLabResults(ctx, parkCode, DEMO_PLAN_YEAR, DEMO_LAB_FILE, demoLabCsv());
}
