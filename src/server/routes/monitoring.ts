import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listReceivers } from '../../services/monitoring/receiverStatus.js';
import {
  AlarmViewSchema,
  DataCnSchema,
  LatestReadingSchema,
  ReceiversSchema,
  SeriesPointSchema,
  StationAuthFailureViewSchema,
  StationInput,
  StationViewSchema,
} from '../../services/monitoring/schemas.js';
import { listStationAuthFailures } from '../../services/monitoring/stationAuthFailures.js';
import {
  createStation,
  getStation,
  getStationLatest,
  getStationSeries,
  listAlarms,
  listStations,
  updateStationInfo,
} from '../../services/monitoring/stations.js';
import type { RouteDeps } from './deps.js';
import { idParam, safeText, timestampQuery } from '../../services/fields.js';

const tags = ['在线监测'];
const ParkParams = z.object({ code: safeText('园区代码', 20) });
const StationParams = ParkParams.extend({ id: idParam() });

export const monitoringRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/receiver/stats',
    { schema: { tags, summary: 'HJ 212 接收端（本进程或独立运行）的状态与计数', response: { 200: ReceiversSchema } } },
    async (req) => ({ receivers: await listReceivers(ctx(req)) }),
  );

  app.get(
    '/parks/:code/stations',
    { schema: { tags, summary: '监测站点（在线状态、限值）', params: ParkParams, response: { 200: z.array(StationViewSchema) } } },
    async (req) => listStations(ctx(req), req.params.code),
  );

  app.post(
    '/parks/:code/stations',
    { schema: { tags, summary: '登记站点（MN、密码、限值）', params: ParkParams, body: StationInput, response: { 201: StationViewSchema } } },
    async (req, reply) => reply.status(201).send(await createStation(ctx(req), req.params.code, req.body)),
  );

  app.put(
    '/parks/:code/stations/:id',
    { schema: { tags, summary: '修改站点', params: StationParams, body: StationInput, response: { 200: StationViewSchema } } },
    async (req) => updateStationInfo(ctx(req), req.params.code, req.params.id, req.body),
  );

  app.get('/parks/:code/stations/:id', { schema: { tags, summary: '站点详情', params: StationParams, response: { 200: StationViewSchema } } }, async (req) =>
    getStation(ctx(req), req.params.code, req.params.id),
  );

  app.get(
    '/parks/:code/stations/:id/latest',
    { schema: { tags, summary: '最新数据（含数据标记）', params: StationParams, response: { 200: z.array(LatestReadingSchema) } } },
    async (req) => getStationLatest(ctx(req), req.params.code, req.params.id),
  );

  app.get(
    '/parks/:code/stations/:id/series',
    {
      schema: {
        tags,
        summary: '数据序列',
        params: StationParams,
        querystring: z.object({
          cn: DataCnSchema.default('2011'),
          from: timestampQuery('起始时间'),
          to: timestampQuery('结束时间'),
        }),
        response: { 200: z.array(SeriesPointSchema) },
      },
    },
    async (req) => getStationSeries(ctx(req), req.params.code, req.params.id, req.query),
  );

  app.get(
    '/parks/:code/station-auth-failures',
    {
      schema: {
        tags,
        summary: '站点口令错误（疑似口令猜测）',
        params: ParkParams,
        response: { 200: z.array(StationAuthFailureViewSchema) },
      },
    },
    async (req) => listStationAuthFailures(ctx(req), req.params.code),
  );

  app.get(
    '/parks/:code/alarms',
    { schema: { tags, summary: '超标报警', params: ParkParams, response: { 200: z.array(AlarmViewSchema) } } },
    async (req) => listAlarms(ctx(req), req.params.code),
  );
};
