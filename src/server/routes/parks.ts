import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getLedgerStats } from '../../services/ledger/getLedgerStats.js';
import { getParkOverview } from '../../services/parks/getParkOverview.js';
import { createPark, getParkProfile, listParks, updateParkProfile } from '../../services/parks/parkProfile.js';
import { ParkProfileSchema } from '../../services/parks/schemas.js';
import type { RouteDeps } from './deps.js';
import { safeText, yearQuery } from '../../services/fields.js';

const ParkParams = z.object({ code: safeText('园区代码', 20) });
const YearQuery = z.object({ year: yearQuery().optional() });
const lastYear = () => new Date().getFullYear() - 1;

export const parkRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get('/parks', { schema: { tags: ['园区'], summary: '园区列表' } }, async (req) => listParks(ctx(req)));

  app.post('/parks', { schema: { tags: ['园区'], summary: '新建园区（管理员）', body: ParkProfileSchema } }, async (req, reply) =>
    reply.status(201).send(await createPark(ctx(req), req.body)),
  );

  app.get('/parks/:code', { schema: { tags: ['园区'], summary: '园区概况', params: ParkParams } }, async (req) =>
    getParkProfile(ctx(req), req.params.code),
  );

  app.put(
    '/parks/:code',
    { schema: { tags: ['园区'], summary: '修改园区概况', params: ParkParams, body: ParkProfileSchema.omit({ code: true }) } },
    async (req) => updateParkProfile(ctx(req), req.params.code, req.body),
  );

  app.get(
    '/parks/:code/overview',
    { schema: { tags: ['园区'], summary: '园区首页：关键数字', params: ParkParams, querystring: YearQuery } },
    async (req) => getParkOverview(ctx(req), req.params.code, req.query.year ?? lastYear()),
  );

  app.get(
    '/parks/:code/ledger/stats',
    { schema: { tags: ['企业档案'], summary: '企业档案统计（年度报告表1.3-1上方段落）', params: ParkParams, querystring: YearQuery } },
    async (req) => getLedgerStats(ctx(req), req.params.code, req.query.year ?? lastYear()),
  );
};
