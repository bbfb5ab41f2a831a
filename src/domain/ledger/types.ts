/**
 * The enterprise file (一企一档) as the domain sees it: plain data, no database ids beyond what the
 * store hands back. Labels are the words Chinese tables print; codes are stable English keys.
 */

/** 企业状态 */
export const ENTERPRISE_STATUSES = ['operating', 'trial', 'construction', 'suspended', 'cleared'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];
export const ENTERPRISE_STATUS_LABELS: Record<EnterpriseStatus, string> = {
  operating: '正常生产',
  trial: '试生产',
  construction: '在建',
  suspended: '停产',
  cleared: '已清退',
};

/** 环评文件类型: 报告书 / 报告表 are approved (批复); 登记表 is filed online (备案). */
export const EIA_TYPES = ['report', 'form', 'registration'] as const;
export type EiaType = (typeof EIA_TYPES)[number];
export const EIA_TYPE_LABELS: Record<EiaType, string> = {
  report: '报告书',
  form: '报告表',
  registration: '登记表',
};

/**
 * 竣工环保验收 per approval. 登记表 projects are always not_applicable
 * (《建设项目竣工环境保护验收暂行办法》第二条).
 */
export const ACCEPTANCE_STATUSES = ['accepted', 'pending', 'not_applicable'] as const;
export type AcceptanceStatus = (typeof ACCEPTANCE_STATUSES)[number];
export const ACCEPTANCE_LABELS: Record<AcceptanceStatus, string> = {
  accepted: '已验收',
  pending: '未验收',
  not_applicable: '不适用',
};

/** 企业环境风险等级 (HJ 941-2018): 一般 L, 较大 M, 重大 H */
export const RISK_LEVELS = ['L', 'M', 'H'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { L: '一般', M: '较大', H: '重大' };

/** 排污许可管理类别 (《固定污染源排污许可分类管理名录（2019年版）》第二条) */
export const PERMIT_CLASSES = ['key', 'simplified', 'registration'] as const;
export type PermitClass = (typeof PERMIT_CLASSES)[number];
export const PERMIT_CLASS_LABELS: Record<PermitClass, string> = {
  key: '重点',
  simplified: '简化',
  registration: '登记',
};

/** One EIA document of an enterprise (环评批复 or 登记表备案). */
export interface EiaApproval {
  /** null when the source table did not say (e.g. a bare 批复文号). */
  type: EiaType | null;
  /** 批复文号 or 登记表备案号; null when the table only says "是". */
  documentNumber: string | null;
  /** ISO date; null when only the year in the document number is known. */
  approvedOn: string | null;
  authority: string | null;
  acceptance: AcceptanceStatus;
  acceptedOn: string | null;
}

/** One 突发环境事件应急预案备案. */
export interface EmergencyPlanFiling {
  /** 备案编号; null when the table only says the plan is filed. */
  filingNumber: string | null;
  riskLevel: RiskLevel | null;
  filedOn: string | null;
}

/** 排污许可证 or 排污登记. */
export interface DischargePermit {
  /** Whether the enterprise holds the permit (or registration receipt). */
  held: boolean;
  permitClass: PermitClass | null;
  /** 许可证编号 / 登记编号 (22 characters); null when held but the number is unknown. */
  number: string | null;
  validUntil: string | null;
}

/** What a user enters or imports for one enterprise. */
export interface EnterpriseInput {
  /** 序号 in the park's ledger table. */
  seq: number;
  name: string;
  /** 统一社会信用代码 */
  creditCode: string | null;
  /** GB/T 4754-2017 code such as "C38" or "C2619". */
  industryCode: string | null;
  status: EnterpriseStatus;
  /** 是否涉及环境风险源; null when not yet determined. */
  riskSource: boolean | null;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  note: string | null;
  /** 入园日期; null when not recorded (counted as before any report year). */
  enteredOn: string | null;
  /** 清退日期, for status cleared. */
  clearedOn: string | null;
  eiaApprovals: EiaApproval[];
  emergencyPlans: EmergencyPlanFiling[];
  permit: DischargePermit;
}

export interface Enterprise extends EnterpriseInput {
  id: number;
  parkId: number;
  createdAt: string;
  updatedAt: string;
}
