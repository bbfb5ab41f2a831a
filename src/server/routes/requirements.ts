import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, safeText, yearQuery } from '../../services/fields.js';
import {
  createRequirement,
  createSource,
  deleteImplementation,
  deleteRequirement,
  deleteSource,
  getRequirementRegister,
  setImplementation,
  startYearFromLastYear,
  updateRequirement,
  updateSource,
} from '../../services/registers/requirements.js';
import {
  ImplementationInput,
  ImplementationViewSchema,
  RequirementInput,
  RequirementRegisterSchema,
  RequirementViewSchema,
  SourceInput,
  SourceViewSchema,
  StartYearInput,
  StartYearResultSchema,
} from '../../services/registers/requirementSchemas.js';
import type { RouteDeps } from './deps.js';
import { noContent } from './responses.js';

const tags = ['环境管理台账'];
const ParkParams = z.object({ code: safeText('园区代码', 20) });
const SourceParams = ParkParams.extend({ id: idParam('要求来源编号') });
const RequirementParams = ParkParams.extend({ id: idParam('要求编号') });
const ImplementationParams = RequirementParams.extend({ year: yearQuery('year') });
const YearQuery = z.object({ year: yearQuery('year') });

/**
 * 要求与落实台账: the approvals and control units a park must meet (规划环评、跟踪评价、“三线一单”环境管控单元), their
 * requirements, and each requirement's implementation of a year (the annual report's tables 1, 2, 4 and 5).
 */
export const requirementRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/parks/:code/requirements',
    {
      schema: {
        tags,
        summary: '要求与落实台账：各批复、管控单元的要求及某年的落实情况',
        params: ParkParams,
        querystring: YearQuery,
        response: { 200: RequirementRegisterSchema },
      },
    },
    async (req) => getRequirementRegister(ctx(req), req.params.code, req.query.year),
  );

  app.post(
    '/parks/:code/requirement-sources',
    { schema: { tags, summary: '新增要求来源（规划环评批复、跟踪评价、环境管控单元或其他文件）', params: ParkParams, body: SourceInput, response: { 201: SourceViewSchema } } },
    async (req, reply) => reply.status(201).send(await createSource(ctx(req), req.params.code, req.body)),
  );

  app.put(
    '/parks/:code/requirement-sources/:id',
    { schema: { tags, summary: '修改要求来源', params: SourceParams, body: SourceInput, response: { 200: SourceViewSchema } } },
    async (req) => updateSource(ctx(req), req.params.code, req.params.id, req.body),
  );

  app.delete(
    '/parks/:code/requirement-sources/:id',
    { schema: { tags, summary: '删除要求来源（连同其要求和各年落实情况）', params: SourceParams, response: { 204: noContent('已删除') } } },
    async (req, reply) => {
      await deleteSource(ctx(req), req.params.code, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/parks/:code/requirement-sources/:id/requirements',
    { schema: { tags, summary: '新增一条要求（环境管控单元的要求须填管控维度）', params: SourceParams, body: RequirementInput, response: { 201: RequirementViewSchema } } },
    async (req, reply) => reply.status(201).send(await createRequirement(ctx(req), req.params.code, req.params.id, req.body)),
  );

  app.put(
    '/parks/:code/requirements/:id',
    { schema: { tags, summary: '修改一条要求', params: RequirementParams, body: RequirementInput, response: { 200: RequirementViewSchema } } },
    async (req) => updateRequirement(ctx(req), req.params.code, req.params.id, req.body),
  );

  app.delete(
    '/parks/:code/requirements/:id',
    { schema: { tags, summary: '删除一条要求（连同各年落实情况）', params: RequirementParams, response: { 204: noContent('已删除') } } },
    async (req, reply) => {
      await deleteRequirement(ctx(req), req.params.code, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/parks/:code/requirements/:id/implementations/:year',
    {
      schema: {
        tags,
        summary: '填写或修改某年的落实情况（符合性：符合、基本符合、不符合、已落实、未落实，或园区自己的用语如“是”）',
        params: ImplementationParams,
        body: ImplementationInput,
        response: { 200: ImplementationViewSchema },
      },
    },
    async (req) => setImplementation(ctx(req), req.params.code, req.params.id, req.params.year, req.body),
  );

  app.delete(
    '/parks/:code/requirements/:id/implementations/:year',
    { schema: { tags, summary: '删除某年的落实情况', params: ImplementationParams, response: { 204: noContent('已删除') } } },
    async (req, reply) => {
      await deleteImplementation(ctx(req), req.params.code, req.params.id, req.params.year);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/parks/:code/requirements/start-year',
    {
      schema: {
        tags,
        summary: '从上一年开始本年：复制此前最近一年的落实情况（标记沿用上年），不覆盖本年已填写的',
        params: ParkParams,
        body: StartYearInput,
        response: { 200: StartYearResultSchema },
      },
    },
    async (req) => startYearFromLastYear(ctx(req), req.params.code, req.body),
  );
};
