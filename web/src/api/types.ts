/**
 * The shapes of docs/API.md, as the web sees them. Domain types come from src/domain so the two cannot drift.
 */
import type { LedgerStats } from '../../../src/domain/ledger/ledgerStats';
import type { EnterpriseInput, EnterpriseStatus, PermitClass } from '../labels';

export type { LedgerStats };

/** 角色 (docs/API.md "Sign-in"). */
export type Role = 'admin' | 'officer' | 'steward' | 'enterprise' | 'reviewer';

/** A problem with one field of an enterprise (`field` is a dotted path such as `eiaApprovals.0.documentNumber`). */
export interface FieldIssue {
  field: string;
  severity: 'error' | 'warning';
  message: string;
  value: unknown;
}

/** A problem with one cell of an imported workbook. */
export interface ImportIssue {
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
  value?: unknown;
  expected?: string | null;
  message: string;
  severity?: 'error' | 'warning';
}

export type KnownErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'IMPORT_INVALID'
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'INTERNAL';
/** The documented codes, and any code a newer server adds (its message is shown as is). */
export type ErrorCode = KnownErrorCode | (string & {});

/** Issues of an error body: field issues for VALIDATION, cell issues for IMPORT_INVALID. */
export type ApiIssue = FieldIssue | ImportIssue;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: ApiIssue[] };
}

/** POST/PUT body: `seq` may be omitted, and the ledger then appends the enterprise at the end. */
export type EnterpriseBody = Omit<EnterpriseInput, 'seq'> & { seq?: number };

export interface Enterprise extends EnterpriseInput {
  id: number;
  parkId: number;
  /** Resolved GB/T 4754 name (read-only). */
  industryName: string | null;
  warnings: FieldIssue[];
  createdAt: string;
  updatedAt: string;
}

export interface EnterpriseList {
  items: Enterprise[];
  total: number;
}

export type EnterpriseSort = 'seq' | 'name' | 'industry' | 'status';

export interface EnterpriseQuery {
  q?: string;
  status?: EnterpriseStatus;
  industry?: string;
  permitClass?: PermitClass;
  sort?: EnterpriseSort;
  order?: 'asc' | 'desc';
}

export interface ChangeRecord {
  at: string;
  actor: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A cell the import read by its own decision (待核对): the text as written and what it was recorded as. */
export interface ImportDecision {
  sheet: string;
  row: number;
  column: string;
  value: string;
  takenAs: string;
  message: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  warnings: ImportIssue[];
  decisions: ImportDecision[];
}

export interface ParkSummary {
  id: number;
  code: string;
  name: string;
  level: string;
  divisionCode: string;
  divisionName: string | null;
  /** When an administrator retired (停用) the park; null while in use. */
  retiredAt: string | null;
}

/** 园区代码, 名称, 级别, 行政区划: what 园区管理 creates and edits. */
export interface ParkIdentityInput {
  code: string;
  name: string;
  level: string;
  divisionCode: string;
}

/** A chapter or part of the annual report, and whether the platform writes it (GET /reports/annual/sections). */
export interface AnnualReportSection {
  key: string;
  heading: string;
  level: 1 | 2;
  produced: boolean;
}

export interface ParkApproval {
  kind: string;
  title: string;
  documentNumber: string | null;
  approvedOn: string | null;
  authority: string | null;
}

/** Decimal figures travel as strings (PostgreSQL numeric); a number is accepted too. */
export type DecimalValue = string | number | null;

export interface ParkYearlyFigure {
  year: number;
  industrialOutputYiYuan: DecimalValue;
  industrialAddedValueYiYuan: DecimalValue;
}

export interface ParkProfile extends ParkSummary {
  location: string | null;
  leadingIndustries: string[];
  approvedAreaKm2: DecimalValue;
  extendedAreaKm2: DecimalValue;
  extensionDocument: string | null;
  history: string | null;
  approvals: ParkApproval[];
  yearlyFigures: ParkYearlyFigure[];
}

/** PUT /api/parks/:code: the profile minus id, divisionName and retiredAt (retire and restore are their own verbs). */
export type ParkProfileInput = Omit<ParkProfile, 'id' | 'divisionName' | 'retiredAt'>;

export interface ParkOverview {
  park: ParkSummary;
  year: number;
  stats: LedgerStats;
  statsText: string;
  figures: { industrialOutputYiYuan: DecimalValue; industrialAddedValueYiYuan: DecimalValue } | null;
}

export interface Industry {
  code: string;
  name: string;
  level: string;
  sectionCode: string | null;
}
