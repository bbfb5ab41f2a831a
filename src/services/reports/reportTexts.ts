import { z } from 'zod';
import { annualReportSection } from '../../domain/report/annualReportSections.js';
import { generatedText } from '../../domain/report/figures.js';
import { headingText } from '../../domain/report/reportModel.js';
import { NARRATIVE_KEYS } from '../../domain/report/sections/narrativeSections.js';
import { deleteReportText, getReportTextRow, upsertReportText } from '../../store/queries/reportTexts.js';
import { recordChange } from '../audit/recordChange.js';
import { actorName } from '../auth/actor.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { safeText } from '../fields.js';
import { checkReportYear } from '../ledger/getLedgerStats.js';
import { ServiceError } from '../errors.js';
import { resolvePark } from '../parks/resolvePark.js';
import { issuesFromZod } from '../zodIssues.js';
import { annualReportFromData } from './buildAnnualReport.js';
import { loadAnnualReportData } from './loadAnnualReportData.js';

/** A paragraph of the year's report a user may write: a generated one (to replace) or a narrative chapter. */
export interface ReportTextBlock {
  key: string;
  /** The section it belongs to, as printed: 一、园区概况. */
  section: string;
  kind: 'generated' | 'narrative';
  /** What the platform writes for it; null for a narrative chapter. */
  generated: string | null;
  /** The text the report prints in its place this year; null when none is written. */
  text: string | null;
  /** When `text` is a narrative carried over from an earlier year (not yet written this year). */
  carriedFromYear: number | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** The paragraphs of a park's annual report for a year that take edited text, with the text each has. */
export async function listReportTexts(ctx: ServiceContext, parkCode: string, year: unknown): Promise<ReportTextBlock[]> {
  const data = await loadAnnualReportData(ctx, parkCode, year);
  const doc = annualReportFromData(data);
  const generated: ReportTextBlock[] = doc.sections.flatMap((s) =>
    s.blocks.flatMap((b): ReportTextBlock[] =>
      b.kind !== 'paragraph' || (NARRATIVE_KEYS as readonly string[]).includes(b.key)
        ? []
        : [
            {
              key: b.key,
              section: headingText(s),
              kind: 'generated',
              generated: generatedText(b),
              text: b.edited?.text ?? null,
              carriedFromYear: null,
              updatedBy: b.edited?.by ?? null,
              updatedAt: b.edited?.at ?? null,
            },
          ],
    ),
  );
  const narrative = NARRATIVE_KEYS.map((key): ReportTextBlock => {
    const entered = data.texts[key];
    return {
      key,
      section: annualReportSection(key).heading,
      kind: 'narrative',
      generated: null,
      text: entered?.text ?? null,
      carriedFromYear: entered?.carriedFromYear ?? null,
      updatedBy: entered?.by ?? null,
      updatedAt: entered?.at ?? null,
    };
  });
  return [...generated, ...narrative];
}

const TextBody = z.object({ text: safeText('文字', 20000).refine((t) => t.trim() !== '', '文字不能为空') });

/** The block with this key in the year's report, or a clear error listing the keys there are. */
async function editableBlock(ctx: ServiceContext, parkCode: string, year: number, key: unknown): Promise<ReportTextBlock> {
  const blocks = await listReportTexts(ctx, parkCode, year);
  const block = blocks.find((b) => b.key === key);
  if (!block) {
    throw new ServiceError('VALIDATION', `报告中没有段落“${String(key)}”`, [
      { field: 'key', value: key, message: `可编辑的段落：${blocks.map((b) => b.key).join('、')}` },
    ]);
  }
  return block;
}

/** Writes the text a paragraph (or narrative chapter) prints for the year, in place of the generated one. */
export async function setReportText(ctx: ServiceContext, parkCode: string, year: unknown, key: unknown, body: unknown): Promise<ReportTextBlock> {
  const y = checkReportYear(year);
  const parsed = TextBody.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', '报告文字有误', issuesFromZod(parsed.error, body));
  const text = parsed.data.text.replace(/\r\n?/g, '\n');
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const block = await editableBlock(tx, parkCode, y, key);
    const before = await getReportTextRow(tx.db, park.id, 'annual', y, block.key);
    await upsertReportText(tx.db, {
      parkId: park.id,
      report: 'annual',
      year: y,
      blockKey: block.key,
      text,
      updatedBy: tx.actor.kind === 'user' ? tx.actor.id : null,
      // Who wrote it, as the report's reader knows them: a user's display name.
      updatedByName: tx.actor.kind === 'user' ? tx.actor.displayName : actorName(tx.actor),
    });
    await recordChange(tx, {
      parkId: park.id,
      entity: 'report_text',
      entityId: y,
      action: before ? 'update' : 'create',
      before: before ? { block: block.key, text: before.text } : null,
      after: { block: block.key, text },
    });
    return (await listReportTexts(tx, parkCode, y)).find((b) => b.key === block.key)!;
  });
}

/** Goes back to the generated paragraph (or, for a narrative chapter, to last year's text or none). */
export async function resetReportText(ctx: ServiceContext, parkCode: string, year: unknown, key: unknown): Promise<ReportTextBlock> {
  const y = checkReportYear(year);
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    const block = await editableBlock(tx, parkCode, y, key);
    const before = await getReportTextRow(tx.db, park.id, 'annual', y, block.key);
    if (before) {
      await deleteReportText(tx.db, park.id, 'annual', y, block.key);
      await recordChange(tx, {
        parkId: park.id,
        entity: 'report_text',
        entityId: y,
        action: 'delete',
        before: { block: block.key, text: before.text },
        after: null,
      });
    }
    return (await listReportTexts(tx, parkCode, y)).find((b) => b.key === block.key)!;
  });
}
