/**
 * A built report: plain data that src/render turns into bytes (.docx, HTML) and src/domain/report/lint checks.
 * Every printed figure is a {@link Figure} carrying its exact value, unit, printing rule and provenance; every
 * value taken from a record (a name, a date, a document number) is a {@link Datum}. Renderers never compute a
 * figure: they print `formatFigure` of it.
 */

/** A record a figure counted or a datum came from, so a finding or a hover can link to it. */
export interface RecordRef {
  entity:
    | 'enterprise'
    | 'park'
    | 'parkApproval'
    | 'parkYearlyFigure'
    | 'reportText'
    | 'monitoringPlanItem'
    | 'monitoringPoint'
    /** A lab sample: a point on a sampling date (id `pointId:date`). */
    | 'labSample'
    | 'station'
    /** A figure a user entered for a year (a published annual value). */
    | 'monitoringFigure'
    /** 总量控制指标 (pollutant_quotas row) and a year's emission row (emission_records; a park total when it has no enterprise). */
    | 'pollutantQuota'
    | 'emissionRecord'
    /** A year's 环境管理情况 (management_facts row). */
    | 'managementFacts'
    /** 要求与落实台账: an approval or control unit, one of its requirements, a year's implementation of one. */
    | 'requirementSource'
    | 'requirement'
    | 'requirementImplementation'
    /** 信用自评: an item's entered score of a year (id `year:number`), and a park honour (park_honours row). */
    | 'creditItemScore'
    | 'parkHonour';
  /** Database id (or the key of a report text). */
  id: number | string;
  /** What a user recognises it by: an enterprise name, an approval title. */
  label: string;
  /** 统一社会信用代码 of an enterprise, when known (the lint compares names by it). */
  code?: string | null;
  /**
   * The name the row's source wrote for the record, where it is not the record's own: a waste-table name that the
   * import linked to this enterprise (confirmed by the user). The row prints `label`; the lint names both.
   */
  nameInSource?: string;
}

/** Where a figure came from: the rule that computed it over records, or the user who entered it. */
export type Provenance =
  | {
      kind: 'rule';
      /** Stable rule id, e.g. `ledger.acceptance.done`. */
      rule: string;
      /** The rule in words, e.g. 应验收的环评批复均已验收的企业. */
      description: string;
      /** The records counted or summed (for a count, exactly `value` of them). */
      records: RecordRef[];
    }
  | {
      kind: 'entered';
      /** Where it was entered, e.g. 园区信息 → 年度经济指标. */
      source: string;
      records: RecordRef[];
      /** Who entered it and when (ISO), when the record keeps it. */
      by: string | null;
      at: string | null;
    };

/** How a figure prints: GB/T 8170 rounding to `decimals`, thousands separators, a ratio as a percentage. */
export interface NumberFormat {
  /** Decimal places after GB/T 8170 rounding; absent: the value as it is. */
  decimals?: number;
  /** 12,345 instead of 12345. */
  thousands?: boolean;
  /** The value is a ratio (0.9589) printed as a percentage (95.89%); `unit` is then `%`. */
  percent?: boolean;
}

/** A comparison a figure makes, so the lint can tell whether 下降 or 改善 next to it is true. */
export interface FigureComparison {
  /** The value it is compared with (e.g. last year's), and the one it reports. */
  previous: string;
  current: string;
  /** Which way is better for this quantity; null when neither (a count of enterprises). */
  better: 'lower' | 'higher' | null;
  /** The year compared with, when it is a year-on-year comparison. */
  previousYear?: number;
}

/**
 * How text names a figure, for reading numbers back out of text a user wrote: phrases that name it near its
 * number (已完成环保竣工验收, 在建), and words its sentence must contain when a phrase is shared by several
 * figures (在建 in the 验收 sentence is a different figure from 在建 in the 应急预案 sentence).
 */
export interface FigureCues {
  terms: string[];
  scope?: string[];
  /**
   * Words one of which must stand before the number in its sentence (2023年 before last year's values listed after
   * this year's: …；2023年数据为：PM2.5累计均值浓度45μg/m³). Where they do, the figure is preferred to one named by
   * the same phrase without them.
   */
  after?: string[];
}

/** A condition on a table row: its cell under the header `column` reads one of `values`, or none of `except`. */
export interface TallyCondition {
  column: string;
  values?: string[];
  except?: string[];
}

/**
 * The rows of a table a count figure stands for: the distinct records among the body rows of table `table`
 * (under the section row `section`, or before any section row when null) that meet every condition of `where`.
 * The lint counts them as the table prints them.
 */
export interface TableTally {
  table: string;
  section?: string | null;
  where?: TallyCondition[];
}

