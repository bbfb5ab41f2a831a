export type ServiceErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'IMPORT_INVALID'
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED';

/** One problem in the input: a field of a record, or a cell of an imported sheet. Messages are Chinese. */
export interface ServiceIssue {
  severity?: 'error' | 'warning';
  field?: string;
  /** The imported file, where an import reads one the user named. */
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  value?: unknown;
  expected?: string;
  message: string;
}

/** An error a user can act on; the server maps `code` to an HTTP status, the CLI prints `issues`. */
export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly issues: ServiceIssue[] = [],
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const notFound = (what: string) => new ServiceError('NOT_FOUND', `${what}不存在`);

export const forbidden = (what = '无权进行此操作') => new ServiceError('FORBIDDEN', what);
