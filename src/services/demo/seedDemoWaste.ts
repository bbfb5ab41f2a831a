import { WASTE_PARAGRAPH_KEY } from '../../domain/report/sections/registers/wasteSection.js';
import { upsertReportText } from '../../store/queries/reportTexts.js';
import { recordChange } from '../audit/recordChange.js';
import { actorName } from '../auth/actor.js';
import type { ServiceContext } from '../context.js';
import { resolvePark } from '../parks/resolvePark.js';
import { importWasteTable, readWasteSheet } from '../registers/wasteLedger.js';
import { DEMO_WASTE_YEAR, SEED000_WASTE_NAMES_IN_FILE, SEED000_WASTE_PARAGRAPH, SEED000_WASTE_TABLE } from './qidongWaste2024.js';

/** The source the demo's waste rows name: the table of the seed report they come from. */
export const DEMO_WASTE_SOURCE = '2024年度自评估报告 表10 企业固体废物处置清单';

/**
 * The demo park's 2024 waste ledger: seed 000's table 10 as printed, imported as a user would import it, the three
 * names that differ from the enterprise file (晶褀/晶祺 and two others) confirmed as the enterprises the file holds;
 * and seed 000's own paragraph 二（六）as the park's text for 2024, which the lint then checks against the table.
 * Runs in the caller's transaction.
 */
export async function seedDemoWaste(ctx: ServiceContext, parkCode: string): Promise<void> {
  const table = readWasteSheet(DEMO_WASTE_YEAR, SEED000_WASTE_TABLE, DEMO_WASTE_SOURCE, '表10');
  await importWasteTable(ctx, parkCode, DEMO_WASTE_YEAR, table, SEED000_WASTE_NAMES_IN_FILE);

  const park = await resolvePark(ctx, parkCode, 'write');
  await upsertReportText(ctx.db, {
    parkId: park.id,
    report: 'annual',
    year: DEMO_WASTE_YEAR,
    blockKey: WASTE_PARAGRAPH_KEY,
    text: SEED000_WASTE_PARAGRAPH,
    updatedBy: null,
    updatedByName: actorName(ctx.actor),
  });
  await recordChange(ctx, {
    parkId: park.id,
    entity: 'report_text',
    entityId: DEMO_WASTE_YEAR,
    action: 'create',
    before: null,
    after: { block: WASTE_PARAGRAPH_KEY, text: SEED000_WASTE_PARAGRAPH },
  });
}
