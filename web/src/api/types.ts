/**
 * The shapes of docs/API.md, as the web sees them. Every answer's type is the server's: inferred from the zod schema
 * its route declares (src/services/<area>/schemas.ts), imported as types only so no server code is bundled. Only
 * what the server does not describe is declared here: error bodies and the queries the web builds.
 */
import type { FieldIssue, ImportIssue } from '../../../src/services/enterprises/schemas';
import type { EnterpriseStatus, PermitClass } from '../labels';

export type { Role } from '../../../src/services/auth/actor';
export type {
  ChangeRecord,
  EnterpriseInputBody as EnterpriseBody,
  EnterpriseList,
  EnterpriseView as Enterprise,
  FieldIssue,
  ImportDecision,
  ImportIssue,
  ImportResult,
} from '../../../src/services/enterprises/schemas';
export type { LedgerStats } from '../../../src/services/ledger/schemas';
export type {
  ParkApproval,
  ParkIdentityInput,
  ParkOverview,
  ParkProfile,
  ParkProfileInput,
  ParkSummary,
  ParkYearlyFigure,
} from '../../../src/services/parks/schemas';
export type { Industry } from '../../../src/services/reference/schemas';

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

export type EnterpriseSort = 'seq' | 'name' | 'industry' | 'status';

export interface EnterpriseQuery {
  q?: string;
  status?: EnterpriseStatus;
  industry?: string;
  permitClass?: PermitClass;
  sort?: EnterpriseSort;
  order?: 'asc' | 'desc';
}
