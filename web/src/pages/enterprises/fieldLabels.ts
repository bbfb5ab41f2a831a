import type { ChangeRecord } from '../../api/types';
import {
  ACCEPTANCE_LABELS,
  EIA_TYPE_LABELS,
  ENTERPRISE_FIELD_LABELS,
  ENTERPRISE_STATUS_LABELS,
  PERMIT_CLASS_LABELS,
  RISK_LEVEL_LABELS,
  type AcceptanceStatus,
  type EiaType,
  type EnterpriseStatus,
  type PermitClass,
  type RiskLevel,
} from '../../labels';

const SUB_FIELD_LABELS: Record<string, string> = {
  type: '类型',
  documentNumber: '文号/备案号',
  approvedOn: '批复日期',
  authority: '审批机关',
  acceptance: '验收情况',
  acceptedOn: '验收日期',
  filingNumber: '备案编号',
  riskLevel: '风险等级',
  filedOn: '备案日期',
  held: '是否取得',
  permitClass: '管理类别',
  number: '编号',
  validUntil: '有效期至',
};

/** `eiaApprovals.0.documentNumber` → 环评批复第1条 文号/备案号; `permit.number` → 排污许可 编号. */
export function fieldLabel(path: string): string {
  const [head, ...rest] = path.split('.');
  let label = ENTERPRISE_FIELD_LABELS[head] ?? head;
  for (const part of rest) {
    if (/^\d+$/.test(part)) label += `第${Number(part) + 1}条`;
    else label += ` ${SUB_FIELD_LABELS[part] ?? part}`;
  }
  return label;
}

/** `eiaApprovals.0.documentNumber` → ['eiaApprovals', 0, 'documentNumber'] (antd Form name path). */
export function toNamePath(path: string): (string | number)[] {
  return path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

const IGNORED = new Set(['id', 'parkId', 'createdAt', 'updatedAt', 'warnings', 'industryName']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One value of a stored snapshot, as a Chinese phrase. */
export function describeValue(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  if (field === 'status' && typeof v === 'string') return ENTERPRISE_STATUS_LABELS[v as EnterpriseStatus] ?? v;
  if (field === 'riskSource' && typeof v === 'boolean') return v ? '是' : '否';
  if (field === 'eiaApprovals' && Array.isArray(v)) {
    if (v.length === 0) return '无';
    return v
      .map((a) => {
        if (!isRecord(a)) return '?';
        const type = typeof a.type === 'string' ? EIA_TYPE_LABELS[a.type as EiaType] : '';
        const acc = typeof a.acceptance === 'string' ? ACCEPTANCE_LABELS[a.acceptance as AcceptanceStatus] : '';
        return `${typeof a.documentNumber === 'string' ? a.documentNumber : type || '未注明文号'}（${acc}）`;
      })
      .join('，');
  }
  if (field === 'emergencyPlans' && Array.isArray(v)) {
    if (v.length === 0) return '无';
    return v
      .map((p) => {
        if (!isRecord(p)) return '?';
        const level = typeof p.riskLevel === 'string' ? RISK_LEVEL_LABELS[p.riskLevel as RiskLevel] : '';
        return `${typeof p.filingNumber === 'string' ? p.filingNumber : '已备案'}${level ? `（${level}）` : ''}`;
      })
      .join('，');
  }
  if (field === 'permit' && isRecord(v)) {
    if (!v.held) return '未取得';
    const cls = typeof v.permitClass === 'string' ? `${PERMIT_CLASS_LABELS[v.permitClass as PermitClass]}管理 ` : '';
    return `${cls}${typeof v.number === 'string' ? v.number : '已取得'}`;
  }
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** JSON with object keys sorted, so the same data stored and re-entered compares equal. */
function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (isRecord(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(v[k] ?? null)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** The fields a change record changed, in the order of the enterprise file. */
export function changedFields(rec: ChangeRecord): FieldChange[] {
  const before = rec.before ?? {};
  const after = rec.after ?? {};
  const keys = [...new Set([...Object.keys(ENTERPRISE_FIELD_LABELS), ...Object.keys(before), ...Object.keys(after)])];
  const out: FieldChange[] = [];
  for (const k of keys) {
    if (IGNORED.has(k) || (!(k in before) && !(k in after))) continue;
    if (stableJson(before[k] ?? null) === stableJson(after[k] ?? null)) continue;
    out.push({ field: k, label: ENTERPRISE_FIELD_LABELS[k] ?? k, before: describeValue(k, before[k]), after: describeValue(k, after[k]) });
  }
  return out;
}
