import { z } from 'zod';
import { PARK_CODE_PATTERN } from '../../domain/identifiers/parkCode.js';
import { MAX_YEAR, partialDate, safeText } from '../fields.js';

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
