import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateEvaluationInput,
  CreditEvaluationSchema,
  CreditHistorySchema,
  HonourInput,
  HonourSchema,
  HonourYearSchema,
  ItemScoreInput,
  SCHEME_FORMATS,
  SchemeEntrySchema,
  SchemeListSchema,
} from '../../services/credit/creditSchemas.js';
import {
  createCreditEvaluation,
  creditEvaluationHistory,
  getCreditEvaluation,
  reopenCreditEvaluation,
  setCreditItemScore,
  submitCreditEvaluation,
} from '../../services/credit/evaluations.js';
import { createHonour, deleteHonour, listHonours, updateHonour } from '../../services/credit/honours.js';
import { listSchemes, loadSchemeFile } from '../../services/credit/schemes.js';
import { ServiceError } from '../../services/errors.js';
import { idParam, safeText, yearQuery } from '../../services/fields.js';
import { XLSX_CONTENT_TYPE } from '../../services/registers/emissionsWorkbook.js';
import type { RouteDeps } from './deps.js';
import { noContent } from './responses.js';

const tags = ['环境管理台账'];
const ParkParams = z.object({ code: safeText('园区代码', 20) });
const YearParams = ParkParams.extend({ year: yearQuery('year') });
const ItemParams = YearParams.extend({ number: safeText('序号', 10).regex(/^[0-9A-Za-z.\-（）()一二三四五六七八九十]+$/, '序号应为如 12 的编号') });
const HonourParams = ParkParams.extend({ id: idParam('荣誉编号') });
const YearQuery = z.object({ year: yearQuery('year') });

const LoadQuery = z.object({
  format: z.enum(SCHEME_FORMATS, { error: '格式应为 json、yaml 或 xlsx' }).describe('文件格式：json、yaml 或 xlsx（自评表版式：序号 | 一级指标 | 二级指标 | 评价标准 | 分值）'),
  fileName: safeText('文件名', 200).optional().describe('原文件名（记入来源，错误信息中引用）'),
  meta: safeText('方案基本信息', 20000)
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'meta 应为 JSON 对象，如 {"id":"hunan-2025","version":"1",…}' });
        return z.NEVER;
      }
    })
    .describe(
      'xlsx 时必填：方案基本信息 JSON {"id","version","name","document","regionCode","yearFrom","yearTo","initialScore","maximum","grades":[{"name","minTotal"}],"notes","unconfirmed"}',
    ),
});

