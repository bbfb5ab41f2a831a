import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG } from '../../domain/auth/passwordStrength.js';
import { ROLE_LABELS } from '../../services/auth/actor.js';
import { SessionInfoSchema } from '../../services/auth/schemas.js';
import { login, logout } from '../../services/auth/sessions.js';
import { setPassword } from '../../services/auth/users.js';
import type { Db } from '../../store/client.js';
import { CSRF_COOKIE, SESSION_COOKIE, sessionCookies } from '../session.js';
import { safeText } from '../../services/fields.js';
import type { RouteDeps } from './deps.js';
import { noContent } from './responses.js';

const tags = ['登录'];
/** Any password the rule lets one set can be given here, and nothing longer. */
const Password = z.string().max(PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG);

export const authRoutes: FastifyPluginAsyncZod<RouteDeps & { db: Db }> = async (app, { ctx, db }) => {
  app.post(
    '/auth/login',
    {
      schema: {
        tags,
        summary: '登录',
        body: z.object({ username: safeText('用户名', 100), password: Password }),
        response: { 200: SessionInfoSchema },
      },
      // Per client address, on top of the per-account lock in the login service.
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const r = await login(db, { ...req.body, ip: req.ip, userAgent: req.headers['user-agent'] });
      const cookies = sessionCookies(req, r.expiresAt);
      reply.setCookie(SESSION_COOKIE, r.token, cookies.session).setCookie(CSRF_COOKIE, r.csrfToken, cookies.csrf);
      return { user: { ...r.user, roleLabel: ROLE_LABELS[r.user.role] }, csrfToken: r.csrfToken };
    },
  );

  app.post('/auth/logout', { schema: { tags, summary: '退出登录', response: { 204: noContent('已退出；会话已注销') } } }, async (req, reply) => {
    await logout(db, req.cookies[SESSION_COOKIE]!);
    reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/auth/me', { schema: { tags, summary: '当前用户', response: { 200: SessionInfoSchema } } }, async (req) => ({
    user: { ...req.user!, roleLabel: ROLE_LABELS[req.user!.role] },
    csrfToken: req.cookies[CSRF_COOKIE] ?? null,
  }));

  app.post(
    '/auth/password',
    {
      schema: {
        tags,
        summary: '修改本人密码（之后需重新登录）',
        body: z.object({ currentPassword: Password, password: Password }),
        response: { 204: noContent('已修改；本人的会话全部结束') },
      },
    },
    async (req, reply) => {
      await setPassword(ctx(req), req.user!.id, req.body.password, req.body.currentPassword);
      return reply.status(204).send(null);
    },
  );
};
