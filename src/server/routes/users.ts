import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG } from '../../domain/auth/passwordStrength.js';
import { RevokedSessionsSchema, UserInput, UserViewSchema } from '../../services/auth/schemas.js';
import { createUser, listUsers, revokeSessions, setPassword, setUserActive } from '../../services/auth/users.js';
import type { RouteDeps } from './deps.js';
import { idParam } from '../../services/fields.js';
import { noContent } from './responses.js';

const tags = ['用户'];
const UserParams = z.object({ id: idParam() });

export const userRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get('/users', { schema: { tags, summary: '用户列表（管理员）', response: { 200: z.array(UserViewSchema) } } }, async (req) => listUsers(ctx(req)));

  app.post('/users', { schema: { tags, summary: '新增用户（管理员）', body: UserInput, response: { 201: UserViewSchema } } }, async (req, reply) =>
    reply.status(201).send(await createUser(ctx(req), req.body)),
  );

  app.post(
    '/users/:id/password',
    {
      schema: {
        tags,
        summary: '重置密码（管理员）',
        params: UserParams,
        body: z.object({ password: z.string().max(PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG) }),
        response: { 204: noContent('已重设；该用户的会话全部结束') },
      },
    },
    async (req, reply) => {
      await setPassword(ctx(req), req.params.id, req.body.password);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/users/:id/active',
    {
      schema: {
        tags,
        summary: '启用或停用用户（管理员）',
        params: UserParams,
        body: z.object({ active: z.boolean() }),
        response: { 200: UserViewSchema },
      },
    },
    async (req) => setUserActive(ctx(req), req.params.id, req.body.active),
  );

  app.post(
    '/users/:id/revoke-sessions',
    { schema: { tags, summary: '注销用户的全部会话（管理员）', params: UserParams, response: { 200: RevokedSessionsSchema } } },
    async (req) => ({ revoked: await revokeSessions(ctx(req), req.params.id) }),
  );
};
