import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderAnnualReport } from '../../services/reports/renderAnnualReport.js';
import { sendDownload } from '../download.js';
import type { RouteDeps } from './deps.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const reportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/parks/:code/reports/annual.docx',
    {
      schema: {
        tags: ['报告'],
        summary: '年度自评估报告（.docx）',
        params: z.object({ code: z.string().max(20) }),
        querystring: z.object({ year: z.coerce.number().int() }),
      },
    },
    async (req, reply) => {
      const { fileName, bytes } = await renderAnnualReport(ctx(req), req.params.code, req.query.year);
      return sendDownload(reply, fileName, DOCX, bytes);
    },
  );
};
