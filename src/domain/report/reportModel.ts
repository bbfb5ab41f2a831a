/**
 * A built report: plain data that src/render turns into bytes (.docx, later .pdf).
 * Services build it from the ledgers; renderers never compute a figure.
 */

export interface ReportDocument {
  /** Cover title, e.g. 湖南祁东高新技术产业开发区2024年度生态环境管理自评估报告 */
  title: string;
  /** Lines under the title on the cover (park, date). */
  coverLines: string[];
  blocks: ReportBlock[];
}

export type ReportBlock = HeadingBlock | ParagraphBlock | TableBlock;

/** 一、园区概况 is level 1; （一）… level 2; 1.… level 3. */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

/** Body text: 仿宋 三号-like body, first-line indent of two characters. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

/**
 * A table with a caption above it. `rows` are body rows only; the header row repeats on every page.
 * Merged cells follow HTML: a cell with rowSpan n covers the same column in the next n-1 rows, and those
 * rows omit it; a cell with colSpan n covers n columns.
 */
export interface TableBlock {
  kind: 'table';
  caption: string;
  header: string[];
  /** Relative column widths, one per header column. */
  columnWidths: number[];
  rows: TableCell[][];
  /** Smaller type for wide ledgers. */
  compact?: boolean;
}

export interface TableCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
  align?: 'left' | 'center';
  bold?: boolean;
}
