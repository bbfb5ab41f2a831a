import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shanghaiYear } from '../../domain/report/reportingYear.js';
import { ServiceError } from '../../services/errors.js';
import { idParam, safeText, yearQuery } from '../../services/fields.js';
import {
  deleteAdmissionScreening,
  getAdmissionRules,
  listAdmissionScreenings,
  loadAdmissionRulesFile,
  putAdmissionRules,
  screenAdmissionProject,
} from '../../services/registers/admission.js';
import {
  AdmissionRuleSetSchema,
  AdmissionRulesInput,
  ScreeningResultSchema,
  ScreeningYearSchema,
  ScreenProjectInput,
} from '../../services/registers/admissionSchemas.js';
import type { RouteDeps } from './deps.js';
import { noContent } from './responses.js';

const tags = ['环境管理台账'];
const ParkParams = z.object({ code: safeText('园区代码', 20) });
const YearQuery = z.object({ year: yearQuery('year').optional().describe('年度；不填为当前年度（北京时间）') });
const ScreeningParams = ParkParams.extend({ id: idParam('审核记录编号') });
/**
 * The body is validated by the service, not here: the service's issues carry the value that was refused (the rule's
 * index, field and value), which the shared validation error body does not. The schema still documents the body.
 */
function bodyValidatedByService<S>(): FastifySchemaCompiler<S> {
  const zod = validatorCompiler as unknown as FastifySchemaCompiler<S>;
  return (req) => (req.httpPart === 'body' ? (value: unknown) => ({ value }) : zod(req));
}
const FileQuery = z.object({ file: safeText('文件名', 200).default('rules.json').describe('原文件名（错误信息中引用）') });

/** 入园准入审核: a park's admission rules as data, screening a proposed project, and the year's screenings. */
export const admissionRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/parks/:code/admission/rules',
    { schema: { tags, summary: '园区准入条件（片区与规则；未设置时为空）', params: ParkParams, response: { 200: AdmissionRuleSetSchema } } },
    async (req) => getAdmissionRules(ctx(req), req.params.code),
  );

  app.put(
    '/parks/:code/admission/rules',
    {
      schema: {
        tags,
        summary: '整体替换园区准入条件（任一规则有误则不保存；错误指明规则序号、字段和值）',
        params: ParkParams,
        body: AdmissionRulesInput,
        response: { 200: AdmissionRuleSetSchema },
      },
      validatorCompiler: bodyValidatedByService(),
    },
    async (req) => putAdmissionRules(ctx(req), req.params.code, req.body),
  );

  app.post(
    '/parks/:code/admission/rules/file',
    {
      schema: {
        tags,
        summary: '从 JSON 文件导入园区准入条件（text/plain 上传文件内容；全部有效才替换）',
        params: ParkParams,
        querystring: FileQuery,
        consumes: ['text/plain'],
        body: z.string().describe('JSON 文件内容：{"subAreas": [...], "rules": [...], "source": "..."}'),
        response: { 200: AdmissionRuleSetSchema },
      },
      validatorCompiler: bodyValidatedByService(),
    },
    async (req) => {
      if (typeof req.body !== 'string') throw new ServiceError('BAD_REQUEST', '请以 text/plain 上传准入条件 JSON 文件的内容');
      return loadAdmissionRulesFile(ctx(req), req.params.code, req.body, req.query.file);
    },
  );

  app.post(
    '/parks/:code/admission/screen',
    {
      schema: {
        tags,
        summary: '拟引进项目准入审核：通过、附条件通过或不通过，并列出适用的每条规则；save 为 true 时保存审核记录',
        params: ParkParams,
        body: ScreenProjectInput,
        response: { 200: ScreeningResultSchema },
      },
      validatorCompiler: bodyValidatedByService(),
    },
    async (req) => screenAdmissionProject(ctx(req), req.params.code, req.body),
  );

  app.get(
    '/parks/:code/admission/screenings',
    { schema: { tags, summary: '年度准入审核记录及统计（新引进项目通过环保审核的个数）', params: ParkParams, querystring: YearQuery, response: { 200: ScreeningYearSchema } } },
    async (req) => listAdmissionScreenings(ctx(req), req.params.code, req.query.year ?? shanghaiYear(new Date())),
  );

  app.delete(
    '/parks/:code/admission/screenings/:id',
    { schema: { tags, summary: '删除误录的准入审核记录（留有变更记录）', params: ScreeningParams, response: { 204: noContent('已删除') } } },
    async (req, reply) => {
      await deleteAdmissionScreening(ctx(req), req.params.code, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
