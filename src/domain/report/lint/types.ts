import type { EnterpriseInput } from '../../ledger/types.js';
import type { RecordRef, ReportDocument } from '../reportModel.js';

/** Where in the report a finding is: the section, and the paragraph or table row inside it. */
export interface FindingPlace {
  /** Key of the section, e.g. `1`; '' for the report as a whole. */
  sectionKey: string;
  /** The section's heading as printed: 一、园区概况 ('' for the whole report). */
  section: string;
  /** Key of the paragraph or table. */
  blockKey?: string;
  /** The table's caption, when the finding is in a table. */
  table?: string;
  /** 1-based body row of the table. */
  row?: number;
}

export type FindingSeverity = 'error' | 'warning';

/** One thing the lint found: which rule, how bad, what disagrees with what, where, and the records to fix. */
export interface LintFinding {
  /** Stable rule id, e.g. `sum.parts`. */
  rule: string;
  severity: FindingSeverity;
  /** In Chinese: what disagrees with what. */
  message: string;
  where: FindingPlace;
  /** Records to open to fix it; a `reportText` link (id = paragraph key) means the edited text. */
  links: RecordRef[];
}

/** An enterprise of the park's ledger as the lint reads it (with its database id). */
export type LintEnterprise = EnterpriseInput & { id: number };

/** What every rule reads: the built report and the ledgers it was built from. */
export interface LintInput {
  report: ReportDocument;
  enterprises: readonly LintEnterprise[];
}

/** A lint rule: a stable id, what it checks in words, and a pure function of the report and its ledgers. */
export interface LintRule {
  id: string;
  /** What it checks, in Chinese, for the 报告检查 page and `report lint --rules`. */
  description: string;
  check(input: LintInput): LintFinding[];
}