export interface Figure {
  kind: 'figure';
  /** Unique in the report, e.g. `1.ledger.acceptance.done`. */
  id: string;
  /** What it is, in the words the report uses before it: 已完成环保竣工验收手续企业数量. */
  label: string;
  /** Exact decimal value as a string ('35', '40.25', '0.9589'); never a float. */
  value: string;
  /** 家, 个, 份, 亿元, km², %; '' for a bare number. */
  unit: string;
  format: NumberFormat;
  /** Whether the unit prints after the number here (false where the text around it already says it). */
  showUnit: boolean;
  /** `count`: value is the number of `provenance.records`. */
  aggregate: 'count' | 'sum' | 'value';
  comparison?: FigureComparison;
  provenance: Provenance;
  cues?: FigureCues;
  tally?: TableTally;
  /** A rate: the figures (by id) it is the quotient of, so the lint can check the printed rate against its counts. */
  ratio?: FigureRatio;
}

/** A rate as the quotient of two figures (优良率 = 优良天数 / 有效监测天数), by figure id. */
export interface FigureRatio {
  numerator: string;
  denominator: string;
}

/** A value taken as it is from a record: a name, a date, a document number. Printed verbatim. */
export interface Datum {
  kind: 'datum';
  id: string;
  label: string;
  text: string;
  provenance: Provenance;
}

/** A run of a paragraph: literal text, a figure or a datum. */
export type Inline = string | Figure | Datum;

/** Text a user wrote in place of a generated paragraph, or as a narrative part, for one report year. */
export interface EnteredText {
  text: string;
  by: string | null;
  at: string | null;
  /** Set when the text is last year's, carried over because this year's is not written yet. */
  carriedFromYear?: number;
}

/**
 * Body text. `content` is what the platform generates; when `edited` is set the report prints the edited text
 * instead, and the lint checks its numbers against the figures of `content`. A narrative part has no generated
 * content: it is entered text only.
 */
export interface ParagraphBlock {
  kind: 'paragraph';
  /** Stable id of the paragraph for edited text, e.g. `1.ledger` (the paragraph above table 1.3-1). */
  key: string;
  content: Inline[];
  edited?: EnteredText;
  /**
   * Every figure the paragraph speaks of, printed or not (a clause whose count is 0 may be left out): what the
   * numbers of its edited text are read against. Absent: the figures of `content`.
   */
  figureIds?: string[];
}

/**
 * A table with a caption above it. `rows` are body rows only; the header row repeats on every page. Merged
 * cells follow HTML: a cell with rowSpan n covers the same column in the next n-1 rows, and those rows omit it;
 * a cell with colSpan n covers n columns.
 */
export interface TableBlock {
  kind: 'table';
  key: string;
  caption: string;
  header: string[];
  /** Relative column widths, one per header column. */
  columnWidths: number[];
  rows: TableRow[];
  /** Smaller type for wide ledgers. */
  compact?: boolean;
}

export interface TableRow {
  cells: TableCell[];
  /** The record the row prints (e.g. the enterprise of a ledger row). */
  record?: RecordRef;
  /** Figures the row speaks of without printing them in a cell (a plan item's planned and done campaigns), by id. */
  figureIds?: string[];
  /** `section`: a heading row inside the table (在建企业); `total`: the sum of the body rows above it. */
  role?: 'section' | 'total';
}

export interface TableCell {
  text: string;
  /** The figure the cell prints (its text is `formatFigure` of it). */
  figure?: Figure;
  /** The cell holds an identifier the lint validates (credit code, permit number, filing number, EIA number). */
  identifier?: boolean;
  rowSpan?: number;
  colSpan?: number;
  align?: 'left' | 'center';
  bold?: boolean;
}

/** A picture (a chart) with a caption below it. */
export interface ImageBlock {
  kind: 'image';
  key: string;
  caption: string;
  png: Uint8Array;
  /** Printed size in millimetres. */
  widthMm: number;
  heightMm: number;
}

export type ReportBlock = ParagraphBlock | TableBlock | ImageBlock;

/** A numbered section: 一、园区概况 is level 1, （一）… level 2, 1. … level 3. */
export interface ReportSection {
  /** Stable key, e.g. `1`, `2.3`. */
  key: string;
  level: 1 | 2 | 3;
  /** The number as printed, with its punctuation: 一、 （一） 1. */
  number: string;
  title: string;
  blocks: ReportBlock[];
}

/** Figures that must add up: `whole` = Σ `parts` (a part printed nowhere counts with its value). */
export interface SumRelation {
  kind: 'sum';
  id: string;
  description: string;
  whole: string;
  parts: string[];
}

export interface ReportDocument {
  /** Cover title, e.g. 湖南祁东高新技术产业开发区2024年度生态环境管理自评估报告 */
  title: string;
  /** Lines under the title on the cover (park, date). */
  coverLines: string[];
  parkCode: string;
  year: number;
  /** Years the report compares with besides its own (the year before, a plan's base year). */
  comparedYears: number[];
  sections: ReportSection[];
  /**
   * Keys of sections the platform does not write (the park adds them in Word, e.g. `2.2`): a gap in the numbering
   * that they fill is not a finding.
   */
  leftOut?: string[];
  /** Every figure the builders computed, printed or not, by id: what relations and edited text are checked against. */
  figures: Record<string, Figure>;
  relations: SumRelation[];
}

/** The heading as printed: 一、园区概况. */
export const headingText = (s: Pick<ReportSection, 'number' | 'title'>) => `${s.number}${s.title}`;
