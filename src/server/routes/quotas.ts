import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ServiceError } from '../../services/errors.js';
import { idParam, safeText, yearQuery } from '../../services/fields.js';
import { emissionSummary } from '../../services/registers/emissionSummary.js';
import { createEmission, deleteEmission, listEmissions, updateEmission } from '../../services/registers/emissions.js';
import { exportEmissionsWorkbook, importEmissionsWorkbook, XLSX_CONTENT_TYPE } from '../../services/registers/emissionsWorkbook.js';
import { EmissionInput, EmissionRowSchema, EmissionSummarySchema, EmissionYearSchema, ParkQuotasSchema, QuotasInput } from '../../services/registers/quotaSchemas.js';
import { getQuotas, replaceQuotas } from '../../services/registers/quotas.js';
import { exportQuotasWorkbook, importQuotasWorkbook } from '../../services/registers/quotasWorkbook.js';
import { sendDownload } from '../download.js';
import type { RouteDeps } from './deps.js';
import { binaryFile, noContent } from './responses.js';

const tags = ['环境管理台账'];
const ParkParams = z.object({ code: safeText('园区代码', 20) });
const RowParams = ParkParams.extend({ id: idParam('排放量记录编号') });
const YearQuery = z.object({ year: yearQuery('year') });
const xlsxFile = (description: string) => binaryFile(XLSX_CONTENT_TYPE, description);
const FileNameQuery = { fileName: safeText('文件名', 200).optional().describe('上传的文件名（记入来源）') };
const EmissionImportQuery = YearQuery.extend({
  ...FileNameQuery,
  confirm: z
    .union([safeText('确认的名称', 300), z.array(safeText('确认的名称', 300)).max(500)])
    .optional()
    .transform((v, ctx): string[] | Record<string, string> => {
      if (v === undefined) return [];
      if (Array.isArray(v)) return v;
      if (!v.trim().startsWith('{')) return [v];
      try {
        const parsed: unknown = JSON.parse(v);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && Object.values(parsed).every((x) => typeof x === 'string')) return parsed as Record<string, string>;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'confirm 应为“表中名称=档案名称”或 JSON 对象 {"表中名称":"档案名称"}' });
      return z.NEVER;
    })
    .describe('确认的企业名称：表中名称=档案名称（可重复），或 JSON 对象 {"表中名称":"档案名称"}'),
});

function bytesOf(body: unknown): Buffer {
  if (!Buffer.isBuffer(body)) throw new ServiceError('BAD_REQUEST', `请以 ${XLSX_CONTENT_TYPE} 上传 .xlsx 工作簿`);
  return body;
}

/** 总量控制: a park's quotas with their approval, and its yearly emissions per enterprise or as published. */
export const quotaRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  // Workbook uploads arrive as raw bytes.
  app.addContentTypeParser(XLSX_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  app.get(
    '/parks/:code/quotas',
    { schema: { tags, summary: '总量控制指标及其批复', params: ParkParams, response: { 200: ParkQuotasSchema } } },
    async (req) => getQuotas(ctx(req), req.params.code),
  );

  app.put(
    '/parks/:code/quotas',
    { schema: { tags, summary: '替换总量控制指标（整套，含批复）', params: ParkParams, body: QuotasInput, response: { 200: ParkQuotasSchema } } },
    async (req) => replaceQuotas(ctx(req), req.params.code, req.body),
  );

  app.get(
    '/parks/:code/quotas/export.xlsx',
    { schema: { tags, summary: '导出总量控制指标工作簿', params: ParkParams, response: { 200: xlsxFile('总量控制指标（.xlsx）') } } },
    async (req, reply) => {
      const { fileName, bytes } = await exportQuotasWorkbook(ctx(req), req.params.code);
      return sendDownload(reply, fileName, XLSX_CONTENT_TYPE, bytes);
    },
  );

  app.post(
    '/parks/:code/quotas/import',
    {
      schema: {
        tags,
        summary: '导入总量控制指标工作簿（污染物 | 总量控制指标(t/a) | 批复文号 | 批复名称 | 批复时间；全部成功或全部不写入）',
        params: ParkParams,
        querystring: z.object(FileNameQuery),
        response: { 200: ParkQuotasSchema },
      },
    },
    async (req) => importQuotasWorkbook(ctx(req), req.params.code, bytesOf(req.body), req.query.fileName ?? '总量控制指标.xlsx'),
  );

  app.get(
    '/parks/:code/emissions',
    { schema: { tags, summary: '年度实际排放量（企业及园区公布总量；企业用户仅本企业）', params: ParkParams, querystring: YearQuery, response: { 200: EmissionYearSchema } } },
    async (req) => listEmissions(ctx(req), req.params.code, req.query.year),
  );

  app.get(
    '/parks/:code/emissions/summary',
    {
      schema: {
        tags,
        summary: '年度总量控制情况：各污染物园区总量、是否在总量控制指标以内、与上年比较及其表述',
        params: ParkParams,
        querystring: YearQuery,
        response: { 200: EmissionSummarySchema },
      },
    },
    async (req) => emissionSummary(ctx(req), req.params.code, req.query.year),
  );

  app.post(
    '/parks/:code/emissions',
    { schema: { tags, summary: '新增一行排放量（企业用户仅本企业）', params: ParkParams, body: EmissionInput, response: { 201: EmissionRowSchema } } },
    async (req, reply) => reply.status(201).send(await createEmission(ctx(req), req.params.code, req.body)),
  );

  app.put(
    '/parks/:code/emissions/:id',
    { schema: { tags, summary: '修改一行排放量', params: RowParams, body: EmissionInput, response: { 200: EmissionRowSchema } } },
    async (req) => updateEmission(ctx(req), req.params.code, req.params.id, req.body),
  );

  app.delete(
    '/parks/:code/emissions/:id',
    { schema: { tags, summary: '删除一行排放量', params: RowParams, response: { 204: noContent('已删除') } } },
    async (req, reply) => {
      await deleteEmission(ctx(req), req.params.code, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/parks/:code/emissions/export.xlsx',
    { schema: { tags, summary: '导出年度实际排放量工作簿（导入所用格式）', params: ParkParams, querystring: YearQuery, response: { 200: xlsxFile('年度实际排放量（.xlsx）') } } },
    async (req, reply) => {
      const { fileName, bytes } = await exportEmissionsWorkbook(ctx(req), req.params.code, req.query.year);
      return sendDownload(reply, fileName, XLSX_CONTENT_TYPE, bytes);
    },
  );

  app.post(
    '/parks/:code/emissions/import',
    {
      schema: {
        tags,
        summary: '导入年度实际排放量工作簿（序号 | 企业名称 | 统一社会信用代码 | 化学需氧量 | 氨氮 …，t/a；名称与档案不符时需确认；全部成功或全部不写入）',
        params: ParkParams,
        querystring: EmissionImportQuery,
        response: { 200: EmissionYearSchema },
      },
    },
    async (req) =>
      importEmissionsWorkbook(ctx(req), req.params.code, req.query.year, bytesOf(req.body), req.query.fileName ?? '年度实际排放量.xlsx', req.query.confirm),
  );
};
