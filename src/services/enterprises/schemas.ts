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
  type Enterprise,
} from '../../domain/ledger/types.js';
import { ACCEPTANCE_STATES, EMERGENCY_PLAN_STATES } from '../../domain/ledger/enterpriseStates.js';
import type { LedgerDecision } from '../../domain/ledger/parseLedgerTable.js';
import type { FieldIssue as DomainFieldIssue } from '../../domain/ledger/validateEnterprise.js';
import type { ServiceIssue } from '../errors.js';
import { calendarDate, int4Positive, safeText } from '../fields.js';
import { typesAgree } from '../typesAgree.js';

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

// ---- Responses ----
// Plain shapes without the input rules: what is stored is sent as it is (an imported name may be longer than a typed one).

/** A problem with one field of an enterprise (src/domain/ledger/validateEnterprise.ts). */
export const FieldIssueSchema = z.object({
  field: z.string().describe('字段路径，如 eiaApprovals.0.documentNumber'),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  value: z.unknown().describe('所填的值'),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;
typesAgree<DomainFieldIssue, FieldIssue>();

const nullableText = z.string().nullable();
const isoDate = (what: string) => z.string().nullable().describe(`${what}，YYYY-MM-DD`);

/** An enterprise as every interface shows it: its file, its industry name and the warnings its data raises. */
export const EnterpriseViewSchema = z.object({
  id: z.number().int(),
  parkId: z.number().int(),
  seq: z.number().int().describe('序号'),
  name: z.string(),
  creditCode: nullableText.describe('统一社会信用代码'),
  industryCode: nullableText.describe('GB/T 4754-2017 代码'),
  industryName: nullableText.describe('行业名称（只读）'),
  status: z.enum(ENTERPRISE_STATUSES),
  riskSource: z.boolean().nullable().describe('是否涉及环境风险源；null 为未确定'),
  address: nullableText,
  contactName: nullableText,
  contactPhone: nullableText,
  note: nullableText,
  enteredOn: isoDate('入园日期'),
  clearedOn: isoDate('清退日期'),
  eiaApprovals: z.array(
    z.object({
      type: z.enum(EIA_TYPES).nullable(),
      documentNumber: nullableText,
      approvedOn: isoDate('批复日期'),
      authority: nullableText,
      acceptance: z.enum(ACCEPTANCE_STATUSES),
      acceptedOn: isoDate('验收日期'),
    }),
  ),
  emergencyPlans: z.array(z.object({ filingNumber: nullableText, riskLevel: z.enum(RISK_LEVELS).nullable(), filedOn: isoDate('备案日期') })),
  permit: z.object({
    held: z.boolean(),
    permitClass: z.enum(PERMIT_CLASSES).nullable(),
    number: nullableText,
    validUntil: isoDate('有效期'),
  }),
  warnings: z.array(FieldIssueSchema).describe('数据引起的警告，如信用代码校验位不符（只读）'),
  createdAt: z.string().describe('ISO 时间'),
  updatedAt: z.string().describe('ISO 时间'),
});
export type EnterpriseView = z.infer<typeof EnterpriseViewSchema>;
typesAgree<Enterprise & { industryName: string | null; warnings: DomainFieldIssue[] }, EnterpriseView>();

export const EnterpriseListSchema = z.object({ items: z.array(EnterpriseViewSchema), total: z.number().int() });
export type EnterpriseList = z.infer<typeof EnterpriseListSchema>;

/** One entry of an enterprise's change log; `before` and `after` are the record as it was stored then. */
export const ChangeRecordSchema = z.object({
  at: z.string().describe('ISO 时间'),
  actor: z.string().describe('用户名，或 system / cli'),
  action: z.string().describe('create、update、delete、import'),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type ChangeRecord = z.infer<typeof ChangeRecordSchema>;

/** A problem with one cell of an imported workbook, or with the file (src/services/errors.ts ServiceIssue). */
export const ImportIssueSchema = z.object({
  severity: z.enum(['error', 'warning']).optional(),
  field: z.string().optional(),
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  value: z.unknown().optional(),
  expected: z.string().optional(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssueSchema>;
typesAgree<ServiceIssue, ImportIssue>();

/** A cell the import read by its own decision (待核对): the text as written and what it was recorded as. */
export const ImportDecisionSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string().describe('列字母和表头'),
  value: z.string().describe('单元格原文'),
  takenAs: z.string().describe('记录为'),
  message: z.string(),
});
export type ImportDecision = z.infer<typeof ImportDecisionSchema>;
typesAgree<LedgerDecision & { sheet: string }, ImportDecision>();

export const ImportResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  warnings: z.array(ImportIssueSchema),
  decisions: z.array(ImportDecisionSchema).describe('导入时自行判断的单元格（待核对）'),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
