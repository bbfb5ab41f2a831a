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
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试', issues: [] } });
}
