import { z } from 'zod';
import { POLLUTANT_NAMES } from '../../domain/registers/quota/pollutants.js';
import { int4Positive, MAX_YEAR, MIN_YEAR, partialDate, safeText } from '../fields.js';

/** The pollutant codes a quota or an emission row may name; 'other' with its own name (颗粒物, 总磷). */
export const POLLUTANT_CODES = ['COD', 'NH3-N', 'SO2', 'NOx', 'VOCs', 'other'] as const;
const CODES_TEXT = `${Object.entries(POLLUTANT_NAMES).map(([c, n]) => `${c}（${n}）`).join('、')} 或 other（其他，须填名称）`;

/** Exact decimal text of t/a; a JSON number is taken as its decimal text. */
const tonnes = (label: string) =>
  z
    .union([z.string(), z.number()], { error: `${label}应为数字（t/a）` })
    .transform((v) => (typeof v === 'number' ? String(v) : v.trim()))
    .pipe(z.string().regex(/^\d{1,12}(\.\d{1,6})?$/, `${label}应为非负数字（t/a），最多6位小数，如 90.59`))
    .describe(`${label}，t/a，十进制文字`);

const year = z
  .number({ error: '年份应为数字' })
  .int('年份应为整数')
  .min(MIN_YEAR, `年份应在${MIN_YEAR}年之后`)
  .max(MAX_YEAR, `年份应在${MAX_YEAR}年之前`);

export const PollutantInput = z
  .object({
    code: z.enum(POLLUTANT_CODES, { error: (i) => `污染物“${String(i.input)}”应为 ${CODES_TEXT} 之一` }),
    name: safeText('污染物名称', 40).trim().nullable().default(null).describe("code 为 other 时的污染物名称，如 颗粒物"),
  })
  .superRefine((p, ctx) => {
    if (p.code === 'other' && !p.name) ctx.addIssue({ code: 'custom', message: '其他污染物须填写名称', path: ['name'] });
  });
export type PollutantInputValues = z.output<typeof PollutantInput>;

/** 总量控制指标: the park's whole set of quotas with the approval they come from (replaces the set). */
export const QuotasInput = z.object({
  approval: z.object({
    documentNumber: safeText('批复文号', 100).trim().min(1, '请填写批复文号').describe('批复文号，如 湘环评函[2014]89号'),
    title: safeText('批复名称', 200).trim().min(1, '请填写批复名称').describe('批复名称，如 祁东经济开发区环境影响报告书审查意见'),
    issued: partialDate('批复时间').nullable().default(null).describe('批复时间 YYYY、YYYY-MM 或 YYYY-MM-DD'),
  }),
  quotas: z
    .array(z.object({ pollutant: PollutantInput, tonnesPerYear: tonnes('总量控制指标') }), { error: 'quotas 应为指标列表' })
    .max(30, '总量控制指标不能超过30项'),
});
export type QuotasInputBody = z.input<typeof QuotasInput>;
export type QuotasInputValues = z.output<typeof QuotasInput>;

/** 新增/修改一行年度实际排放量: an enterprise's (enterpriseId) or the park's published total (enterpriseId null). */
export const EmissionInput = z.object({
  year,
  enterpriseId: int4Positive('企业编号').nullable().describe('企业编号；null 表示园区公布的排放总量'),
  pollutant: PollutantInput,
  tonnesPerYear: tonnes('排放量'),
});
export type EmissionInputBody = z.input<typeof EmissionInput>;
export type EmissionInputValues = z.output<typeof EmissionInput>;

// ---- Responses ----

export const QuotaViewSchema = z.object({
  key: z.string().describe("COD、NH3-N、SO2、NOx、VOCs 或 other:名称"),
  code: z.enum(POLLUTANT_CODES),
  name: z.string().describe('污染物，如 化学需氧量'),
  tonnesPerYear: z.string().describe('总量控制指标，t/a'),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type QuotaView = z.infer<typeof QuotaViewSchema>;

export const QuotaApprovalSchema = z.object({
  documentNumber: z.string(),
  title: z.string(),
  issued: z.string().nullable(),
});

export const ParkQuotasSchema = z.object({
  park: z.string(),
  /** null when the park has no quotas yet. */
  approval: QuotaApprovalSchema.nullable(),
  quotas: z.array(QuotaViewSchema),
});
export type ParkQuotasView = z.infer<typeof ParkQuotasSchema>;

export const EmissionRowSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  enterpriseId: z.number().int().nullable().describe('null：园区公布的排放总量'),
  enterpriseName: z.string().nullable(),
  creditCode: z.string().nullable(),
  key: z.string(),
  code: z.enum(POLLUTANT_CODES),
  name: z.string(),
  tonnesPerYear: z.string(),
  source: z.string().describe('entered 录入、imported 导入、enterprise 企业填报'),
  sourceFile: z.string().nullable(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type EmissionRowView = z.infer<typeof EmissionRowSchema>;

export const EmissionYearSchema = z.object({
  park: z.string(),
  year: z.number().int(),
  rows: z.array(EmissionRowSchema),
  /** Years with rows, latest first. */
  years: z.array(z.number().int()),
});
export type EmissionYearView = z.infer<typeof EmissionYearSchema>;

export const PollutantTotalSchema = z.object({
  key: z.string(),
  name: z.string(),
  tonnesPerYear: z.string().describe('园区总量：有企业数据时为企业合计，否则为园区公布总量'),
  basis: z.enum(['enterprises', 'published']).describe('enterprises 企业合计；published 园区公布'),
  enterprises: z.number().int().describe('合计的企业数'),
  published: z.string().nullable().describe('园区公布的总量（有时）'),
  difference: z.string().nullable().describe('公布总量 − 企业合计（两者都有且不等时）'),
});
export type PollutantTotalView = z.infer<typeof PollutantTotalSchema>;

export const QuotaVerdictSchema = z.object({
  key: z.string(),
  name: z.string(),
  quotaTonnesPerYear: z.string(),
  emittedTonnesPerYear: z.string(),
  withinQuota: z.boolean(),
  marginTonnesPerYear: z.string().describe('指标 − 排放量；超出时为负'),
  sharePercent: z.string().nullable().describe('排放量占指标的百分比'),
});

export const EmissionChangeSchema = z.object({
  key: z.string(),
  name: z.string(),
  previous: z.string().nullable(),
  current: z.string().nullable(),
  direction: z.enum(['up', 'down', 'unchanged']).nullable(),
  percent: z.string().nullable().describe('同比变化百分比（带符号，0.01）'),
  clause: z.string(),
});

export const EmissionSummarySchema = z.object({
  park: z.string(),
  year: z.number().int(),
  approval: QuotaApprovalSchema.nullable(),
  totals: z.array(PollutantTotalSchema),
  verdict: z
    .object({ withinQuota: z.boolean(), verdicts: z.array(QuotaVerdictSchema), unquoted: z.array(z.object({ key: z.string(), name: z.string(), tonnesPerYear: z.string() })) })
    .nullable()
    .describe('无总量控制指标时为 null'),
  previousYear: z.number().int(),
  previousTotals: z.array(PollutantTotalSchema),
  changes: z.array(EmissionChangeSchema),
  /** 相较于2023年，2024年化学需氧量排放量下降5.96%、…; null when neither year has a total. */
  sentence: z.string().nullable(),
});
export type EmissionSummary = z.infer<typeof EmissionSummarySchema>;
