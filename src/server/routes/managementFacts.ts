import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeText, yearQuery } from '../../services/fields.js';
import { carryOverManagementFacts, getManagementFacts, putManagementFacts } from '../../services/registers/managementFacts.js';
import { ManagementFactsInput, ManagementFactsYearSchema } from '../../services/registers/managementFactsSchemas.js';
import type { RouteDeps } from './deps.js';

const tags = ['环境管理台账'];
const YearParams = z.object({ code: safeText('园区代码', 20), year: yearQuery('年份') });

/** 环境管理情况: a park's yearly water, air and soil facts, with the counts the emission ledger gives beside them. */
export const managementFactsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/parks/:code/management-facts/:year',
    {
      schema: {
        tags,
        summary: '年度环境管理情况（水、大气、土壤），及排放台账统计的排放企业数',
        params: YearParams,
        response: { 200: ManagementFactsYearSchema },
      },
    },
    async (req) => getManagementFacts(ctx(req), req.params.code, req.params.year),
  );

  app.put(
    '/parks/:code/management-facts/:year',
    {
      schema: {
        tags,
        summary: '保存年度环境管理情况（未填的项为 null；保存后不再标记为沿用上年）',
        params: YearParams,
        body: ManagementFactsInput,
        response: { 200: ManagementFactsYearSchema },
      },
    },
    async (req) => putManagementFacts(ctx(req), req.params.code, req.params.year, req.body),
  );

  app.post(
    '/parks/:code/management-facts/:year/carry-over',
    {
      schema: {
        tags,
        summary: '沿用上年：复制最近一个往年的环境管理情况，标记为沿用，保存后取消标记（本年已有时拒绝）',
        params: YearParams,
        response: { 200: ManagementFactsYearSchema },
      },
    },
    async (req) => carryOverManagementFacts(ctx(req), req.params.code, req.params.year),
  );
};
