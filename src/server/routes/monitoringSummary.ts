import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeText, yearQuery } from '../../services/fields.js';
import { monitoringSummary } from '../../services/monitoring/monitoringSummary.js';
import { MonitoringSummarySchema } from '../../services/monitoring/monitoringSummarySchema.js';
import type { RouteDeps } from './deps.js';

const ParkParams = z.object({ code: safeText('园区代码', 20) });
const YearQuery = z.object({ year: yearQuery('year') });

/** 监测汇总: the year's monitoring in the figures the annual report prints (what `parkeco monitoring summary` shows). */
export const monitoringSummaryRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/parks/:code/monitoring-summary',
    {
      schema: {
        tags: ['在线监测'],
        summary: '年度监测汇总：计划落实、各要素达标率与超标项、空气站达标率与优良天数、区域空气质量',
        params: ParkParams,
        querystring: YearQuery,
        response: { 200: MonitoringSummarySchema },
      },
    },
    async (req) => monitoringSummary(ctx(req), req.params.code, req.query.year),
  );
};
