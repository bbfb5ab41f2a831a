import { extname } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '../../services/enterprises/ledgerWorkbook.js';
import { ServiceError } from '../../services/errors.js';
import { safeText, yearQuery } from '../../services/fields.js';
import { importWasteWorkbook, listWasteLedger, previewWasteWorkbook } from '../../services/registers/wasteLedger.js';
import { ConfirmedNamesQuery, WasteImportPreviewSchema, WasteLedgerYearSchema } from '../../services/registers/wasteLedgerSchemas.js';
import { exportWasteWorkbook } from '../../services/registers/wasteWorkbook.js';
import { sendDownload } from '../download.js';
import type { RouteDeps } from './deps.js';
import { binaryFile } from './responses.js';

const tags = ['环境管理台账'];
const ParkParams = z.object({ code: safeText('园区代码', 20) });
const YearQuery = z.object({ year: yearQuery('year') });
const ImportQuery = YearQuery.extend({
  file: safeText('文件名', 200).optional().describe('原文件名（记录为来源），应以 .xlsx 结尾'),
  confirm: ConfirmedNamesQuery.optional(),
});

/** The uploaded workbook and its file name, or a clear refusal. */
function upload(body: unknown, file: string | undefined): { bytes: Buffer; name: string } {
  if (!Buffer.isBuffer(body)) throw new ServiceError('BAD_REQUEST', `请以 ${XLSX_CONTENT_TYPE} 上传 .xlsx 工作簿`);
  const name = file ?? '固体废物处置清单.xlsx';
  if (extname(name).toLowerCase() !== '.xlsx') {
    throw new ServiceError('VALIDATION', '文件名与内容类型不符', [{ field: 'file', value: name, message: '文件名应以 .xlsx 结尾' }]);
  }
  return { bytes: body, name };
}

/**
 * 固体废物台账: a year's rows with totals and findings; a table-10 workbook previewed (names linked, the nearest
 * enterprise proposed for a name not in the file), imported all or nothing with the names the user confirmed, and
 * exported in the same layout.
 */
export const wasteLedgerRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  // Workbooks arrive as raw bytes; 10 MB is far above any park's table.
  app.addContentTypeParser(XLSX_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  app.get(
    '/parks/:code/waste-ledger',
    {
      schema: {
        tags,
        summary: '固体废物台账（某年度各企业一般工业固体废物、危险废物，合计、产生企业数与待核对项）',
        params: ParkParams,
        querystring: YearQuery,
        response: { 200: WasteLedgerYearSchema },
      },
    },
    async (req) => listWasteLedger(ctx(req), req.params.code, req.query.year),
  );

  app.post(
    '/parks/:code/waste-ledger/preview',
    {
      schema: {
        tags,
        summary: '预览导入固体废物处置清单（表10格式 .xlsx）：各行与企业档案的关联、待确认的名称、合计；不写入',
        params: ParkParams,
        querystring: ImportQuery,
        response: { 200: WasteImportPreviewSchema },
      },
    },
    async (req) => {
      const { bytes, name } = upload(req.body, req.query.file);
      return previewWasteWorkbook(ctx(req), req.params.code, req.query.year, bytes, name, req.query.confirm ?? {});
    },
  );

  app.post(
    '/parks/:code/waste-ledger/import',
    {
      schema: {
        tags,
        summary: '导入固体废物处置清单（表10格式 .xlsx），替换该年度台账；名称须在企业档案中或已确认；全部成功或全部不写入',
        params: ParkParams,
        querystring: ImportQuery,
        response: { 200: WasteLedgerYearSchema },
      },
    },
    async (req) => {
      const { bytes, name } = upload(req.body, req.query.file);
      return importWasteWorkbook(ctx(req), req.params.code, req.query.year, bytes, name, req.query.confirm ?? {});
    },
  );

  app.get(
    '/parks/:code/waste-ledger/export.xlsx',
    {
      schema: {
        tags,
        summary: '导出某年度的企业固体废物处置清单（表10格式 .xlsx）',
        params: ParkParams,
        querystring: YearQuery,
        response: { 200: binaryFile(XLSX_CONTENT_TYPE, '企业固体废物处置清单（.xlsx）') },
      },
    },
    async (req, reply) => {
      const { fileName, bytes } = await exportWasteWorkbook(ctx(req), req.params.code, req.query.year);
      return sendDownload(reply, fileName, XLSX_CONTENT_TYPE, bytes);
    },
  );
};
