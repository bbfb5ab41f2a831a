import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/** pino's levels; LOG_LEVEL picks one for `parkeco start` (info: one line per request). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** LOG_LEVEL, info when unset; null when it names no level. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): LogLevel | null {
  const v = (env.LOG_LEVEL ?? '').trim().toLowerCase() || 'info';
  return LOG_LEVELS.find((l) => l === v) ?? null;
}

/** A request's path with each query value replaced by `*`: a value may be a search term or, some day, a token. */
export function loggedUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const names = url.slice(q + 1).split('&').map((p) => `${p.split('=')[0]}=*`);
  return `${url.slice(0, q)}?${names.join('&')}`;
}

/**
 * Fastify's request log lines, as one line per request once it is answered: method, path, status, milliseconds and
 * the signed-in user. Never the body, the cookies or any other header; nor the raw URL its default 404 line prints.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(error: Error | null | undefined, req: FastifyRequest, reply: FastifyReply): void {
    const line = { method: req.method, url: loggedUrl(req.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime), user: req.user?.username };
    if (error) req.log.error({ ...line, err: error }, 'request');
    else req.log.info(line, 'request');
  }
}
