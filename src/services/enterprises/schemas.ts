import { z } from 'zod';
import {
  ACCEPTANCE_LABELS,
  ACCEPTANCE_STATUSES,
  EIA_TYPE_LABELS,
  EIA_TYPES,
  ENTERPRISE_STATUS_LABELS,
  ENTERPRISE_STATUSES,
  PERMIT_CLASS_LABELS,
  PERMIT_CLASSES,
  RISK_LEVELS,
} from '../../domain/ledger/types.js';
import { ACCEPTANCE_STATES, EMERGENCY_PLAN_STATES } from '../../domain/ledger/enterpriseStates.js';
import { calendarDate, int4Positive, safeText } from '../fields.js';

const text = (label: string, max: number) => safeText(label, max).nullable().default(null);
const date = (label: string) => calendarDate(label).nullable().default(null);
const oneOf = <T extends readonly [string, ...string[]]>(values: T, labels: Record<T[number], string>, label: string) =>
  z.enum(values, { error: `${label}应为：${values.map((v: T[number]) => labels[v]).join('、')}` });

export const EiaApprovalInput = z.object({
  type: oneOf(EIA_TYPES, EIA_TYPE_LABELS, '环评文件类型').nullable().default(null),
  documentNumber: text('批复文号', 60),
  approvedOn: date('批复日期'),
  authority: text('审批机关', 60),
  acceptance: oneOf(ACCEPTANCE_STATUSES, ACCEPTANCE_LABELS, '验收情况'),
  acceptedOn: date('验收日期'),
});

export const EmergencyPlanInput = z.object({
  filingNumber: text('备案编号', 30),
  riskLevel: z.enum(RISK_LEVELS, { error: '风险等级应为 L（一般）、M（较大）或 H（重大）' }).nullable().default(null),
  filedOn: date('备案日期'),
});

export const PermitInput = z.object({
  held: z.boolean({ error: '是否取得排污许可证应为是或否' }),
  permitClass: oneOf(PERMIT_CLASSES, PERMIT_CLASS_LABELS, '管理类别').nullable().default(null),
  number: text('排污许可证编号', 30),
  validUntil: date('有效期'),
});

/** An enterprise as the API, the CLI and the importer accept it. `seq` may be omitted: the ledger appends it. */
export const EnterpriseInputSchema = z.object({
  seq: int4Positive('序号').optional(),
  name: safeText('企业名称', 100).trim().min(1, '企业名称不能为空'),
  creditCode: text('统一社会信用代码', 30),
  industryCode: text('行业代码', 10),
  status: oneOf(ENTERPRISE_STATUSES, ENTERPRISE_STATUS_LABELS, '企业状态'),
  riskSource: z.boolean({ error: '是否涉及风险源应为是、否或未确定' }).nullable().default(null),
  address: text('地址', 200),
  contactName: text('联系人', 50),
  contactPhone: text('联系电话', 30),
  note: text('备注', 500),
  enteredOn: date('入园日期'),
  clearedOn: date('清退日期'),
  eiaApprovals: z.array(EiaApprovalInput).max(50, '环评批复最多50条').default([]),
  emergencyPlans: z.array(EmergencyPlanInput).max(50, '应急预案备案最多50条').default([]),
  permit: PermitInput.default({ held: false, permitClass: null, number: null, validUntil: null }),
});
export type EnterpriseInputBody = z.input<typeof EnterpriseInputSchema>;

export const EnterpriseListQuery = z.object({
  q: safeText('搜索词', 100).optional(),
  status: z.enum(ENTERPRISE_STATUSES).optional(),
  industry: safeText('行业代码', 10).optional(),
  permitClass: z.enum(PERMIT_CLASSES).optional(),
  acceptance: z.enum(ACCEPTANCE_STATES).optional(),
  emergency: z.enum(EMERGENCY_PLAN_STATES).optional(),
  sort: z.enum(['seq', 'name', 'industry', 'status']).default('seq'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type EnterpriseListQuery = z.infer<typeof EnterpriseListQuery>;
