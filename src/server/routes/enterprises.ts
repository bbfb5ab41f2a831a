import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  enterprisesTemplateWorkbook,
  exportEnterprisesWorkbook,
  importEnterprisesWorkbook,
  XLSX_CONTENT_TYPE,
} from '../../services/enterprises/ledgerWorkbook.js';
import {
  createEnterprise,
  deleteEnterprise,
  getEnterprise,
  getEnterpriseHistory,
  updateEnterprise,
} from '../../services/enterprises/enterpriseVerbs.js';
import { listEnterprises } from '../../services/enterprises/listEnterprises.js';
import {
  ChangeRecordSchema,
  EnterpriseInputSchema,
  EnterpriseListQuery,
  EnterpriseListSchema,
  EnterpriseViewSchema,
  ImportResultSchema,
} from '../../services/enterprises/schemas.js';
import { ServiceError } from '../../services/errors.js';
import { sendDownload } from '../download.js';
import type { RouteDeps } from './deps.js';
import { binaryFile, noContent } from './responses.js';
import { idParam, safeText } from '../../services/fields.js';

const ParkParams = z.object({ code: safeText('园区代码', 20) });
const EnterpriseParams = ParkParams.extend({ id: idParam() });
const tags = ['企业档案'];
const xlsxFile = (description: string) => binaryFile(XLSX_CONTENT_TYPE, description);

export const enterpriseRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  // Workbook uploads arrive as raw bytes; 10 MB is far above any park's ledger.
  app.addContentTypeParser(XLSX_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) =>
    done(null, body),
  );

  app.get(
    '/parks/:code/enterprises',
    {
      schema: {
        tags,
        summary: '企业列表（筛选、搜索、排序）',
        params: ParkParams,
        querystring: EnterpriseListQuery,
        response: { 200: EnterpriseListSchema },
      },
    },
    async (req) => listEnterprises(ctx(req), req.params.code, req.query),
  );

  app.get(
    '/parks/:code/enterprises/export.xlsx',
    { schema: { tags, summary: '导出企业档案工作簿', params: ParkParams, response: { 200: xlsxFile('企业档案工作簿（.xlsx）') } } },
    async (req, reply) => {
      const { fileName, bytes } = await exportEnterprisesWorkbook(ctx(req), req.params.code);
      return sendDownload(reply, fileName, XLSX_CONTENT_TYPE, bytes);
    },
  );

  app.get(
    '/enterprises/template.xlsx',
    { schema: { tags, summary: '企业档案导入模板', response: { 200: xlsxFile('空白导入模板（.xlsx）') } } },
    async (_req, reply) => {
      const { fileName, bytes } = await enterprisesTemplateWorkbook();
      return sendDownload(reply, fileName, XLSX_CONTENT_TYPE, bytes);
    },
  );

  app.post(
    '/parks/:code/enterprises/import',
    { schema: { tags, summary: '导入企业档案工作簿（全部成功或全部不写入）', params: ParkParams, response: { 200: ImportResultSchema } } },
    async (req) => {
      if (!Buffer.isBuffer(req.body)) {
        throw new ServiceError('BAD_REQUEST', `请以 ${XLSX_CONTENT_TYPE} 上传 .xlsx 工作簿`);
      }
      return importEnterprisesWorkbook(ctx(req), req.params.code, req.body);
    },
  );

  app.get(
    '/parks/:code/enterprises/:id',
    { schema: { tags, summary: '企业详情', params: EnterpriseParams, response: { 200: EnterpriseViewSchema } } },
    async (req) => getEnterprise(ctx(req), req.params.code, req.params.id),
  );

  app.get(
    '/parks/:code/enterprises/:id/history',
    { schema: { tags, summary: '企业变更记录（新的在前）', params: EnterpriseParams, response: { 200: z.array(ChangeRecordSchema) } } },
    async (req) => getEnterpriseHistory(ctx(req), req.params.code, req.params.id),
  );

  app.post(
    '/parks/:code/enterprises',
    { schema: { tags, summary: '新增企业', params: ParkParams, body: EnterpriseInputSchema, response: { 201: EnterpriseViewSchema } } },
    async (req, reply) => reply.status(201).send(await createEnterprise(ctx(req), req.params.code, req.body)),
  );

  app.put(
    '/parks/:code/enterprises/:id',
    { schema: { tags, summary: '修改企业', params: EnterpriseParams, body: EnterpriseInputSchema, response: { 200: EnterpriseViewSchema } } },
    async (req) => updateEnterprise(ctx(req), req.params.code, req.params.id, req.body),
  );

  app.delete(
    '/parks/:code/enterprises/:id',
    { schema: { tags, summary: '删除企业', params: EnterpriseParams, response: { 204: noContent('已删除') } } },
    async (req, reply) => {
      await deleteEnterprise(ctx(req), req.params.code, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
