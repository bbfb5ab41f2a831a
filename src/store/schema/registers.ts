import { index, integer, jsonb, numeric, pgTable, serial, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.js';
import { parks } from './parks.js';

/**
 * The compliance registers of a park (issue 11): total pollutant control, requirements and their yearly
 * implementation, the yearly management facts and admission screening. Amounts are `numeric` without scale, so
 * what was written is kept exactly and read back as a string (src/domain/registers/quota reads them).
 */

/**
 * 总量控制指标: one quota of a park (COD ≤ 300 t/a), with the approval it comes from. One row per pollutant.
 * `pollutantKey` is src/domain/registers/quota pollutantKey's key: 'COD', 'NH3-N', 'SO2', 'NOx', 'VOCs' or
 * 'other:<name>'.
 */
export const pollutantQuotas = pgTable(
  'pollutant_quotas',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    pollutantKey: text('pollutant_key').notNull(),
    /** As printed: 化学需氧量. */
    pollutantName: text('pollutant_name').notNull(),
    tonnesPerYear: numeric('tonnes_per_year').notNull(),
    /** 文号 of the approval that sets it: 湘环评函[2014]89号. */
    approvalDocument: text('approval_document').notNull(),
    /** What the approval is: 祁东经济开发区环境影响报告书审查意见. */
    approvalTitle: text('approval_title').notNull(),
    /** ISO date or year-month of the approval when known ('2014-08'). */
    approvalIssued: text('approval_issued'),
    sortOrder: integer('sort_order').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pollutant_quotas_park_pollutant_idx').on(t.parkId, t.pollutantKey)],
);

/**
 * 年度实际排放量: one pollutant's actual emission of a year, per enterprise; or, with no enterprise, the park's total
 * as published (where the park knows only its total, as seed 000 does). Where both exist the enterprises' sum is
 * the computed total and the lint compares it with the published one.
 */
export const emissionRecords = pgTable(
  'emission_records',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** null: the park's total as published. */
    enterpriseId: integer('enterprise_id').references(() => enterprises.id, { onDelete: 'cascade' }),
    pollutantKey: text('pollutant_key').notNull(),
    pollutantName: text('pollutant_name').notNull(),
    tonnesPerYear: numeric('tonnes_per_year').notNull(),
    /** 'entered' | 'imported' | 'enterprise' (entered by the enterprise's own user). */
    source: text('source').notNull(),
    /** The file an imported row came from. */
    sourceFile: text('source_file'),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('emission_records_park_year_enterprise_pollutant_key').on(t.parkId, t.year, t.enterpriseId, t.pollutantKey).nullsNotDistinct(),
    index('emission_records_park_year_idx').on(t.parkId, t.year),
  ],
);

/**
 * Where requirements come from: the plan-EIA approval (规划环评审查意见), the follow-up evaluation (跟踪评价), a
 * 三线一单 environmental control unit (环境管控单元), or another document. `unit` holds a control unit's particulars
 * (code, name, division, class, area, towns, functions, industries, sensitive targets; see
 * src/services/registers/requirementSchemas.ts).
 */
export const requirementSources = pgTable(
  'requirement_sources',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    /** 'planEia' | 'followUp' | 'controlUnit' | 'other'. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    documentNumber: text('document_number'),
    /** ISO date or year-month. */
    issued: text('issued'),
    authority: text('authority'),
    unit: jsonb('unit'),
    sortOrder: integer('sort_order').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('requirement_sources_park_idx').on(t.parkId, t.sortOrder)],
);

/**
 * One requirement of a source, as the document words it, with its dimension for a control unit (空间布局约束 /
 * 污染物排放管控 / 环境风险防控 / 资源开发效率要求) and its number there ('2.1'). `linkedFigure` names a figure the
 * platform holds that the requirement quotes ('quota', 'wastewaterPlantCapacity'), so the lint can compare the
 * implementation text with it.
 */
export const requirements = pgTable(
  'requirements',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id').notNull().references(() => requirementSources.id, { onDelete: 'cascade' }),
    sortOrder: integer('sort_order').notNull(),
    dimension: text('dimension'),
    number: text('number'),
    text: text('text').notNull(),
    linkedFigure: text('linked_figure'),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('requirements_source_idx').on(t.sourceId, t.sortOrder)],
);

/**
 * 落实情况: how a requirement was carried out in a year, the verdict (符合 / 基本符合 / 不符合 / 已落实 / 未落实 or the
 * park's own wording, verbatim) and the evidence (documents named, and files once stored). One row per requirement
 * and year.
 */
export const requirementImplementations = pgTable(
  'requirement_implementations',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    requirementId: integer('requirement_id').notNull().references(() => requirements.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    text: text('text').notNull(),
    verdict: text('verdict').notNull(),
    evidence: jsonb('evidence').notNull().default([]),
    /** The year the text was carried over from, until it is edited. */
    carriedFromYear: integer('carried_from_year'),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('requirement_implementations_requirement_year_idx').on(t.requirementId, t.year), index('requirement_implementations_park_year_idx').on(t.parkId, t.year)],
);

/**
 * 环境管理情况 of a year as the park enters it: wastewater plants, pipe coverage, discharging enterprises, the
 * downstream control section, black-odorous water bodies, contaminated plots (the shape is
 * src/services/registers/managementFactsSchemas.ts). One row per park and year.
 */
export const managementFacts = pgTable(
  'management_facts',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    facts: jsonb('facts').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('management_facts_park_year_idx').on(t.parkId, t.year)],
);

/**
 * A park's admission rules (入园准入条件) as data: `{ subAreas, rules }` of src/domain/registers/admission
 * ParkAdmissionRules (the sub-areas rules can be limited to, and the AdmissionRule[]). One row per park.
 */
export const admissionRuleSets = pgTable(
  'admission_rule_sets',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    rules: jsonb('rules').notNull(),
    /** Where the rules come from: the plan-EIA's 准入条件一览表, 三线一单 准入清单. */
    source: text('source'),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('admission_rule_sets_park_idx').on(t.parkId)],
);

/** 项目环保准入审核: a proposed project screened against the park's rules, kept with its outcome and each deciding rule. */
export const admissionScreenings = pgTable(
  'admission_screenings',
  {
    id: serial('id').primaryKey(),
    parkId: integer('park_id').notNull().references(() => parks.id, { onDelete: 'cascade' }),
    /** The year the screening counts in (the duty report counts the year's screenings). */
    year: integer('year').notNull(),
    projectName: text('project_name').notNull(),
    applicant: text('applicant'),
    /** The project as screened (industry code, heavy metals, VOCs, …): the domain's ProposedProject. */
    project: jsonb('project').notNull(),
    /** 'pass' | 'conditional' | 'fail'. */
    outcome: text('outcome').notNull(),
    /** The rules that decided it, with their wording, as screened (the rules may change later). */
    decisions: jsonb('decisions').notNull(),
    screenedBy: text('screened_by').notNull(),
    screenedAt: timestamp('screened_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('admission_screenings_park_year_idx').on(t.parkId, t.year)],
);
