import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../services/context.js';
import type { Store } from '../store/client.js';
import { errorHandler, safeError } from './errors.js';
import { RequestLog } from './requestLog.js';
import { authRoutes } from './routes/auth.js';
import { enterpriseRoutes } from './routes/enterprises.js';
import { monitoringRoutes } from './routes/monitoring.js';
import { parkRoutes } from './routes/parks.js';
import { referenceRoutes } from './routes/reference.js';
import { regionRoutes } from './routes/region.js';
import { reportRoutes } from './routes/reports.js';
import { userRoutes } from './routes/users.js';
import { registerSessions } from './session.js';

export interface AppDeps {
  store: Store;
  /** Directory of the built web app (web/dist); the UI is not served when it is missing. */
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
  /**
   * Which proxies to believe about the client (X-Forwarded-For/-Proto/-Host): false (default) ignores those
   * headers, true trusts any, a string lists addresses/CIDRs. From TRUST_PROXY; see trustProxyFromEnv.
   */
  trustProxy?: boolean | string;
}

/** TRUST_PROXY: unset, empty, 0 or false: no proxy; 1 or true: any; otherwise addresses/CIDRs, comma-separated. */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): boolean | string {
  const v = (env.TRUST_PROXY ?? '').trim();
  if (v === '' || v === '0' || v.toLowerCase() === 'false') return false;
  if (v === '1' || v.toLowerCase() === 'true') return true;
  return v;
}

/** Every logged `err` goes through safeError: a failed query's statement is logged, never its parameter values. */
function loggerOptions(logger: AppDeps['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  return { ...base, serializers: { ...(base.serializers ?? {}), err: safeError } };
}

/**
 * The policy of the web app and of the API docs: their own scripts only; inline styles because Ant Design and
 * swagger-ui inject them. swagger-ui's page loads its bundle, preset and initializer from /api/docs/static.
 */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

/** Builds the HTTP app: REST API under /api, OpenAPI at /api/docs, the web UI at /. Does not listen. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: loggerOptions(deps.logger), logController: new RequestLog(), trustProxy: deps.trustProxy ?? false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('content-security-policy', CSP);
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(rateLimit, { global: false });
  await registerSessions(app, deps.store.db);
  await app.register(swagger, {
    openapi: { info: { title: '园区生态环境管理平台 API', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });
  // No validator badge: it would load an image from validator.swagger.io, which the policy refuses.
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } });

  // The session hook has put the signed-in user on every non-public request.
  const ctx = (req: FastifyRequest): ServiceContext => ({ db: deps.store.db, actor: req.user! });
  await app.register(
    async (api) => {
      api.get(
        '/health',
        { schema: { tags: ['运行状态'], summary: '服务是否在运行（无需登录）', response: { 200: z.object({ ok: z.literal(true) }) } } },
        async () => ({ ok: true }),
      );
      await api.register(authRoutes, { ctx, db: deps.store.db });
      await api.register(userRoutes, { ctx });
      await api.register(parkRoutes, { ctx });
      await api.register(regionRoutes, { ctx });
      await api.register(enterpriseRoutes, { ctx });
      await api.register(reportRoutes, { ctx });
      await api.register(monitoringRoutes, { ctx });
      await api.register((await import('./routes/monitoringPoints.js')).monitoringPointRoutes, { ctx });
      await api.register((await import('./routes/labResults.js')).labResultRoutes, { ctx });
      await api.register((await import('./routes/airEvaluation.js')).airEvaluationRoutes, { ctx });
      await api.register((await import('./routes/monitoringPlan.js')).monitoringPlanRoutes, { ctx });
      await api.register((await import('./routes/monitoringSummary.js')).monitoringSummaryRoutes, { ctx });
      await api.register((await import('./routes/managementFacts.js')).managementFactsRoutes, { ctx });
      await api.register((await import('./routes/admission.js')).admissionRoutes, { ctx });
      await api.register((await import('./routes/requirements.js')).requirementRoutes, { ctx });
      await api.register((await import('./routes/quotas.js')).quotaRoutes, { ctx });
      await api.register((await import('./routes/wasteLedger.js')).wasteLedgerRoutes, { ctx });
      await api.register((await import('./routes/credit.js')).creditRoutes, { ctx });
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
