import { getParkRowByCode } from '../../store/queries/parks.js';
import { upsertReportText } from '../../store/queries/reportTexts.js';
import { actorName } from '../auth/actor.js';
import { recordChange } from '../audit/recordChange.js';
import type { ServiceContext } from '../context.js';
import { createRequirement, createSource, setImplementation } from '../registers/requirements.js';
import { UNIT_CLOSING_KEY } from '../../domain/report/sections/registers/requirementSections.js';
import {
  DEMO_CONTROL_UNIT,
  DEMO_FOLLOW_UP,
  DEMO_FOLLOW_UP_REQUIREMENTS,
  DEMO_PLAN_EIA,
  DEMO_PLAN_EIA_REQUIREMENTS,
  DEMO_UNIT_CLOSING_2024,
  DEMO_UNIT_REQUIREMENTS,
  type DemoRequirement,
} from './qidongRequirements.js';

export const DEMO_REQUIREMENTS_YEAR = 2024;

/**
 * The demo park's requirement registers (seed 000 tables 1, 2, 4 and 5): the plan-EIA approval, the follow-up
 * evaluation and the control unit with their requirements, the 2024 implementation of each, and 二（二）'s closing
 * text for 2024 as the park wrote it. Runs in the caller's transaction; every write audited.
 */
export async function seedDemoRequirements(ctx: ServiceContext, parkCode: string): Promise<void> {
  const sources: [object, DemoRequirement[]][] = [
    [DEMO_PLAN_EIA, DEMO_PLAN_EIA_REQUIREMENTS],
    [DEMO_FOLLOW_UP, DEMO_FOLLOW_UP_REQUIREMENTS],
    [DEMO_CONTROL_UNIT, DEMO_UNIT_REQUIREMENTS],
  ];
  for (const [source, requirements] of sources) {
    const { id } = await createSource(ctx, parkCode, source);
    for (const { implementation2024, ...requirement } of requirements) {
      const created = await createRequirement(ctx, parkCode, id, requirement);
      await setImplementation(ctx, parkCode, created.id, DEMO_REQUIREMENTS_YEAR, implementation2024);
    }
  }
  const park = (await getParkRowByCode(ctx.db, parkCode))!;
  const text = { parkId: park.id, report: 'annual' as const, year: DEMO_REQUIREMENTS_YEAR, blockKey: UNIT_CLOSING_KEY, text: DEMO_UNIT_CLOSING_2024 };
  await upsertReportText(ctx.db, { ...text, updatedBy: null, updatedByName: actorName(ctx.actor) });
  await recordChange(ctx, { parkId: park.id, entity: 'report_text', entityId: DEMO_REQUIREMENTS_YEAR, action: 'create', before: null, after: { block: UNIT_CLOSING_KEY, text: DEMO_UNIT_CLOSING_2024 } });
}
