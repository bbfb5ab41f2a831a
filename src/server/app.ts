import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../services/context.js';
import type { Store } from '../store/client.js';
import { errorHandler } from './errors.js';
import { enterpriseRoutes } from './routes/enterprises.js';
import { parkRoutes } from './routes/parks.js';
import { referenceRoutes } from './routes/reference.js';
import { reportRoutes } from './routes/reports.js';

export interface AppDeps {
  store: Store;
  /** Directory of the built web app (web/dist); the UI is not served when it is missing. */
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
}

/** Builds the HTTP app: REST API under /api, OpenAPI at /api/docs, the web UI at /. Does not listen. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: deps.logger ?? false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
  });

  await app.register(swagger, {
    openapi: { info: { title: '园区生态环境管理平台 API', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  // Until users and roles exist (issue 3), the change log records which interface acted.
  const ctx = (): ServiceContext => ({ db: deps.store.db, actor: 'web' });
  await app.register(
    async (api) => {
      api.get('/health', async () => ({ ok: true }));
      await api.register(parkRoutes, { ctx });
      await api.register(enterpriseRoutes, { ctx });
      await api.register(reportRoutes, { ctx });
      await api.register(referenceRoutes);
      api.setNotFoundHandler((req, reply) =>
        reply.status(404).send({ error: { code: 'NOT_FOUND', message: `接口不存在：${req.method} ${req.url}`, issues: [] } }),
      );
    },
    { prefix: '/api' },
  );

  const webRoot = deps.webRoot ? resolve(deps.webRoot) : null;
  if (webRoot && existsSync(resolve(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false });
    // Single-page app: every other GET path is a client route.
    app.setNotFoundHandler((req, reply) => {
      if (req.method !== 'GET' || req.url.startsWith('/api/')) {
        return reply.status(404).send({ error: { code: 'NOT_FOUND', message: '页面不存在', issues: [] } });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}
