import { Card, Col, Descriptions, Empty, Row, Segmented, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AirChartField, AirEvaluationOfYear, AirPointEvaluation } from '../../../api/airEvaluation';
import { AqiCalendar } from './AqiCalendar';
import { DailySeriesChart } from './DailySeriesChart';
import { AVERAGING_NAMES, POLLUTANT_NAMES } from './labels';

type Year = NonNullable<AirPointEvaluation['current']>;

const FIELDS: { value: AirChartField; label: string }[] = [
  { value: 'pm25', label: 'PM2.5' },
  { value: 'pm10', label: 'PM10' },
  { value: 'o3_8h', label: 'O₃-8h' },
  { value: 'no2', label: 'NO₂' },
  { value: 'so2', label: 'SO₂' },
  { value: 'co', label: 'CO' },
];

/** The tag every page shows on simulated data. */
export function SimulatedTag({ label }: { label: string | null }) {
  return label ? <Tag color="orange">{label}</Tag> : null;
}

/** 有效监测天数, 达标天数 and rate, 优良天数 and rate of a year. */
function YearFigures({ y }: { y: Year }) {
  const c = y.compliance;
  return (
    <Descriptions size="small" column={3} bordered>
      <Descriptions.Item label="有效监测天数">{c.monitoringDays} 天</Descriptions.Item>
      <Descriptions.Item label="达标天数">{c.compliantDays} 天</Descriptions.Item>
      <Descriptions.Item label="达标率">{c.complianceRate === null ? '—' : `${c.complianceRate}%`}</Descriptions.Item>
      <Descriptions.Item label="超标天数">{c.exceedingDays} 天</Descriptions.Item>
      <Descriptions.Item label="优良天数">{y.aqi.goodDays} 天</Descriptions.Item>
      <Descriptions.Item label="优良天数比例">{y.aqi.goodDayShare === null ? '—' : `${y.aqi.goodDayShare}%`}</Descriptions.Item>
    </Descriptions>
  );
}

function FactorTable({ y }: { y: Year }) {
  const rows = y.compliance.factors.map((f) => {
    const stats = y.pollutants.find((p) => p.pollutant === f.pollutant);
    return { ...f, stats };
  });
  return (
    <Table
      size="small"
      rowKey="pollutant"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: '因子', key: 'name', render: (_, r) => `${POLLUTANT_NAMES[r.pollutant]}（${AVERAGING_NAMES[r.averaging]}）` },
        { title: '有效天数', dataIndex: 'validDays', align: 'right' },
        { title: '超标天数', dataIndex: 'exceedingDays', align: 'right', render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n) },
        {
          title: '最大超标倍数',
          key: 'max',
          render: (_, r) => (r.maxExceedance ? <Typography.Text type="danger">{`${r.maxExceedance.multiple}（${r.maxExceedance.date}，${r.maxExceedance.value} ${r.unit}）`}</Typography.Text> : '—'),
        },
        {
          title: '年评价浓度',
          key: 'annual',
          render: (_, r) => {
            const s = r.stats;
            if (!s) return '—';
            const value = s.mean ?? s.percentile.value;
            const what = s.mean !== null ? '年平均' : `第${s.percentile.p}百分位数`;
            return value === null ? '—' : `${value} ${s.limits.unit}（${what}）`;
          },
        },
        {
          title: '年评价',
          key: 'attains',
          render: (_, r) => (r.stats?.attains === null || r.stats === undefined ? <Tag>数据不足</Tag> : r.stats.attains ? <Tag color="green">达标</Tag> : <Tag color="red">超标</Tag>),
        },
      ]}
    />
  );
}

/** One air point: the year's figures, the comparison with last year, its AQI calendar and daily values against the limit. */
export function StationCard({ point, evaluation }: { point: AirPointEvaluation; evaluation: AirEvaluationOfYear }) {
  const [field, setField] = useState<AirChartField>('pm25');
  const limit = evaluation.limits.find((l) => l.field === field && l.zoneClass === point.zoneClass);
  const y = point.current;
  return (
    <Card
      style={{ marginBottom: 16 }}
      data-testid={`air-point-${point.name}`}
      title={
        <Space wrap>
          <span>{point.name}</span>
          <Tag>{point.kindLabel}</Tag>
          {point.role ? <Tag color="blue">{point.roleLabel}</Tag> : null}
          <SimulatedTag label={point.dataLabel} />
        </Space>
      }
      extra={<Typography.Text type="secondary">{point.source ? `数据来源：${point.source}` : '无数据'}；GB 3095 {point.zoneClass === 1 ? '一' : '二'}级</Typography.Text>}
    >
      {point.zoneClassNote ? <Typography.Paragraph type="warning">{point.zoneClassNote}</Typography.Paragraph> : null}
      {!y ? (
        <Empty description={`${evaluation.year}年无数据`} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <YearFigures y={y} />
          </Col>
          <Col span={24}>
            <FactorTable y={y} />
          </Col>
          <Col span={24}>
            <Typography.Text strong>与上年比较：</Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {y.comparison.map((c) => (
                <li key={c.name}>{c.clause}</li>
              ))}
            </ul>
          </Col>
          <Col span={24}>
            <Tabs
              items={[
                { key: 'calendar', label: 'AQI 日历', children: <AqiCalendar daily={point.daily} year={evaluation.year} categories={evaluation.aqiCategories} /> },
                {
                  key: 'series',
                  label: '日均值变化',
                  children: (
                    <>
                      <Segmented options={FIELDS} value={field} onChange={(v) => setField(v as AirChartField)} />
                      {limit ? <DailySeriesChart daily={point.daily} field={field} limit={limit} /> : null}
                    </>
                  ),
                },
              ]}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
