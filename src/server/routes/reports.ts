import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { annualReportContents } from '../../domain/report/annualReportSections.js';
import { renderAnnualReport } from '../../services/reports/renderAnnualReport.js';
import { sendDownload } from '../download.js';
import type { RouteDeps } from './deps.js';
import { safeText, yearQuery } from '../../services/fields.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const ReportSection = z.object({
  key: z.string().describe('章节编号，如 2.3'),
  heading: z.string().describe('章节标题'),
  level: z.union([z.literal(1), z.literal(2)]).describe('1 为章，2 为节'),
  produced: z.boolean().describe('平台是否根据数据生成此章节'),
});

export const reportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/reports/annual/sections',
    {
      schema: {
        tags: ['报告'],
        summary: '年度自评估报告的章节，及平台尚未生成的章节',
        response: { 200: z.object({ sections: z.array(ReportSection), missing: z.array(ReportSection) }) },
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
        params: z.object({ code: safeText('园区代码', 20) }),
        querystring: z.object({ year: yearQuery() }),
      },
    },
    async (req, reply) => {
      const { fileName, bytes } = await renderAnnualReport(ctx(req), req.params.code, req.query.year);
      return sendDownload(reply, fileName, DOCX, bytes);
    },
  );
};
