import { headingText, type ParagraphBlock, type RecordRef, type ReportDocument, type ReportSection, type TableBlock } from '../reportModel.js';
import type { FindingPlace } from './types.js';

/** Every paragraph of the report with its section, in report order. */
export function paragraphsOf(report: ReportDocument): { section: ReportSection; block: ParagraphBlock }[] {
  return report.sections.flatMap((section) =>
    section.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((block) => ({ section, block })),
  );
}

/** Every table of the report with its section, in report order. */
export function tablesOf(report: ReportDocument): { section: ReportSection; block: TableBlock }[] {
  return report.sections.flatMap((section) =>
    section.blocks.filter((b): b is TableBlock => b.kind === 'table').map((block) => ({ section, block })),
  );
}

/** Where a block is, for a finding. `row` is 1-based among the table's body rows. */
export function placeOf(section: ReportSection, block?: ParagraphBlock | TableBlock, row?: number): FindingPlace {
  return {
    sectionKey: section.key,
    section: headingText(section),
    ...(block ? { blockKey: block.key } : {}),
    ...(block?.kind === 'table' ? { table: block.caption } : {}),
    ...(row !== undefined ? { row } : {}),
  };
}

/** The link that opens a paragraph's edited text. */
export const textLink = (p: ParagraphBlock, section: ReportSection): RecordRef => ({
  entity: 'reportText',
  id: p.key,
  label: `${headingText(section)}：编写的段落`,
});

/** The clause a finding quotes: at most `max` characters of it, cut with an ellipsis. */
export const quote = (text: string, max = 60) => `“${text.length > max ? `${text.slice(0, max)}…` : text}”`;
