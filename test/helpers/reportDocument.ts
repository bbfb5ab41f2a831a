import type { Figure, Inline, ParagraphBlock, ReportBlock, ReportDocument, ReportSection, SumRelation, TableCell, TableRow } from '../../src/domain/report/reportModel.js';

/** Body rows from plain cell arrays, for hand-made tables. */
export const rowsOf = (cells: TableCell[][]): TableRow[] => cells.map((c) => ({ cells: c }));

/** A section for hand-made reports. */
export const sectionOf = (key: string, number: string, title: string, blocks: ReportBlock[], level: ReportSection['level'] = 1): ReportSection => ({
  key,
  level,
  number,
  title,
  blocks,
});

/** A report of the given sections, with nothing else computed. */
export const documentOf = (title: string, coverLines: string[], sections: ReportSection[]): ReportDocument => ({
  title,
  coverLines,
  parkCode: 'S437012',
  year: 2024,
  comparedYears: [2023],
  sections,
  figures: {},
  relations: [],
});

/** A paragraph of plain text. */
export const textBlock = (key: string, text: string): ReportBlock => ({ kind: 'paragraph', key, content: [text] });

/** A figure for hand-made reports: a value a rule computed over no records, with what else the test gives it. */
export const figureOf = (id: string, label: string, value: string, unit: string, extra: Partial<Figure> = {}): Figure => ({
  kind: 'figure',
  id,
  label,
  value,
  unit,
  format: {},
  showUnit: true,
  aggregate: 'value',
  provenance: { kind: 'rule', rule: id, description: label, records: [] },
  ...extra,
});

/** A paragraph of text and figures, with edited text when given. */
export const paragraphOf = (key: string, content: Inline[], edited?: string, figureIds?: string[]): ParagraphBlock => ({
  kind: 'paragraph',
  key,
  content,
  ...(edited === undefined ? {} : { edited: { text: edited, by: '专员', at: '2025-01-10T08:00:00Z' } }),
  ...(figureIds ? { figureIds } : {}),
});

/** A 2024 report of one chapter 一 holding `blocks`, with `figures` (and those its paragraphs print) and `relations`. */
export function reportOf(blocks: ReportBlock[], figures: Figure[] = [], relations: SumRelation[] = []): ReportDocument {
  const printed = blocks.flatMap((b) => (b.kind === 'paragraph' ? b.content.filter((r): r is Figure => typeof r !== 'string' && r.kind === 'figure') : []));
  const doc = documentOf('测试园区2024年度生态环境管理自评估报告', [], [sectionOf('1', '一、', '园区概况', blocks)]);
  return { ...doc, figures: Object.fromEntries([...printed, ...figures].map((f) => [f.id, f])), relations };
}
