import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getRegionOverview } from '../../services/parks/getRegionOverview.js';
import { RegionOverviewSchema } from '../../services/parks/schemas.js';
import type { RouteDeps } from './deps.js';
import { lastCompleteYear } from '../../domain/report/reportingYear.js';
import { yearQuery } from '../../services/fields.js';

export const regionRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/region/parks',
    {
      schema: {
        tags: ['园区'],
        summary: '辖区园区对比（关键数字）',
        querystring: z.object({ year: yearQuery().optional() }),
        response: { 200: RegionOverviewSchema },
      },
    },
    async (req) => getRegionOverview(ctx(req), req.query.year ?? lastCompleteYear(new Date())),
  );
};
