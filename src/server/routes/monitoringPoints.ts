import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, safeText } from '../../services/fields.js';
import { PointInput, PointViewSchema } from '../../services/monitoring/pointSchemas.js';
import { createPoint, deletePoint, getPoint, listPoints, updatePoint } from '../../services/monitoring/points.js';
import type { RouteDeps } from './deps.js';
import { noContent } from './responses.js';

const tags = ['在线监测'];
const ParkParams = z.object({ code: safeText('园区代码', 20) });
const PointParams = ParkParams.extend({ id: idParam('点位编号') });

/** 监测点位: a park's monitoring points with their coordinates, role, station and standard. */
export const monitoringPointRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/parks/:code/monitoring-points',
    { schema: { tags, summary: '监测点位（坐标、性质、关联站点、执行标准）', params: ParkParams, response: { 200: z.array(PointViewSchema) } } },
    async (req) => listPoints(ctx(req), req.params.code),
  );

  app.post(
    '/parks/:code/monitoring-points',
    { schema: { tags, summary: '新增监测点位（坐标可填度分秒或小数度）', params: ParkParams, body: PointInput, response: { 201: PointViewSchema } } },
    async (req, reply) => reply.status(201).send(await createPoint(ctx(req), req.params.code, req.body)),
  );

  app.get(
    '/parks/:code/monitoring-points/:id',
    { schema: { tags, summary: '监测点位详情', params: PointParams, response: { 200: PointViewSchema } } },
    async (req) => getPoint(ctx(req), req.params.code, req.params.id),
  );

  app.put(
    '/parks/:code/monitoring-points/:id',
    { schema: { tags, summary: '修改监测点位', params: PointParams, body: PointInput, response: { 200: PointViewSchema } } },
    async (req) => updatePoint(ctx(req), req.params.code, req.params.id, req.body),
  );

  app.delete(
    '/parks/:code/monitoring-points/:id',
    { schema: { tags, summary: '删除监测点位', params: PointParams, response: { 204: noContent('已删除') } } },
    async (req, reply) => {
      await deletePoint(ctx(req), req.params.code, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
