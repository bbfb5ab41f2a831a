import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ServiceError } from '../../services/errors.js';
import { idParam, safeText, yearQuery } from '../../services/fields.js';
import { deleteAirAnnualFigure, listAirAnnualFigures, putAirAnnualFigures } from '../../services/monitoring/airAnnualFigures.js';
import { airEvaluationOfYear } from '../../services/monitoring/airEvaluation.js';
import {
  AirAnnualFigureSchema,
  AirEvaluationOfYearSchema,
  AirSeriesImportResultSchema,
  RegionalAirOfYearSchema,
} from '../../services/monitoring/airEvaluationSchemas.js';
import { importAirSeries } from '../../services/monitoring/airSeriesImport.js';
import { regionalAirOfYear } from '../../services/monitoring/regionalAir.js';
import type { RouteDeps } from './deps.js';
import { noContent } from './responses.js';

const tags = ['在线监测'];
const ParkParams = z.object({ code: safeText('园区代码', 20) });
const YearQuery = z.object({ year: yearQuery('year') });
const ImportQuery = z.object({
  point: safeText('点位名称', 100).describe('园区的空气点位（未关联 HJ 212 站点，如城市站）'),
  file: safeText('文件名', 200).optional().describe('原文件名（记录为来源），.csv'),
  year: yearQuery('year').optional().describe('给出时所有日期须在该年内'),
  simulated: z.enum(['true', 'false']).optional().describe('true：标记为模拟数据'),
});
const FigureParams = ParkParams.extend({ pointId: idParam('点位编号'), year: yearQuery('year'), key: safeText('项目', 20) });

/** 空气质量评价: the year's evaluation of every air point, series imported for the city's station, entered annual figures. */
export const airEvaluationRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  // A year of hourly values of one station is under 1 MB.
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  app.get(
    '/parks/:code/air-evaluation',
    {
      schema: {
        tags,
        summary: '空气质量评价：各空气点位的有效监测天数、达标天数和达标率、各因子超标天数和最大超标倍数、优良天数、年均值、同比，及日数据',
        params: ParkParams,
        querystring: YearQuery,
        response: { 200: AirEvaluationOfYearSchema },
      },
    },
    async (req) => airEvaluationOfYear(ctx(req), req.params.code, req.query.year),
  );

  app.get(
    '/parks/:code/regional-air',
    {
      schema: {
        tags,
        summary: '区域空气质量（城市站）：优良天数、优良率、各项年均浓度，计算或录入（录入优先），及与上年比较',
        params: ParkParams,
        querystring: YearQuery,
        response: { 200: RegionalAirOfYearSchema },
      },
    },
    async (req) => regionalAirOfYear(ctx(req), req.params.code, req.query.year),
  );

  app.post(
    '/parks/:code/air-series/import',
    {
      schema: {
        tags,
        summary: '导入城市站等非园区运行站点的空气质量日均值或小时值（.csv；全部成功或全部不写入）',
        params: ParkParams,
        querystring: ImportQuery,
        response: { 200: AirSeriesImportResultSchema },
      },
    },
    async (req) => {
      const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (!Buffer.isBuffer(req.body) || type !== 'text/csv') throw new ServiceError('BAD_REQUEST', '请以 text/csv（.csv）上传空气质量数据文件');
      return importAirSeries(ctx(req), req.params.code, {
        pointName: req.query.point,
        fileName: req.query.file ?? '空气质量数据.csv',
        bytes: req.body,
        ...(req.query.year === undefined ? {} : { year: req.query.year }),
        simulated: req.query.simulated === 'true',
      });
    },
  );

  app.get(
    '/parks/:code/air-annual-figures',
    {
      schema: { tags, summary: '录入的年度空气质量数据（本年与上年）', params: ParkParams, querystring: YearQuery, response: { 200: z.array(AirAnnualFigureSchema) } },
    },
    async (req) => listAirAnnualFigures(ctx(req), req.params.code, req.query.year),
  );

  app.put(
    '/parks/:code/air-annual-figures',
    {
      schema: {
        tags,
        summary: '录入空气点位某年的年度数据（优良天数、优良率、年均浓度；按录入原样打印）',
        params: ParkParams,
        body: z.unknown(),
        response: { 200: z.array(AirAnnualFigureSchema) },
      },
    },
    async (req) => putAirAnnualFigures(ctx(req), req.params.code, req.body),
  );

  app.delete(
    '/parks/:code/air-annual-figures/:pointId/:year/:key',
    {
      schema: { tags, summary: '删除一项录入的年度数据', params: FigureParams, response: { 204: noContent('已删除；报告改用由数据计算的值（如有）') } },
    },
    async (req, reply) => {
      await deleteAirAnnualFigure(ctx(req), req.params.code, req.params.pointId, req.params.year, req.params.key);
      return reply.status(204).send(null);
    },
  );
};
