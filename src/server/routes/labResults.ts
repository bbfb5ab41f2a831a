import { extname } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '../../services/enterprises/ledgerWorkbook.js';
import { ServiceError } from '../../services/errors.js';
import { safeText, yearQuery } from '../../services/fields.js';
import { importLabResults, listLabResults } from '../../services/monitoring/labResultsImport.js';
import { LabImportResultSchema, LabResultsYearSchema } from '../../services/monitoring/labResultsSchemas.js';
import type { RouteDeps } from './deps.js';

const tags = ['在线监测'];
const ParkParams = z.object({ code: safeText('园区代码', 20) });
const YearQuery = z.object({ year: yearQuery('year') });
const ImportQuery = YearQuery.extend({
  file: safeText('文件名', 200).optional().describe('原文件名（记录为来源）；扩展名应与内容类型一致'),
});
const CSV_CONTENT_TYPE = 'text/csv';
const EXTENSION: Readonly<Record<string, string>> = { [XLSX_CONTENT_TYPE]: '.xlsx', [CSV_CONTENT_TYPE]: '.csv' };

/** 实验室监测结果: a lab report's results per point, imported all or nothing, and the year's samples with verdicts. */
export const labResultRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  // Reports arrive as raw bytes; 10 MB is far above any lab report.
  for (const type of [XLSX_CONTENT_TYPE, CSV_CONTENT_TYPE]) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) => done(null, body));
  }

  app.get(
    '/parks/:code/lab-results',
    {
      schema: {
        tags,
        summary: '实验室监测结果（按点位、采样日期，附按点位执行标准的评价）',
        params: ParkParams,
        querystring: YearQuery,
        response: { 200: LabResultsYearSchema },
      },
    },
    async (req) => listLabResults(ctx(req), req.params.code, req.query.year),
  );

  app.post(
    '/parks/:code/lab-results/import',
    {
      schema: {
        tags,
        summary: '导入实验室监测报告结果（.xlsx 或 .csv；全部成功或全部不写入）',
        params: ParkParams,
        querystring: ImportQuery,
        response: { 200: LabImportResultSchema },
      },
    },
    async (req) => {
      const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      const ext = EXTENSION[type];
      if (!Buffer.isBuffer(req.body) || ext === undefined) {
        throw new ServiceError('BAD_REQUEST', `请以 ${XLSX_CONTENT_TYPE}（.xlsx）或 ${CSV_CONTENT_TYPE}（.csv）上传监测结果文件`);
      }
      const file = req.query.file ?? `监测结果${ext}`;
      if (extname(file).toLowerCase() !== ext) {
        throw new ServiceError('VALIDATION', '文件名与内容类型不符', [
          { severity: 'error', field: 'file', value: file, message: `以 ${type} 上传时文件名应以 ${ext} 结尾` },
        ]);
      }
      return importLabResults(ctx(req), req.params.code, req.query.year, file, req.body);
    },
  );
};
