import { Alert, Card, Descriptions, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { LabPointView, LabSampleView } from '../../../api/labResults';
import { ItemTrendChart } from './ItemTrendChart';
import { defaultTrendItem, isSimulated, itemTrend, pointItems, pointSources, sampleCell, SIMULATED_WORD, type SampleCell } from './sampleCells';

const RED = '#cf1322';

function Verdict({ compliant }: { compliant: boolean | null }) {
  if (compliant === null) return <Tag>无可评价项目</Tag>;
  return compliant ? <Tag color="success">达标</Tag> : <Tag color="error">超标</Tag>;
}

/** One cell of the table: the value, coloured by its verdict. */
function Cell({ cell }: { cell: SampleCell }) {
  switch (cell.kind) {
    case 'none':
      return <Typography.Text type="secondary">—</Typography.Text>;
    case 'notMeasured':
      return <Typography.Text type="secondary">未测</Typography.Text>;
    case 'stored':
      return (
        <span>
          {cell.result.value} <Typography.Text type="secondary">{cell.result.unit}</Typography.Text>
        </span>
      );
    case 'noLimit':
      return (
        <Tooltip title={cell.reason}>
          <span data-verdict="noLimit" style={{ color: '#8c8c8c' }}>
            {cell.result.value} {cell.result.unit}
            <div>
              <Tag style={{ color: '#8c8c8c', marginInlineEnd: 0 }}>标准无限值</Tag>
            </div>
          </span>
        </Tooltip>
      );
    case 'judged': {
      const v = cell.verdict;
      const title = [v.limit === null ? null : `限值 ${v.limit} ${v.unit}`, v.verdict, v.note].filter(Boolean).join('；');
      return (
        <Tooltip title={title || undefined}>
          <span data-verdict={v.exceeds ? 'exceeds' : 'meets'} style={v.exceeds ? { color: RED, fontWeight: 600 } : { color: '#389e0d' }}>
            {v.value} <span style={{ fontWeight: 400, fontSize: 12 }}>{v.unit}</span>
            <div>
              {v.class ? <Tag color={v.exceeds ? 'error' : 'success'}>{v.class}类</Tag> : null}
              {v.exceeds && v.multiple !== null ? <Tag color="error">超标 {v.multiple} 倍</Tag> : null}
              {v.exceeds && v.excessDb !== null ? <Tag color="error">超 {v.excessDb} dB</Tag> : null}
              {v.exceeds && v.multiple === null && v.excessDb === null ? <Tag color="error">超标</Tag> : null}
              {v.detectionLimitAboveLimit ? <Tag color="warning">检出限高于限值</Tag> : null}
            </div>
          </span>
        </Tooltip>
      );
    }
  }
}

function standardText(p: LabPointView): string {
  if (p.standardName) return `${p.standardName}${p.standardClass ? ` ${p.standardClass}` : ''}`;
  if (p.standardCode) return `${p.standardCode}${p.standardClass ? ` ${p.standardClass}` : ''}`;
  return '未设执行标准';
}

/** The point's year: its standard, summary, the table of samples × items, and one item's chart. */
export function PointResults({ point, year }: { point: LabPointView; year: number }) {
  const items = pointItems(point);
  const [chartItem, setChartItem] = useState<string | null>(() => defaultTrendItem(point));
  const shown = chartItem !== null && items.some((i) => i.item === chartItem) ? chartItem : defaultTrendItem(point);
  const trend = shown === null ? null : itemTrend(point, shown);
  const s = point.summary;

  const columns: ColumnsType<LabSampleView> = [
    { title: '采样日期', dataIndex: 'date', key: 'date', fixed: 'left', width: 110 },
    ...items.map((i) => ({
      title: i.name,
      key: i.item,
      width: 130,
      render: (_: unknown, sample: LabSampleView) => <Cell cell={sampleCell(sample, i.item)} />,
    })),
    {
      title: '样品结论',
      key: 'verdict',
      width: 220,
      render: (_: unknown, sample: LabSampleView) =>
        sample.verdict?.compliant === null ? (
          <Tooltip title={sample.verdict.summary}>
            <Tag>无可评价项目</Tag>
          </Tooltip>
        ) : sample.verdict ? (
          <Space direction="vertical" size={2}>
            <Verdict compliant={sample.verdict.compliant} />
            <Typography.Text style={{ fontSize: 12 }}>{sample.verdict.summary}</Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">未评价</Typography.Text>
        ),
    },
  ];

  return (
    <Card
      data-testid={`lab-point-${point.point}`}
      style={{ marginBottom: 16 }}
      title={
        <Space wrap>
          <span>{point.point}</span>
          <Tag>{point.kindLabel}</Tag>
          {isSimulated(point) ? (
            <Tooltip title={`来源：${pointSources(point).join('、')}`}>
              <Tag color="orange">{SIMULATED_WORD}</Tag>
            </Tooltip>
          ) : null}
        </Space>
      }
      extra={<Typography.Text type="secondary">执行标准：{standardText(point)}</Typography.Text>}
    >
      {point.evaluationNote ? <Alert type="warning" showIcon message="未评价" description={point.evaluationNote} style={{ marginBottom: 12 }} /> : null}
      {s ? (
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} style={{ marginBottom: 12 }} data-testid="lab-point-summary">
          <Descriptions.Item label="结论">
            <Verdict compliant={s.compliant} />
          </Descriptions.Item>
          <Descriptions.Item label="样品">
            {s.samples} 个（可评价 {s.evaluatedSamples} 个，超标 {s.exceedingSamples} 个）
          </Descriptions.Item>
          {s.worstClassLabel ? <Descriptions.Item label="最差水质类别">{s.worstClassLabel}类</Descriptions.Item> : null}
          <Descriptions.Item label="超标项目" span={2}>
            {s.exceedingItems.length === 0 ? (
              '无'
            ) : (
              <span style={{ color: RED }}>
                {s.exceedingItems
                  .map((e) =>
                    e.maxMultiple !== null
                      ? `${e.name}（${e.samples}个样品，最大超标倍数 ${e.maxMultiple}，${e.date}）`
                      : e.maxExcessDb !== null
                        ? `${e.name}（${e.samples}个样品，最大超标 ${e.maxExcessDb} dB，${e.date}）`
                        : `${e.name}（${e.samples}个样品）`,
                  )
                  .join('；')}
              </span>
            )}
          </Descriptions.Item>
          {s.noLimitItems.length > 0 ? (
            <Descriptions.Item label="标准无限值">
              <Typography.Text type="secondary">{s.noLimitItems.join('、')}</Typography.Text>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : null}
      <Table<LabSampleView> rowKey="date" size="small" bordered columns={columns} dataSource={point.samples} pagination={false} scroll={{ x: 240 + items.length * 130 }} />
      {trend && trend.series.length > 0 ? (
        <div style={{ marginTop: 16 }}>
          <Space style={{ marginBottom: 4 }}>
            <Typography.Text>趋势：</Typography.Text>
            <Select
              aria-label={`${point.point}趋势项目`}
              style={{ width: 200 }}
              value={shown}
              onChange={setChartItem}
              options={items.map((i) => ({ value: i.item, label: i.name }))}
            />
            {trend.noLimit ? <Typography.Text type="secondary">标准无限值</Typography.Text> : null}
          </Space>
          <ItemTrendChart trend={trend} year={year} />
        </div>
      ) : null}
    </Card>
  );
}
