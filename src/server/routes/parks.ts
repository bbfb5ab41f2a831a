import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lastCompleteYear } from '../../domain/report/reportingYear.js';
import { getLedgerStats } from '../../services/ledger/getLedgerStats.js';
import { LedgerStatsResultSchema } from '../../services/ledger/schemas.js';
import { getParkOverview } from '../../services/parks/getParkOverview.js';
import { createPark, getParkProfile, listParks, updateParkProfile } from '../../services/parks/parkProfile.js';
import { editParkIdentity, restorePark, retirePark } from '../../services/parks/manageParks.js';
import {
  ParkIdentitySchema,
  ParkOverviewSchema,
  ParkProfileSchema,
  ParkProfileViewSchema,
  ParkSummarySchema,
} from '../../services/parks/schemas.js';
import type { RouteDeps } from './deps.js';
import { safeText, yearQuery } from '../../services/fields.js';

const ParkParams = z.object({ code: safeText('园区代码', 20) });
const YearQuery = z.object({ year: yearQuery().optional() });
const lastYear = () => lastCompleteYear(new Date());

export const parkRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/parks',
    {
      schema: {
        tags: ['园区'],
        summary: '园区列表（默认不含已停用园区）',
        querystring: z.object({ includeRetired: z.enum(['true', 'false']).optional().describe('true：含已停用园区（园区管理）') }),
        response: { 200: z.array(ParkSummarySchema) },
      },
    },
    async (req) => listParks(ctx(req), { includeRetired: req.query.includeRetired === 'true' }),
  );

  app.post(
    '/parks',
    { schema: { tags: ['园区'], summary: '新建园区（管理员）', body: ParkProfileSchema, response: { 201: ParkProfileViewSchema } } },
    async (req, reply) => reply.status(201).send(await createPark(ctx(req), req.body)),
  );

  app.get('/parks/:code', { schema: { tags: ['园区'], summary: '园区概况', params: ParkParams, response: { 200: ParkProfileViewSchema } } }, async (req) =>
    getParkProfile(ctx(req), req.params.code),
  );

  app.put(
    '/parks/:code',
    {
      schema: {
        tags: ['园区'],
        summary: '修改园区概况',
        params: ParkParams,
        body: ParkProfileSchema.omit({ code: true }),
        response: { 200: ParkProfileViewSchema },
      },
    },
    async (req) => updateParkProfile(ctx(req), req.params.code, req.body),
  );

  app.put(
    '/parks/:code/identity',
    {
      schema: {
        tags: ['园区'],
        summary: '修改园区代码、名称、级别、行政区划（管理员）',
        params: ParkParams,
        body: ParkIdentitySchema,
        response: { 200: ParkSummarySchema },
      },
    },
    async (req) => editParkIdentity(ctx(req), req.params.code, req.body),
  );

  app.post(
    '/parks/:code/retire',
    {
      schema: {
        tags: ['园区'],
        summary: '停用园区（管理员）：数据保留，只读，不在园区选择中显示',
        params: ParkParams,
        response: { 200: ParkSummarySchema },
      },
    },
    async (req) => retirePark(ctx(req), req.params.code),
  );

  app.post(
    '/parks/:code/restore',
    { schema: { tags: ['园区'], summary: '恢复已停用的园区（管理员）', params: ParkParams, response: { 200: ParkSummarySchema } } },
    async (req) => restorePark(ctx(req), req.params.code),
  );

  app.get(
    '/parks/:code/overview',
    {
      schema: {
        tags: ['园区'],
        summary: '园区首页：关键数字',
        params: ParkParams,
        querystring: YearQuery,
        response: { 200: ParkOverviewSchema },
      },
    },
    async (req) => getParkOverview(ctx(req), req.params.code, req.query.year ?? lastYear()),
  );

  app.get(
    '/parks/:code/ledger/stats',
    {
      schema: {
        tags: ['企业档案'],
        summary: '企业档案统计（年度报告表1.3-1上方段落）',
        params: ParkParams,
        querystring: YearQuery,
        response: { 200: LedgerStatsResultSchema },
      },
    },
    async (req) => getLedgerStats(ctx(req), req.params.code, req.query.year ?? lastYear()),
  );
};
