import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, safeText, yearQuery } from '../../services/fields.js';
import { copyPlan, createPlanItem, deletePlanItem, listPlan, updatePlanItem } from '../../services/monitoring/plan.js';
import { CopyPlanInput, CopyPlanResultSchema, PlanItemInput, PlanItemViewSchema, PlanYearSchema } from '../../services/monitoring/planSchemas.js';
import type { RouteDeps } from './deps.js';
import { noContent } from './responses.js';

const tags = ['在线监测'];
const ParkParams = z.object({ code: safeText('园区代码', 20) });
const ItemParams = ParkParams.extend({ id: idParam('计划项编号') });
const YearQuery = z.object({ year: yearQuery('year') });

/** 监测计划: a park's yearly monitoring plan (table 3) with 落实情况 computed from its lab results. */
export const monitoringPlanRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/parks/:code/monitoring-plan',
    {
      schema: {
        tags,
        summary: '年度监测计划及落实情况（按实验室监测结果的采样日期计算）',
        params: ParkParams,
        querystring: YearQuery,
        response: { 200: PlanYearSchema },
      },
    },
    async (req) => listPlan(ctx(req), req.params.code, req.query.year),
  );

  app.post(
    '/parks/:code/monitoring-plan/items',
    { schema: { tags, summary: '新增监测计划项（每年期数不填时按监测频次推算）', params: ParkParams, body: PlanItemInput, response: { 201: PlanItemViewSchema } } },
    async (req, reply) => reply.status(201).send(await createPlanItem(ctx(req), req.params.code, req.body)),
  );

  app.put(
    '/parks/:code/monitoring-plan/items/:id',
    { schema: { tags, summary: '修改监测计划项', params: ItemParams, body: PlanItemInput, response: { 200: PlanItemViewSchema } } },
    async (req) => updatePlanItem(ctx(req), req.params.code, req.params.id, req.body),
  );

  app.delete(
    '/parks/:code/monitoring-plan/items/:id',
    { schema: { tags, summary: '删除监测计划项', params: ItemParams, response: { 204: noContent('已删除') } } },
    async (req, reply) => {
      await deletePlanItem(ctx(req), req.params.code, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/parks/:code/monitoring-plan/copy',
    {
      schema: {
        tags,
        summary: '从往年复制监测计划（含点位；目标年份已有计划时需选择替换）',
        params: ParkParams,
        body: CopyPlanInput,
        response: { 200: CopyPlanResultSchema },
      },
    },
    async (req) => copyPlan(ctx(req), req.params.code, req.body),
  );
};
