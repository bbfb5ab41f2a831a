import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderAnnualReport } from '../../services/reports/renderAnnualReport.js';
import { sendDownload } from '../download.js';
import type { RouteDeps } from './deps.js';
import { safeText, yearQuery } from '../../services/fields.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const reportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
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
