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
} from '../../labels.js';

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

/** An enterprise as a change record stores it (before or after). */
type Snapshot = Record<string, unknown>;

export interface FieldChange {
  /** Path of what changed, e.g. `eiaApprovals.0.authority`: unique within one change record. */
  key: string;
  /** What changed: a field (企业状态), or the item of a list or the record it is in (环评批复 祁环评[2024]5号). */
  label: string;
  /** The sub-field within that item, when the change is inside one (审批机关). */
  part: string | null;
  before: string;
  after: string;
}

/** The value of one sub-field of an EIA approval, emergency plan or permit, in Chinese. */
function describeSubValue(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  if (typeof v === 'string') {
    if (field === 'type') return EIA_TYPE_LABELS[v as EiaType] ?? v;
    if (field === 'acceptance') return ACCEPTANCE_LABELS[v as AcceptanceStatus] ?? v;
    if (field === 'riskLevel') return RISK_LEVEL_LABELS[v as RiskLevel] ?? v;
    if (field === 'permitClass') return PERMIT_CLASS_LABELS[v as PermitClass] ?? v;
  }
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** Sub-fields in the order of the form, then any others a snapshot holds. */
function subFieldKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const known = Object.keys(SUB_FIELD_LABELS);
  const rest = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !known.includes(k) && !IGNORED.has(k));
  return [...known.filter((k) => k in a || k in b), ...rest];
}

function subFieldChanges(key: string, label: string, a: Record<string, unknown>, b: Record<string, unknown>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const k of subFieldKeys(a, b)) {
    if (stableJson(a[k] ?? null) === stableJson(b[k] ?? null)) continue;
    out.push({ key: `${key}.${k}`, label, part: SUB_FIELD_LABELS[k] ?? k, before: describeSubValue(k, a[k]), after: describeSubValue(k, b[k]) });
  }
  return out;
}

/** The number that names an item of a list (an approval's 文号, a plan's 备案编号). */
const ITEM_ID: Record<string, string> = { eiaApprovals: 'documentNumber', emergencyPlans: 'filingNumber' };

/**
 * The changes within a list of records (环评批复, 应急预案备案), item by item and field by field. Items are paired
 * by their number when both sides have it; the rest in order (an item whose number changed pairs with its old
 * self). An unpaired item was added or removed.
 */
function listChanges(field: string, before: unknown[], after: unknown[]): FieldChange[] {
  const idKey = ITEM_ID[field];
  const label = ENTERPRISE_FIELD_LABELS[field] ?? field;
  const items = (list: unknown[]) => list.filter(isRecord);
  const a = items(before);
  const b = items(after);
  const idOf = (r: Record<string, unknown>) => (idKey && typeof r[idKey] === 'string' && r[idKey] !== '' ? (r[idKey] as string) : null);
  const pairs: [Record<string, unknown> | null, Record<string, unknown> | null][] = [];
  const unpairedB = new Set(b);
  const unpairedA: Record<string, unknown>[] = [];
  for (const x of a) {
    const id = idOf(x);
    const match = id === null ? undefined : [...unpairedB].find((y) => idOf(y) === id);
    if (match) {
      pairs.push([x, match]);
      unpairedB.delete(match);
    } else unpairedA.push(x);
  }
  const restB = [...unpairedB];
  for (let i = 0; i < Math.max(unpairedA.length, restB.length); i++) pairs.push([unpairedA[i] ?? null, restB[i] ?? null]);

  const out: FieldChange[] = [];
  pairs.forEach(([x, y], i) => {
    const key = `${field}.${i}`;
    if (x && y) {
      const name = idOf(x) ?? idOf(y) ?? `第${b.indexOf(y) + 1}条`;
      out.push(...subFieldChanges(key, `${label} ${name}`, x, y));
    } else {
      out.push({
        key,
        label: x ? `删除${label}` : `新增${label}`,
        part: null,
        before: x ? describeValue(field, [x]) : '（无）',
        after: y ? describeValue(field, [y]) : '（无）',
      });
    }
  });
  return out;
}

/**
 * What a change record changed, in the order of the enterprise file: a plain field as its old and new value, a
 * list (环评批复, 应急预案备案) or record (排污许可) field by field with the item it belongs to, so that a change of
 * 审批机关 alone reads "环评批复 祁环评[2024]5号：审批机关 A → B".
 */
export function changedFields(rec: { before: Snapshot | null; after: Snapshot | null }): FieldChange[] {
  const before = rec.before ?? {};
  const after = rec.after ?? {};
  const keys = [...new Set([...Object.keys(ENTERPRISE_FIELD_LABELS), ...Object.keys(before), ...Object.keys(after)])];
  const out: FieldChange[] = [];
  for (const k of keys) {
    if (IGNORED.has(k) || (!(k in before) && !(k in after))) continue;
    const a = before[k] ?? null;
    const b = after[k] ?? null;
    if (stableJson(a) === stableJson(b)) continue;
    const label = ENTERPRISE_FIELD_LABELS[k] ?? k;
    if (Array.isArray(a) && Array.isArray(b)) out.push(...listChanges(k, a, b));
    else if (isRecord(a) && isRecord(b)) out.push(...subFieldChanges(k, label, a, b));
    else out.push({ key: k, label, part: null, before: describeValue(k, a), after: describeValue(k, b) });
  }
  return out;
}