/** 园区环保信用评价: schemes, a park's self-evaluation of a year, and the park's honours. */
export const creditRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  // Scheme files arrive as they are: text (JSON, YAML) or workbook bytes.
  app.addContentTypeParser(XLSX_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) => done(null, body));
  app.addContentTypeParser(['application/yaml', 'text/yaml'], { parseAs: 'string', bodyLimit: 2 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  app.get(
    '/credit/schemes',
    { schema: { tags, summary: '信用评价方案：内置及导入的方案，标明各方案的最新版本', response: { 200: SchemeListSchema } } },
    async (req) => listSchemes(ctx(req)),
  );

  app.post(
    '/credit/schemes/load',
    {
      schema: {
        tags,
        summary:
          '导入信用评价方案（管理员）：json/yaml 以 text/plain 上传文件内容（错误指明行号；json 也可用 application/json），xlsx 以工作簿上传并在 meta 中给出基本信息；有误时指明行、字段和值，全部不写入；已有的版本不能重复导入',
        querystring: LoadQuery,
        consumes: ['text/plain', 'application/yaml', XLSX_CONTENT_TYPE],
        body: z.unknown().describe('方案文件内容'),
        response: { 201: SchemeEntrySchema },
      },
    },
    async (req, reply) => {
      const body: unknown = req.body;
      const { format } = req.query;
      const fileName = req.query.fileName ?? `scheme.${format}`;
      // JSON sent as application/json arrives parsed: checked as it is (issues name the field, not the line).
      const parsedJson = format === 'json' && body !== null && typeof body === 'object' && !Buffer.isBuffer(body);
      if (!parsedJson && (format === 'xlsx' ? !Buffer.isBuffer(body) : typeof body !== 'string')) {
        throw new ServiceError('BAD_REQUEST', format === 'xlsx' ? `请以 ${XLSX_CONTENT_TYPE} 上传 .xlsx 工作簿` : `请以 text/plain 上传 ${format} 文件内容`);
      }
      const file = parsedJson ? { parsed: body } : (body as string | Buffer);
      return reply.status(201).send(await loadSchemeFile(ctx(req), file, format, fileName, req.query.meta));
    },
  );

  app.get(
    '/parks/:code/credit/:year',
    {
      schema: {
        tags,
        summary: '园区某年度的环保信用自评：各项得分与平台建议分（及其依据记录、是否不一致）、总分与等级、上年自评；尚未自评时只有建议分',
        params: YearParams,
        response: { 200: CreditEvaluationSchema },
      },
    },
    async (req) => getCreditEvaluation(ctx(req), req.params.code, req.params.year),
  );

  app.post(
    '/parks/:code/credit/:year',
    {
      schema: { tags, summary: '开始某年度的自评（选用评价方案；不选时按园区地区和年度选用）', params: YearParams, body: CreateEvaluationInput, response: { 201: CreditEvaluationSchema } },
    },
    async (req, reply) => reply.status(201).send(await createCreditEvaluation(ctx(req), req.params.code, req.params.year, req.body)),
  );

  app.put(
    '/parks/:code/credit/:year/items/:number',
    {
      schema: {
        tags,
        summary: '填写一项的自评分、说明和证明材料（已提交的自评不能修改；得分须为 0 或该项分值）',
        params: ItemParams,
        body: ItemScoreInput,
        response: { 200: CreditEvaluationSchema },
      },
    },
    async (req) => setCreditItemScore(ctx(req), req.params.code, req.params.year, req.params.number, req.body),
  );

  app.post(
    '/parks/:code/credit/:year/submit',
    { schema: { tags, summary: '提交自评（提交后锁定）', params: YearParams, response: { 200: CreditEvaluationSchema } } },
    async (req) => submitCreditEvaluation(ctx(req), req.params.code, req.params.year),
  );

  app.post(
    '/parks/:code/credit/:year/reopen',
    { schema: { tags, summary: '退回已提交的自评以便修改（管理员）', params: YearParams, response: { 200: CreditEvaluationSchema } } },
    async (req) => reopenCreditEvaluation(ctx(req), req.params.code, req.params.year),
  );

  app.get(
    '/parks/:code/credit/:year/history',
    { schema: { tags, summary: '自评的修改记录（变更记录，最新在前）', params: YearParams, response: { 200: CreditHistorySchema } } },
    async (req) => creditEvaluationHistory(ctx(req), req.params.code, req.params.year),
  );

  app.get(
    '/parks/:code/honours',
    { schema: { tags, summary: '园区某年度获得的荣誉', params: ParkParams, querystring: YearQuery, response: { 200: HonourYearSchema } } },
    async (req) => listHonours(ctx(req), req.params.code, req.query.year),
  );

  app.post(
    '/parks/:code/honours',
    { schema: { tags, summary: '登记园区荣誉', params: ParkParams, body: HonourInput, response: { 201: HonourSchema } } },
    async (req, reply) => reply.status(201).send(await createHonour(ctx(req), req.params.code, req.body)),
  );

  app.put(
    '/parks/:code/honours/:id',
    { schema: { tags, summary: '修改园区荣誉', params: HonourParams, body: HonourInput, response: { 200: HonourSchema } } },
    async (req) => updateHonour(ctx(req), req.params.code, req.params.id, req.body),
  );

  app.delete(
    '/parks/:code/honours/:id',
    { schema: { tags, summary: '删除园区荣誉', params: HonourParams, response: { 204: noContent('已删除') } } },
    async (req, reply) => {
      await deleteHonour(ctx(req), req.params.code, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
