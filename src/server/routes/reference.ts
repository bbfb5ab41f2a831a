import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkIdentifier } from '../../domain/identifiers/index.js';
import { listIndustries } from '../../domain/industry/index.js';
import { safeText } from '../../services/fields.js';
import { IdentifierCheckSchema, IndustrySchema } from '../../services/reference/schemas.js';

export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reference/industries',
    {
      schema: {
        tags: ['参考数据'],
        summary: '国民经济行业分类（GB/T 4754-2017）',
        querystring: z.object({ level: z.enum(['section', 'division', 'group', 'class']).optional() }),
        response: { 200: z.array(IndustrySchema) },
      },
    },
    async (req) => listIndustries(req.query.level ? { level: req.query.level } : {}),
  );

  app.post(
    '/reference/check-id',
    {
      schema: {
        tags: ['参考数据'],
        summary: '识别并校验编号（信用代码、许可证、应急预案、环评文号…）',
        body: z.object({ value: safeText('编号', 100) }),
        response: { 200: IdentifierCheckSchema },
      },
    },
    async (req) => checkIdentifier(req.body.value),
  );
};
