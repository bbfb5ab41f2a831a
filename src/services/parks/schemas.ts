import { z } from 'zod';
import { PARK_CODE_PATTERN } from '../../domain/identifiers/parkCode.js';

const text = (label: string, max: number) =>
  z.string({ error: `${label}应为文字` }).trim().max(max, `${label}不能超过${max}个字`).nullable().default(null);
const decimal = (label: string) =>
  z
    .string({ error: `${label}应为数字` })
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
  name: z.string({ error: '园区名称不能为空' }).trim().min(1, '园区名称不能为空').max(100, '园区名称不能超过100个字'),
  level: z.string({ error: '园区级别不能为空' }).trim().min(1, '园区级别不能为空').max(20),
  divisionCode: z.string({ error: '行政区划代码不能为空' }).regex(/^\d{6}$/, '行政区划代码应为6位数字'),
  location: text('位置', 200),
  leadingIndustries: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  approvedAreaKm2: decimal('核准面积'),
  extendedAreaKm2: decimal('拓展面积'),
  extensionDocument: text('拓展范围批复文号', 60),
  history: text('园区沿革', 2000),
  approvals: z
    .array(
      z.object({
        kind: z.enum(PARK_APPROVAL_KINDS, { error: '批复类型应为：总体规划、规划环评、跟踪评价、设立/扩区' }),
        title: z.string().trim().min(1, '批复名称不能为空').max(200),
        documentNumber: text('批复文号', 60),
        approvedOn: z
          .string()
          .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '批复时间格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD')
          .nullable()
          .default(null),
        authority: text('审批机关', 60),
      }),
    )
    .default([]),
  yearlyFigures: z
    .array(
      z.object({
        year: z.number().int().min(1990, '年份应在1990年之后').max(2100),
        industrialOutputYiYuan: decimal('工业总产值'),
        industrialAddedValueYiYuan: decimal('工业增加值'),
      }),
    )
    .default([]),
});
export type ParkProfileInput = z.input<typeof ParkProfileSchema>;
