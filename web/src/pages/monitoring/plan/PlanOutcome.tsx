import { Table, Tag, Tooltip, Typography } from 'antd';
import type { PlanItemView, PlanPointOutcome } from '../../../api/monitoringPlan';
import { STATUS_COLORS } from './labels';

/** 已落实 / 部分落实 / 未落实 as a coloured tag; on hover, planned and done per point. */
export function StatusTag({ item }: { item: PlanItemView }) {
  const tip =
    item.points.length === 0
      ? '未关联点位，无监测结果可证明落实'
      : item.points.map((p) => `${p.name}：计划${p.planned}期，完成${p.done}期`).join('\n');
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{tip}</span>}>
      <Tag color={STATUS_COLORS[item.status]} data-testid={`status-${item.id}`}>
        {item.statusLabel}
      </Tag>
    </Tooltip>
  );
}

/** The expanded row: per point, campaigns planned and done, and each campaign's sampling dates. */
export function PointOutcomes({ item }: { item: PlanItemView }) {
  if (item.points.length === 0) return <Typography.Text type="secondary">未关联点位：请编辑计划项选择点位，落实情况按其监测结果计算</Typography.Text>;
  return (
    <Table<PlanPointOutcome>
      rowKey="pointId"
      size="small"
      pagination={false}
      dataSource={item.points}
      columns={[
        { title: '点位', dataIndex: 'name', key: 'name', width: 220 },
        { title: '计划期数', dataIndex: 'planned', key: 'planned', width: 90, align: 'right' },
        { title: '完成期数', dataIndex: 'done', key: 'done', width: 90, align: 'right' },
        {
          title: '落实情况',
          key: 'status',
          width: 100,
          render: (_: unknown, p) => <Tag color={STATUS_COLORS[p.status]}>{p.statusLabel}</Tag>,
        },
        {
          title: '各期采样日期',
          key: 'campaigns',
          render: (_: unknown, p) =>
            p.campaigns.length === 0 ? (
              <Typography.Text type="secondary">本年无监测结果</Typography.Text>
            ) : (
              p.campaigns.map((c, i) => (
                <div key={c.start}>
                  第{i + 1}期：{c.start === c.end ? c.start : `${c.start} 至 ${c.end}`}（{c.dates.length}天）
                </div>
              ))
            ),
        },
      ]}
    />
  );
}
