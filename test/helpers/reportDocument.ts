import type { ReportBlock, ReportDocument, ReportSection, TableCell, TableRow } from '../../src/domain/report/reportModel.js';

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
