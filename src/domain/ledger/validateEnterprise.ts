import {
  checkCreditCode,
  parseEiaDocumentNumber,
  parseEiaRegistrationNumber,
  parseEmergencyPlanNumber,
  parsePermitNumber,
} from '../identifiers/index.js';
import { lookupIndustry } from '../industry/index.js';
import type { EnterpriseInput } from './types.js';
import { EIA_TYPE_LABELS, RISK_LEVEL_LABELS } from './types.js';

/** A problem with one field of an enterprise, named by its path (e.g. `eiaApprovals.1.documentNumber`). */
export interface FieldIssue {
  field: string;
  severity: 'error' | 'warning';
  /** Chinese, for the user. */
  message: string;
  value: unknown;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks an enterprise record field by field. Errors block saving; warnings are shown but allowed
 * (an old credit code that fails its checksum is real and must be recordable).
 *
 * Expects input already shaped by {@link normalizeEnterprise}.
 */
export function validateEnterprise(e: EnterpriseInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const error = (field: string, message: string, value: unknown) =>
    issues.push({ field, severity: 'error', message, value });
  const warn = (field: string, message: string, value: unknown) =>
    issues.push({ field, severity: 'warning', message, value });
  const fromCheck = (field: string, value: unknown, r: { errors: string[]; warnings: string[] }) => {
    for (const m of r.errors) error(field, m, value);
    for (const m of r.warnings) warn(field, m, value);
  };
  const checkDate = (field: string, value: string | null) => {
    if (value !== null && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))) {
      error(field, '日期格式应为 YYYY-MM-DD', value);
    }
  };

  if (!Number.isInteger(e.seq) || e.seq < 1) error('seq', '序号应为正整数', e.seq);
  if (!e.name) error('name', '企业名称不能为空', e.name);
  else if (e.name.length > 100) error('name', '企业名称不能超过100个字', e.name);

  if (e.creditCode) fromCheck('creditCode', e.creditCode, checkCreditCode(e.creditCode));
  if (e.industryCode && !lookupIndustry(e.industryCode)) {
    error('industryCode', '行业代码不在《国民经济行业分类》(GB/T 4754-2017)中', e.industryCode);
  }
  checkDate('enteredOn', e.enteredOn);
  checkDate('clearedOn', e.clearedOn);
  if (e.clearedOn && e.status !== 'cleared') error('clearedOn', '只有已清退企业才有清退日期', e.clearedOn);

  e.eiaApprovals.forEach((a, i) => {
    const at = (f: string) => `eiaApprovals.${i}.${f}`;
    if (a.documentNumber) {
      if (a.type === 'registration') {
        fromCheck(at('documentNumber'), a.documentNumber, parseEiaRegistrationNumber(a.documentNumber));
      } else {
        fromCheck(at('documentNumber'), a.documentNumber, parseEiaDocumentNumber(a.documentNumber));
      }
    }
    checkDate(at('approvedOn'), a.approvedOn);
    checkDate(at('acceptedOn'), a.acceptedOn);
    if (a.type === 'registration' && a.acceptance !== 'not_applicable') {
      error(at('acceptance'), '建设项目环境影响登记表项目无需竣工环保验收，应为"不适用"', a.acceptance);
    }
    if ((a.type === 'report' || a.type === 'form') && a.acceptance === 'not_applicable') {
      error(at('acceptance'), `环境影响${EIA_TYPE_LABELS[a.type]}项目须办理竣工环保验收，不能为"不适用"`, a.acceptance);
    }
    if (a.acceptedOn && a.acceptance !== 'accepted') error(at('acceptedOn'), '未验收的项目不应填写验收日期', a.acceptedOn);
    if (a.acceptedOn && a.approvedOn && a.acceptedOn < a.approvedOn) {
      error(at('acceptedOn'), `验收日期不能早于批复日期 ${a.approvedOn}`, a.acceptedOn);
    }
  });

  e.emergencyPlans.forEach((p, i) => {
    const at = (f: string) => `emergencyPlans.${i}.${f}`;
    checkDate(at('filedOn'), p.filedOn);
    if (!p.filingNumber) return;
    const r = parseEmergencyPlanNumber(p.filingNumber);
    fromCheck(at('filingNumber'), p.filingNumber, r);
    const level = r.parts?.riskLevel;
    if (level && p.riskLevel && level !== p.riskLevel) {
      warn(
        at('riskLevel'),
        `备案编号表示风险等级为"${RISK_LEVEL_LABELS[level]}"，与所填"${RISK_LEVEL_LABELS[p.riskLevel]}"不一致`,
        p.riskLevel,
      );
    }
  });

  const permit = e.permit;
  checkDate('permit.validUntil', permit.validUntil);
  if (!permit.held && permit.number) error('permit.number', '未取得排污许可证（登记）时不应填写编号', permit.number);
  if (permit.held && permit.number) {
    const r = parsePermitNumber(permit.number);
    fromCheck('permit.number', permit.number, r);
    const code = r.parts?.creditCode;
    if (code && e.creditCode && code !== e.creditCode) {
      warn('permit.number', `编号前18位 ${code} 与企业统一社会信用代码 ${e.creditCode} 不一致`, permit.number);
    }
  }
  return issues;
}
