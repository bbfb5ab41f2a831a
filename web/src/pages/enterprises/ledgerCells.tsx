/** Cells of the enterprise ledger (环评批复, 验收, 应急预案, 排污许可), shared by the list and detail pages. */
import { Space, Tag, Typography } from 'antd';
import { acceptanceState } from '../../../../src/domain/ledger/enterpriseStates';
import type { Enterprise } from '../../api/types';
import { EMPTY } from '../../components/formatting';
import { EIA_TYPE_LABELS, PERMIT_CLASS_LABELS } from '../../labels';

/** 验收 summarised per enterprise over the approvals that need acceptance (as the ledger statistics judge it). */
export function acceptanceSummary(e: Enterprise): { label: string; color: string } {
  if (e.eiaApprovals.length === 0) return { label: '无环评', color: 'default' };
  const state = acceptanceState(e);
  if (state === 'not_applicable') return { label: '不适用', color: 'default' };
  if (state === 'done') return { label: '已验收', color: 'green' };
  const needing = e.eiaApprovals.filter((a) => a.acceptance !== 'not_applicable');
  const pending = needing.filter((a) => a.acceptance !== 'accepted').length;
  return { label: needing.length > 1 ? `未验收 ${pending}/${needing.length}` : '未验收', color: 'orange' };
}

export function EiaCell({ e }: { e: Enterprise }) {
  if (e.eiaApprovals.length === 0) return <Typography.Text type="secondary">未办理</Typography.Text>;
  return (
    <span>
      {e.eiaApprovals.map((a, i, all) => (
        // Each number stays on one line; lines break only between numbers.
        <span key={i} style={{ display: 'inline-block' }}>
          {a.documentNumber ?? (a.type ? `${EIA_TYPE_LABELS[a.type]}（无文号）` : '已批复')}
          {i < all.length - 1 ? '，' : ''}
        </span>
      ))}
    </span>
  );
}

export function AcceptanceCell({ e }: { e: Enterprise }) {
  const { label, color } = acceptanceSummary(e);
  return <Tag color={color}>{label}</Tag>;
}

export function EmergencyCell({ e }: { e: Enterprise }) {
  if (e.emergencyPlans.length === 0) return <Typography.Text type="secondary">未备案</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      {e.emergencyPlans.map((p, i) => (
        <span key={i}>{p.filingNumber ?? '已备案'}</span>
      ))}
    </Space>
  );
}

export function PermitCell({ e }: { e: Enterprise }) {
  if (!e.permit.held) return <Typography.Text type="secondary">未取得</Typography.Text>;
  return (
    <span>
      {e.permit.permitClass ? <Tag color="blue">{PERMIT_CLASS_LABELS[e.permit.permitClass]}</Tag> : null}
      <span style={{ display: 'inline-block', wordBreak: 'break-all' }}>{e.permit.number ?? (e.permit.permitClass ? '' : '已取得')}</span>
    </span>
  );
}

export function orDash(v: string | null | undefined) {
  return v ? v : EMPTY;
}
