import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UserActor } from '../services/auth/actor.js';
import { authenticate } from '../services/auth/sessions.js';
import type { Db } from '../store/client.js';

export const SESSION_COOKIE = 'parkeco_session';
/** Readable by the web app, which echoes it in the x-csrf-token header on every write (double submit). */
export const CSRF_COOKIE = 'parkeco_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user; set for every /api route that is not public. */
    user: UserActor | null;
  }
}

/** API paths open without a session. */
const PUBLIC = new Set(['/api/health', '/api/auth/login']);
/** What a user whose password was set by someone else may do until it chooses its own. */
const BEFORE_PASSWORD_CHANGE = new Set(['/api/auth/me', '/api/auth/logout', '/api/auth/password']);
export const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const deny = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.status(status).send({ error: { code, message, issues: [] } });

/**
 * Cookie sessions for the API: every /api request but the public ones needs a live session (401 otherwise), and
 * every write needs the session's CSRF token in the x-csrf-token header (403 otherwise). A user signed in with a
 * password it did not choose (`mustChangePassword`) gets 403 PASSWORD_CHANGE_REQUIRED from everything but 当前用户,
 * 退出登录 and 修改密码.
 */
export async function registerSessions(app: FastifyInstance, db: Db) {
  await app.register(cookie);
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0];
    if (!path.startsWith('/api/') || PUBLIC.has(path) || path.startsWith('/api/docs')) return;
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? await authenticate(db, token) : null;
    if (!session) return deny(reply, 401, 'UNAUTHENTICATED', '请先登录');
    if (!SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== session.csrfToken) {
      return deny(reply, 403, 'FORBIDDEN', '请求缺少有效的 CSRF 令牌，请刷新页面后重试');
    }
    if (session.user.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(path)) {
      return deny(reply, 403, PASSWORD_CHANGE_REQUIRED, '首次登录或密码被他人重设后，须先修改密码才能继续使用');
    }
    req.user = session.user;
  });
}

/** Cookie attributes: HttpOnly session, SameSite=Strict, Secure when served over HTTPS. */
export function sessionCookies(req: FastifyRequest, expires: Date) {
  const secure = req.protocol === 'https';
  return {
    session: { path: '/', httpOnly: true, sameSite: 'strict' as const, secure, expires },
    csrf: { path: '/', httpOnly: false, sameSite: 'strict' as const, secure, expires },
  };
}
