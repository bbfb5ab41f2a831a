import { Tag } from 'antd';
import { ENTERPRISE_STATUS_COLORS, ENTERPRISE_STATUS_LABELS, type EnterpriseStatus } from '../labels';

export function StatusTag({ status }: { status: EnterpriseStatus }) {
  return <Tag color={ENTERPRISE_STATUS_COLORS[status]}>{ENTERPRISE_STATUS_LABELS[status] ?? status}</Tag>;
}
