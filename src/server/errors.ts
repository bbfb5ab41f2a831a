import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ServiceError, type ServiceErrorCode } from '../services/errors.js';

const STATUS: Record<ServiceErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  IMPORT_INVALID: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
};

/**
 * One error body for every failure: `{ error: { code, message, issues } }`. Never a stack trace; unexpected
 * errors are logged and answered with a generic message.
 */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ServiceError) {
    return reply.status(STATUS[error.code]).send({ error: { code: error.code, message: error.message, issues: error.issues } });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      severity: 'error' as const,
      field: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
      message: v.message ?? '取值有误',
    }));
    return reply.status(400).send({ error: { code: 'VALIDATION', message: '请求参数有误', issues } });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    const s = error.statusCode;
    const message = s === 415 ? '不支持的请求内容类型' : s === 413 ? '上传的文件过大' : s === 429 ? '请求过于频繁，请稍后再试' : '请求有误';
    const code = s === 429 ? 'RATE_LIMITED' : 'BAD_REQUEST';
    return reply.status(s).send({ error: { code, message, issues: [] } });
  }
  const db = databaseError(error);
  if (db && (db.sqlstate.startsWith('22') || db.sqlstate.startsWith('23'))) {
    // Last line of defence: the schemas at the edge should have refused this value before the database saw it.
    request.log.warn({ err: error }, 'database refused a value the edge let through');
    const message = db.sqlstate.startsWith('23') ? '数据与已有记录冲突或缺少关联记录，请检查后重试' : '数据取值超出允许范围或格式有误';
    return reply.status(400).send({ error: { code: 'VALIDATION', message, issues: [] } });
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试', issues: [] } });
}

interface DatabaseErrorInfo {
  sqlstate: string;
  /** The SQL statement, with $1… placeholders: never the values bound to them. */
  statement?: string;
}

/** The PostgreSQL error somewhere in the cause chain (drizzle wraps the driver's error), or null. */
export function databaseError(error: unknown): DatabaseErrorInfo | null {
  let statement: string | undefined;
  for (let e = error as { code?: unknown; query?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.query === 'string') statement = e.query;
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return { sqlstate: e.code, statement };
  }
  return statement ? { sqlstate: '', statement } : null;
}

/**
 * What of an error may be logged: its type, the SQL statement and SQLSTATE of a failed query, and the stack; never
 * the bound parameters (they hold password hashes, tokens and personal data) nor the driver's detail line (which
 * quotes values, e.g. `Key (username)=(…)`). Drizzle's message embeds the parameters, so it is rebuilt.
 */
export function safeError(error: unknown): { type: string; message: string; stack: string; [key: string]: unknown } {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error), stack: '' };
  const db = databaseError(error);
  if (db?.statement !== undefined) {
    return {
      type: error.constructor.name,
      message: `Failed query: ${db.statement}`,
      statement: db.statement,
      sqlstate: db.sqlstate || undefined,
      stack: (error.stack ?? '').split('\n').filter((l) => l.startsWith('    at ')).join('\n'),
    };
  }
  return { type: error.constructor.name, message: error.message, stack: error.stack ?? '' };
}
