import { z } from 'zod';
import { CAMPAIGN_GAP_DAYS } from '../../domain/monitoring/plan/campaigns.js';
import { PLAN_MEDIA, PLAN_MEDIA_TEXT, PLAN_STATUSES } from '../../domain/monitoring/plan/planItem.js';
import { INT4_MAX, MAX_YEAR, MIN_YEAR, int4Positive, safeText } from '../fields.js';

const planYear = z
  .number({ error: '年份应为数字' })
  .int('年份应为整数')
  .min(MIN_YEAR, `年份应在${MIN_YEAR}年之后`)
  .max(MAX_YEAR, `年份应在${MAX_YEAR}年之前`);

/** A text cell of table 3 as the plan prints it; may be left empty. */
const cellText = (label: string, max: number) => safeText(label, max).trim().default('');

/** 新增监测计划项 / 修改监测计划项. */
export const PlanItemInput = z
  .object({
    year: planYear,
    medium: z.enum(PLAN_MEDIA, { error: (issue) => `监测对象“${String(issue.input)}”应为 ${PLAN_MEDIA_TEXT} 之一` }),
    sortOrder: z
      .number({ error: '排序应为数字' })
      .int('排序应为整数')
      .min(1, '排序应为正整数')
      .max(INT4_MAX, `排序不能超过 ${INT4_MAX}`)
      .nullable()
      .default(null)
      .describe('表中顺序；新增时不填排在最后，修改时不填保持原顺序'),
    pointsText: cellText('监测点位', 500).describe('监测点位（按计划原文）'),
    itemsText: cellText('监测项目', 1000).describe('监测项目（按计划原文）'),
    frequencyText: cellText('监测频次', 200).describe('监测频次（按计划原文），如 每年监测两期，每次连续监测3-5天；1次/半年'),
    campaignsPerYear: z
      .number({ error: '每年期数应为数字' })
      .int('每年期数应为整数')
      .min(1, '每年期数应至少为1')
      .max(366, '每年期数不能超过366')
      .nullable()
      .default(null)
      .describe('每个点位每年应监测的期数；不填时按监测频次推算（无法推算时报错）'),
    standardText: cellText('执行标准', 300).describe('执行标准（按计划原文）'),
    reasonNotDone: safeText('未落实原因', 500)
      .trim()
      .transform((s) => s || null)
      .nullable()
      .default(null),
    note: safeText('备注', 500)
      .trim()
      .transform((s) => s || null)
      .nullable()
      .default(null),
    pointIds: z
      .array(int4Positive('监测点位编号'), { error: '监测点位应为点位编号列表' })
      .max(100, '一个计划项的点位不能超过100个')
      .default([])
      .superRefine((ids, ctx) => {
        const seen = new Set<number>();
        ids.forEach((id, i) => {
          if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `监测点位 ${id} 重复`, path: [i] });
          seen.add(id);
        });
      }),
  })
  .superRefine((item, ctx) => {
    if (!item.pointsText && item.pointIds.length === 0) {
      ctx.addIssue({ code: 'custom', message: '请填写监测点位或选择点位', path: ['pointsText'] });
    }
  });
export type PlanItemInputBody = z.input<typeof PlanItemInput>;
export type PlanItemInputValues = z.output<typeof PlanItemInput>;

/** 从往年复制监测计划. */
export const CopyPlanInput = z.object({
  fromYear: planYear.describe('复制来源年份'),
  toYear: planYear.describe('目标年份'),
  replace: z.boolean({ error: 'replace 应为 true 或 false' }).default(false).describe('目标年份已有计划时是否替换'),
});
export type CopyPlanInputBody = z.input<typeof CopyPlanInput>;

// ---- Responses ----

const statusSchema = z.enum(PLAN_STATUSES).describe('done 已落实，partial 部分落实，notDone 未落实');

export const PlanPointOutcomeSchema = z.object({
  pointId: z.number().int(),
  name: z.string(),
  planned: z.number().int().describe('计划期数'),
  done: z.number().int().describe('已完成期数（按采样日期归并的监测期）'),
  status: statusSchema,
  statusLabel: z.string(),
  campaigns: z.array(z.object({ start: z.string(), end: z.string(), dates: z.array(z.string()) })).describe('本年各期的采样日期'),
  samples: z.array(z.object({ date: z.string() })).describe('本年有实验室监测结果的采样日期'),
});
export type PlanPointOutcome = z.infer<typeof PlanPointOutcomeSchema>;

/** A plan item with its 落实情况 computed from the year's lab results. */
export const PlanItemViewSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  medium: z.enum(PLAN_MEDIA),
  mediumLabel: z.string(),
  sortOrder: z.number().int(),
  pointsText: z.string(),
  itemsText: z.string(),
  frequencyText: z.string(),
  campaignsPerYear: z.number().int(),
  period: z.enum(['year', 'halfYear', 'quarter', 'month']).describe('期数的计数区间：全年，或每半年/季度/月各一期'),
  standardText: z.string(),
  reasonNotDone: z.string().nullable(),
  note: z.string().nullable(),
  points: z.array(PlanPointOutcomeSchema),
  status: statusSchema,
  statusLabel: z.string().describe('已落实、部分落实、未落实'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlanItemView = z.infer<typeof PlanItemViewSchema>;

export const PlanYearSchema = z.object({
  year: z.number().int(),
  items: z.array(PlanItemViewSchema),
  /** The years with a plan, latest first (for copying). */
  planYears: z.array(z.number().int()),
  campaignGapDays: z.number().int().describe(`同一点位采样日期相隔不超过此天数视为同一期（${CAMPAIGN_GAP_DAYS}天，暂定）`),
});
export type PlanYear = z.infer<typeof PlanYearSchema>;

export const CopyPlanResultSchema = z.object({
  fromYear: z.number().int(),
  toYear: z.number().int(),
  copied: z.number().int().describe('复制的计划项数'),
  replaced: z.number().int().describe('被替换删除的原计划项数'),
});
export type CopyPlanResult = z.infer<typeof CopyPlanResultSchema>;
