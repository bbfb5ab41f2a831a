import { CopyOutlined, DeleteOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Popconfirm, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useAccess } from '../../../access';
import { ApiError, errorMessage } from '../../../api/client';
import { copyPlan, deletePlanItem, getPlan, type PlanItemView } from '../../../api/monitoringPlan';
import { listPoints } from '../../../api/monitoringPoints';
import { yearOptions } from '../../../components/formatting';
import { PageHeader } from '../../../components/PageHeader';
import { useReportYear } from '../../../components/useReportYear';
import { useRemote } from '../../../components/useRemote';
import { useCurrentPark } from '../../../park/ParkContext';
import { PERIOD_LABELS } from './labels';
import { PlanItemFormModal } from './PlanItemFormModal';
import { PointOutcomes, StatusTag } from './PlanOutcome';

/**
 * Rows of one medium in a run share one 监测对象 cell, as table 3 prints them; a run with an expanded row (whose
 * details would sit inside the merged cell) shows the medium on each of its rows instead.
 */
function mediumRowSpans(items: readonly PlanItemView[], expanded: ReadonlySet<number>): number[] {
  return items.map((item, i) => {
    let first = i;
    while (first > 0 && items[first - 1]!.medium === item.medium) first--;
    let end = i + 1;
    while (end < items.length && items[end]!.medium === item.medium) end++;
    if (items.slice(first, end).some((x) => expanded.has(x.id))) return 1;
    return i === first ? end - first : 0;
  });
}

/**
 * 监测计划: the park's monitoring plan of a year in the shape of the annual report's table 3 (环境质量监测计划及落实情况),
 * 落实情况 computed from the lab results of each item's points; items added, changed, deleted, or copied from last year.
 */
export default function MonitoringPlanPage() {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const { message, modal } = App.useApp();
  const [year, setYear] = useReportYear();
  const plan = useRemote((signal) => getPlan(park.code, year, signal), [park.code, year]);
  const points = useRemote((signal) => (canWrite ? listPoints(park.code, signal) : Promise.resolve([])), [park.code, canWrite]);
  // undefined: closed; null: 新增; an item: 编辑.
  const [editing, setEditing] = useState<PlanItemView | null | undefined>(undefined);
  const [copying, setCopying] = useState(false);
  const [expanded, setExpanded] = useState<number[]>([]);

  const items = plan.data?.items ?? [];
  const spans = mediumRowSpans(items, new Set(expanded));

  const remove = async (item: PlanItemView) => {
    try {
      await deletePlanItem(park.code, item.id);
      message.success('已删除监测计划项');
      plan.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const copy = async (replace: boolean) => {
    setCopying(true);
    try {
      const r = await copyPlan(park.code, { fromYear: year - 1, toYear: year, replace });
      message.success(`已从${r.fromYear}年复制${r.copied}项监测计划${r.replaced ? `（替换原有${r.replaced}项）` : ''}`);
      plan.reload();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT' && !replace) {
        modal.confirm({
          title: `${year}年已有监测计划`,
          content: `${err.message}。替换将删除${year}年现有的全部计划项，再复制${year - 1}年的计划。`,
          okText: '替换',
          okButtonProps: { danger: true },
          cancelText: '取消',
          onOk: () => copy(true),
        });
      } else message.error(errorMessage(err));
    } finally {
      setCopying(false);
    }
  };

  const columns: ColumnsType<PlanItemView> = [
    {
      title: '监测对象',
      dataIndex: 'mediumLabel',
      key: 'medium',
      width: 90,
      onCell: (_, i) => ({ rowSpan: spans[i ?? 0] }),
    },
    {
      title: '监测点位',
      key: 'points',
      width: 230,
      render: (_: unknown, item) => (
        <div>
          <div>{item.pointsText}</div>
          {item.points.length ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              点位：{item.points.map((p) => p.name).join('、')}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    { title: '监测项目', dataIndex: 'itemsText', key: 'items' },
    {
      title: '监测频次',
      key: 'frequency',
      width: 190,
      render: (_: unknown, item) => (
        <div>
          <div>{item.frequencyText}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            每年{item.campaignsPerYear}期（{PERIOD_LABELS[item.period]}）
          </Typography.Text>
        </div>
      ),
    },
    { title: '执行标准', dataIndex: 'standardText', key: 'standard', width: 200 },
    {
      title: '落实情况',
      key: 'status',
      width: 110,
      render: (_: unknown, item) => (
        <Space direction="vertical" size={2}>
          <StatusTag item={item} />
          {item.reasonNotDone ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.reasonNotDone}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 120,
            render: (_: unknown, item: PlanItemView) => (
              <Space size={4}>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(item)} style={{ paddingInline: 0 }}>
                  编辑
                </Button>
                <Popconfirm title="删除该监测计划项？" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(item)}>
                  <Button type="link" size="small" danger icon={<DeleteOutlined />} style={{ paddingInline: 0 }}>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="监测计划"
        subTitle="年度环境质量监测计划及落实情况（按实验室监测结果的采样日期计算）"
        extra={
          <>
            <Select aria-label="计划年度" style={{ width: 120 }} value={year} onChange={setYear} options={yearOptions()} />
            <Button icon={<ReloadOutlined />} onClick={plan.reload}>
              刷新
            </Button>
            {canWrite ? (
              <>
                <Button icon={<CopyOutlined />} loading={copying} onClick={() => void copy(false)}>
                  从上一年复制
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
                  新增计划项
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {plan.error ? <Alert type="error" showIcon message="读取监测计划失败" description={plan.error} style={{ marginBottom: 16 }} /> : null}
      <Card styles={{ body: { padding: 16 } }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {year}年 共 {items.length} 项。同一点位相隔不超过{plan.data?.campaignGapDays ?? 7}天的采样日期计为同一期（暂定）；“1次/半年”等按上、下半年各计一期。点击行首“+”查看各点位的计划与完成期数。
        </Typography.Paragraph>
        <Table<PlanItemView>
          rowKey="id"
          size="middle"
          bordered
          loading={plan.loading}
          columns={columns}
          dataSource={items}
          scroll={{ x: 1100 }}
          pagination={false}
          expandable={{
            expandedRowRender: (item) => <PointOutcomes item={item} />,
            expandedRowKeys: expanded,
            onExpandedRowsChange: (keys) => setExpanded(keys.map(Number)),
          }}
          locale={{ emptyText: <Empty description={canWrite ? `${year}年尚无监测计划，可“新增计划项”或“从上一年复制”` : `${year}年尚无监测计划`} /> }}
        />
      </Card>
      {canWrite ? (
        <PlanItemFormModal
          parkCode={park.code}
          year={year}
          item={editing ?? null}
          open={editing !== undefined}
          points={points.data ?? []}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            plan.reload();
          }}
        />
      ) : null}
    </>
  );
}
