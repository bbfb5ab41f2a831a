import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { annualReportContents } from '../../domain/report/annualReportSections.js';
import { renderAnnualReport } from '../../services/reports/renderAnnualReport.js';
import { sendDownload } from '../download.js';
import { lintAnnualReport } from '../../services/reports/lintAnnualReport.js';
import { LintReportSchema } from '../../services/reports/lintReportSchema.js';
import { previewAnnualReport } from '../../services/reports/previewAnnualReport.js';
import { ReportContentsSchema, ReportPreviewSchema, ReportTextBlockSchema } from '../../services/reports/reportModelSchema.js';
import { binaryFile } from './responses.js';
import { listReportTexts, resetReportText, setReportText } from '../../services/reports/reportTexts.js';
import type { RouteDeps } from './deps.js';
import { safeText, yearQuery } from '../../services/fields.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';


const ParkYear = {
  params: z.object({ code: safeText('园区代码', 20) }),
  querystring: z.object({ year: yearQuery() }),
};
const ParkYearBlock = {
  params: z.object({ code: safeText('园区代码', 20), key: safeText('段落编号', 40) }),
  querystring: z.object({ year: yearQuery() }),
};

export const reportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/parks/:code/reports/annual',
    {
      schema: {
        tags: ['报告'],
        summary: '年度自评估报告的报告模型（网页预览）：每个数字带有来源',
        ...ParkYear,
        response: { 200: ReportPreviewSchema },
      },
    },
    async (req) => previewAnnualReport(ctx(req), req.params.code, req.query.year),
  );

  app.get(
    '/parks/:code/reports/annual/lint',
    {
      schema: {
        tags: ['报告'],
        summary: '报告检查：年度报告中互相矛盾或与台账不符的数字、名称、编号和年份',
        ...ParkYear,
        response: { 200: LintReportSchema },
      },
    },
    async (req) => lintAnnualReport(ctx(req), req.params.code, req.query.year),
  );

  app.get(
    '/parks/:code/reports/annual/texts',
    {
      schema: {
        tags: ['报告'],
        summary: '年度报告中可由用户编写的段落及其文字',
        ...ParkYear,
        response: { 200: z.array(ReportTextBlockSchema) },
      },
    },
    async (req) => listReportTexts(ctx(req), req.params.code, req.query.year),
  );

  app.put(
    '/parks/:code/reports/annual/texts/:key',
    {
      schema: {
        tags: ['报告'],
        summary: '用自己的文字替换一个段落（或填写成效、问题、计划章节）',
        ...ParkYearBlock,
        body: z.object({ text: z.string() }),
        response: { 200: ReportTextBlockSchema },
      },
    },
    async (req) => setReportText(ctx(req), req.params.code, req.query.year, req.params.key, req.body),
  );

  app.delete(
    '/parks/:code/reports/annual/texts/:key',
    {
      schema: {
        tags: ['报告'],
        summary: '删除编写的文字，恢复平台生成的段落',
        ...ParkYearBlock,
        response: { 200: ReportTextBlockSchema },
      },
    },
    async (req) => resetReportText(ctx(req), req.params.code, req.query.year, req.params.key),
  );

  app.get(
    '/reports/annual/sections',
    {
      schema: {
        tags: ['报告'],
        summary: '年度自评估报告的章节，及平台尚未生成的章节',
        response: { 200: ReportContentsSchema },
      },
    },
    async () => annualReportContents(),
  );

  app.get(
    '/parks/:code/reports/annual.docx',
    {
      schema: {
        tags: ['报告'],
        summary: '年度自评估报告（.docx）',
        description: '报告检查的错误数和需核实数见响应头 X-Report-Errors、X-Report-Warnings（有问题也照常导出）',
        ...ParkYear,
        response: { 200: binaryFile(DOCX, 'Word 文档（.docx）') },
      },
    },
    async (req, reply) => {
      const { fileName, bytes, lint } = await renderAnnualReport(ctx(req), req.params.code, req.query.year);
      reply.header('x-report-errors', String(lint.errors)).header('x-report-warnings', String(lint.warnings));
      return sendDownload(reply, fileName, DOCX, bytes);
    },
  );
};
