import { z } from 'zod';
import { PARK_CODE_PATTERN } from '../../domain/identifiers/parkCode.js';
import { MAX_YEAR, partialDate, safeText } from '../fields.js';
import { LedgerStatsSchema } from '../ledger/schemas.js';

const text = (label: string, max: number) => safeText(label, max).trim().nullable().default(null);
const decimal = (label: string) =>
  z
    .string({ error: `${label}应为数字` })
    .max(20, `${label}不能超过20位`)
    .regex(/^\d+(\.\d+)?$/, `${label}应为非负数字，如 2.4`)
    .nullable()
    .default(null);

export const PARK_APPROVAL_KINDS = ['master_plan', 'plan_eia', 'follow_up', 'establishment'] as const;
export const PARK_APPROVAL_KIND_LABELS: Record<(typeof PARK_APPROVAL_KINDS)[number], string> = {
  master_plan: '总体规划',
  plan_eia: '规划环评',
  follow_up: '跟踪评价',
  establishment: '设立/扩区',
};

export const ParkProfileSchema = z.object({
  code: z
    .string({ error: '园区代码不能为空' })
    .trim()
    .regex(PARK_CODE_PATTERN, '园区代码应为一个大写字母加6位数字，如 S437012'),
  name: safeText('园区名称', 100).trim().min(1, '园区名称不能为空'),
  level: safeText('园区级别', 20).trim().min(1, '园区级别不能为空'),
  divisionCode: z.string({ error: '行政区划代码不能为空' }).regex(/^\d{6}$/, '行政区划代码应为6位数字'),
  location: text('位置', 200),
  leadingIndustries: z.array(safeText('主导产业', 30).trim().min(1, '主导产业不能为空')).max(20, '主导产业最多20项').default([]),
  approvedAreaKm2: decimal('核准面积'),
  extendedAreaKm2: decimal('拓展面积'),
  extensionDocument: text('拓展范围批复文号', 60),
  history: text('园区沿革', 2000),
  approvals: z
    .array(
      z.object({
        kind: z.enum(PARK_APPROVAL_KINDS, { error: '批复类型应为：总体规划、规划环评、跟踪评价、设立/扩区' }),
        title: safeText('批复名称', 200).trim().min(1, '批复名称不能为空'),
        documentNumber: text('批复文号', 60),
        approvedOn: partialDate('批复时间').nullable().default(null),
        authority: text('审批机关', 60),
      }),
    )
    .max(50, '批复最多50条')
    .default([]),
  yearlyFigures: z
    .array(
      z.object({
        year: z.number().int().min(1990, '年份应在1990年之后').max(MAX_YEAR, `年份应在${MAX_YEAR}年之前`),
        industrialOutputYiYuan: decimal('工业总产值'),
        industrialAddedValueYiYuan: decimal('工业增加值'),
      }),
    )
    .max(200, '年度数据最多200条')
    .default([]),
});
export type ParkProfileInput = z.input<typeof ParkProfileSchema>;

/** 园区代码, 名称, 级别, 行政区划: what 园区管理 creates and edits. */
export const ParkIdentitySchema = ParkProfileSchema.pick({ code: true, name: true, level: true, divisionCode: true });
export type ParkIdentityInput = z.input<typeof ParkIdentitySchema>;

// ---- Responses ----

/** A park as lists and pickers show it. */
export const ParkSummarySchema = z.object({
  id: z.number().int(),
  code: z.string().describe('园区代码，如 S437012'),
  name: z.string(),
  level: z.string().describe('国家级、省级…'),
  divisionCode: z.string().describe('GB/T 2260 行政区划代码'),
  divisionName: z.string().nullable().describe('行政区划全称'),
  retiredAt: z.string().nullable().describe('停用时间（ISO）；使用中为 null'),
});
export type ParkSummary = z.infer<typeof ParkSummarySchema>;

const decimalText = (what: string) => z.string().nullable().describe(`${what}（十进制数字文字，PostgreSQL numeric）`);

export const ParkYearlyFigureSchema = z.object({
  year: z.number().int(),
  industrialOutputYiYuan: decimalText('工业总产值，亿元'),
  industrialAddedValueYiYuan: decimalText('工业增加值，亿元'),
});
export type ParkYearlyFigure = z.infer<typeof ParkYearlyFigureSchema>;

/** 园区规划及规划环评批复 and the like. */
export const ParkApprovalSchema = z.object({
  kind: z.enum(PARK_APPROVAL_KINDS).describe(PARK_APPROVAL_KINDS.map((k) => `${k} ${PARK_APPROVAL_KIND_LABELS[k]}`).join('、')),
  title: z.string(),
  documentNumber: z.string().nullable(),
  approvedOn: z.string().nullable().describe('YYYY-MM-DD 或 YYYY-MM'),
  authority: z.string().nullable(),
});
export type ParkApproval = z.infer<typeof ParkApprovalSchema>;

/** 园区概况: the summary and the profile the annual report's chapter 一 prints. */
export const ParkProfileViewSchema = ParkSummarySchema.extend({
  location: z.string().nullable(),
  leadingIndustries: z.array(z.string()),
  approvedAreaKm2: decimalText('核准面积，平方千米'),
  extendedAreaKm2: decimalText('拓展面积，平方千米'),
  extensionDocument: z.string().nullable(),
  history: z.string().nullable(),
  approvals: z.array(ParkApprovalSchema),
  yearlyFigures: z.array(ParkYearlyFigureSchema),
});
export type ParkProfile = z.infer<typeof ParkProfileViewSchema>;

/** The park's home page: its profile, the ledger statistics of the year, their paragraph and the year's figures. */
export const ParkOverviewSchema = z.object({
  park: ParkProfileViewSchema,
  year: z.number().int(),
  stats: LedgerStatsSchema,
  statsText: z.string().describe('年度报告表1.3-1上方的段落'),
  figures: ParkYearlyFigureSchema.nullable().describe('该年的经济数据；未填写为 null'),
});
export type ParkOverview = z.infer<typeof ParkOverviewSchema>;

/** A park of the region view with its key figures for the year. */
export const RegionParkSchema = ParkSummarySchema.omit({ id: true, retiredAt: true }).extend({
  access: z.enum(['read', 'write']).describe('read：生态环境局只读；write：园区人员和管理员'),
  stats: LedgerStatsSchema,
});
export type RegionPark = z.infer<typeof RegionParkSchema>;

/** The parks the user may read, side by side (辖区园区对比). */
export const RegionOverviewSchema = z.object({ year: z.number().int(), parks: z.array(RegionParkSchema) });
export type RegionOverview = z.infer<typeof RegionOverviewSchema>;
