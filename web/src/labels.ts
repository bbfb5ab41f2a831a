/**
 * Chinese labels of the domain codes. The maps live in src/domain (pure, no I/O) so the web, the API, the
 * workbooks and the reports print the same words; this file is the web's one import path for them.
 */
export {
  ACCEPTANCE_LABELS,
  ACCEPTANCE_STATUSES,
  EIA_TYPE_LABELS,
  EIA_TYPES,
  ENTERPRISE_STATUSES,
  ENTERPRISE_STATUS_LABELS,
  PERMIT_CLASSES,
  PERMIT_CLASS_LABELS,
  RISK_LEVELS,
  RISK_LEVEL_LABELS,
} from '../../src/domain/ledger/types.js';
export type {
  AcceptanceStatus,
  DischargePermit,
  EiaApproval,
  EiaType,
  EmergencyPlanFiling,
  EnterpriseInput,
  EnterpriseStatus,
  PermitClass,
  RiskLevel,
} from '../../src/domain/ledger/types.js';

import type { EnterpriseStatus } from '../../src/domain/ledger/types.js';

/** antd Tag colours per enterprise status. */
export const ENTERPRISE_STATUS_COLORS: Record<EnterpriseStatus, string> = {
  operating: 'green',
  trial: 'blue',
  construction: 'orange',
  suspended: 'default',
  cleared: 'red',
};

/** 是否涉及环境风险源: true / false / null (未确定). */
export function riskSourceLabel(v: boolean | null): string {
  return v === null ? '未确定' : v ? '是' : '否';
}

/** 园区规划及规划环评批复的类别 (park_approvals.kind). */
export const PARK_APPROVAL_KIND_LABELS: Record<string, string> = {
  master_plan: '总体规划',
  plan_eia: '规划环评',
  follow_up: '跟踪评价',
  establishment: '设立/扩区',
};

/** 变更记录 actions. */
export const CHANGE_ACTION_LABELS: Record<string, string> = {
  create: '新增',
  update: '修改',
  delete: '删除',
  import: '导入',
};

/** Field names of an enterprise as the 变更记录 prints them. */
export const ENTERPRISE_FIELD_LABELS: Record<string, string> = {
  seq: '序号',
  name: '企业名称',
  creditCode: '统一社会信用代码',
  industryCode: '行业代码',
  industryName: '行业类别',
  status: '企业状态',
  riskSource: '是否涉及环境风险源',
  address: '地址',
  contactName: '联系人',
  contactPhone: '联系电话',
  note: '备注',
  enteredOn: '入园日期',
  clearedOn: '清退日期',
  eiaApprovals: '环评批复',
  emergencyPlans: '应急预案备案',
  permit: '排污许可',
};

/** 角色, in the order the 新增用户 form offers them (the server sends `roleLabel` with every user). */
export const ROLE_LABELS = {
  admin: '管理员',
  officer: '园区环保专员',
  steward: '环保管家',
  enterprise: '企业用户',
  reviewer: '生态环境局',
} as const;

export const ROLE_COLORS: Record<keyof typeof ROLE_LABELS, string> = {
  admin: 'magenta',
  officer: 'blue',
  steward: 'cyan',
  enterprise: 'green',
  reviewer: 'orange',
};

/** What each role may do, as the 新增用户 form explains it. */
export const ROLE_HINTS: Record<keyof typeof ROLE_LABELS, string> = {
  admin: '管理全部园区和用户',
  officer: '查看和修改所负责园区的全部数据',
  steward: '受托为园区提供环保管家服务，权限同园区环保专员',
  enterprise: '只能查看和修改本企业档案',
  reviewer: '查看所辖行政区划内全部园区的数据，不能修改',
};

/** Who made a change, when it was not a signed-in user. */
export const SYSTEM_ACTOR_LABELS: Record<string, string> = {
  system: '系统',
  cli: '命令行',
  test: '测试',
};
