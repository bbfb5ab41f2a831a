import { RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { lookupDivision } from '../../../../src/domain/regions/index';
import { useAccess } from '../../access';
import { getRegionParks, type RegionPark } from '../../api/region';
import type { LedgerStats } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { EChart, type ChartOption } from '../../components/EChart';
import { yearOptions } from '../../components/formatting';
import { PageHeader } from '../../components/PageHeader';
import { isReportYear } from '../../components/reportYear';
import { useReportYear } from '../../components/useReportYear';
import { useRemote } from '../../components/useRemote';
import { usePark } from '../../park/ParkContext';

/** The figures compared, in the order of the table's columns. */
const FIGURES: { label: string; value: (s: LedgerStats) => number }[] = [
  { label: '入园企业', value: (s) => s.total },
  { label: '正常生产', value: (s) => s.byStatus.operating },
  { label: '在建', value: (s) => s.byStatus.construction },
  { label: '已办环评', value: (s) => s.eia.withApproval },
  { label: '验收完成', value: (s) => s.acceptance.done },
  { label: '验收未完成', value: (s) => s.acceptance.notDone },
  { label: '应急预案已备案', value: (s) => s.emergencyPlan.filed },
  { label: '排污许可重点', value: (s) => s.permit.byClass.key },
  { label: '排污许可简化', value: (s) => s.permit.byClass.simplified },
  { label: '排污许可登记', value: (s) => s.permit.byClass.registration },
];

const PARK_COLORS = ['#1677ff', '#52c41a', '#fa8c16', '#722ed1', '#13c2c2', '#eb2f96', '#faad14', '#2f54eb'];

function comparisonChart(parks: RegionPark[]): ChartOption {
  return {
    color: PARK_COLORS,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 16, top: 40, bottom: 56 },
    xAxis: { type: 'category', data: FIGURES.map((f) => f.label), axisLabel: { interval: 0, rotate: 0 } },
    yAxis: { type: 'value', minInterval: 1, name: '家' },
    series: parks.map((p) => ({
      name: p.name,
      type: 'bar' as const,
      barMaxWidth: 36,
      label: { show: parks.length <= 3, position: 'top' as const },
      data: FIGURES.map((f) => f.value(p.stats)),
    })),
  };
}

export default function RegionPage() {
  const { user } = useAuth();
  const access = useAccess();
  const { selectPark } = usePark();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [chosenYear, chooseYear] = useReportYear();
  // A link may name the year (?year=); otherwise the user's year.
  const yearParam = Number(params.get('year'));
  const year = isReportYear(yearParam) ? yearParam : chosenYear;
  const region = useRemote((signal) => getRegionParks(year, signal), [year]);
  const parks = region.data?.parks ?? [];

  const open = (p: RegionPark) => {
    selectPark(p.code);
    navigate(`/?year=${year}`);
  };

  const regionName = user.regionCode ? (lookupDivision(user.regionCode)?.fullName ?? user.regionCode) : null;
  const subTitle = access.isReviewer
    ? `${regionName ?? '所辖区划'}内的园区及其关键数字（只读），点击园区进入其首页`
    : '您可访问的园区及其关键数字，点击园区进入其首页';

  const columns: ColumnsType<RegionPark> = [
    {
      title: '园区',
      key: 'park',
      fixed: 'left',
      width: 220,
      render: (_: unknown, p) => (
        <Space direction="vertical" size={0}>
          <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => open(p)}>
            {p.name}
            <RightOutlined style={{ fontSize: 11 }} />
          </Button>
          <Space size={6}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.code}
            </Typography.Text>
            {p.access === 'read' ? <Tag color="orange">只读</Tag> : <Tag color="green">可编辑</Tag>}
          </Space>
        </Space>
      ),
    },
    { title: '级别', dataIndex: 'level', key: 'level', width: 60, align: 'center' },
    { title: '区划', key: 'division', width: 150, render: (_: unknown, p) => p.divisionName ?? p.divisionCode },
    { title: '入园企业', key: 'total', width: 76, align: 'center', render: (_: unknown, p) => p.stats.total },
    {
      title: '生产状态',
      children: [
        { title: '正常生产', key: 'operating', width: 76, align: 'center', render: (_: unknown, p) => p.stats.byStatus.operating },
        { title: '在建', key: 'construction', width: 56, align: 'center', render: (_: unknown, p) => p.stats.byStatus.construction },
      ],
    },
    {
      title: '环评',
      children: [
        { title: '已办', key: 'eia', width: 56, align: 'center', render: (_: unknown, p) => p.stats.eia.withApproval },
        { title: '未办', key: 'noEia', width: 56, align: 'center', render: (_: unknown, p) => p.stats.eia.withoutApproval },
      ],
    },
    {
      title: '竣工环保验收',
      children: [
        { title: '完成', key: 'accDone', width: 56, align: 'center', render: (_: unknown, p) => p.stats.acceptance.done },
        {
          title: '未完成',
          key: 'accNotDone',
          width: 64,
          align: 'center',
          render: (_: unknown, p) =>
            p.stats.acceptance.notDone > 0 ? <Typography.Text type="warning">{p.stats.acceptance.notDone}</Typography.Text> : 0,
        },
      ],
    },
    {
      title: '应急预案已备案',
      key: 'plans',
      width: 104,
      align: 'center',
      render: (_: unknown, p) => (
        <span title="已备案 / 应备案">
          {p.stats.emergencyPlan.filed} / {p.stats.emergencyPlan.required}
        </span>
      ),
    },
    {
      title: '排污许可',
      children: [
        { title: '重点', key: 'key', width: 52, align: 'center', render: (_: unknown, p) => p.stats.permit.byClass.key },
        { title: '简化', key: 'simplified', width: 52, align: 'center', render: (_: unknown, p) => p.stats.permit.byClass.simplified },
        { title: '登记', key: 'registration', width: 52, align: 'center', render: (_: unknown, p) => p.stats.permit.byClass.registration },
      ],
    },
  ];

  const sum = (f: (s: LedgerStats) => number) => parks.reduce((n, p) => n + f(p.stats), 0);

  return (
    <>
      <PageHeader
        title="辖区园区"
        subTitle={subTitle}
        extra={
          <Space>
            <Typography.Text type="secondary">统计年度</Typography.Text>
            <Select
              aria-label="统计年度"
              style={{ width: 120 }}
              value={year}
              onChange={(y: number) => {
                chooseYear(y);
                setParams({ year: String(y) }, { replace: true });
              }}
              options={yearOptions([year])}
            />
          </Space>
        }
      />
      {region.error ? <Alert type="error" showIcon message="读取辖区园区失败" description={region.error} style={{ marginBottom: 16 }} /> : null}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card styles={{ body: { padding: 16 } }}>
          <Table<RegionPark>
            rowKey="code"
            size="middle"
            bordered
            loading={region.loading}
            columns={columns}
            dataSource={parks}
            pagination={false}
            scroll={{ x: 1120 }}
            onRow={(p) => ({ onDoubleClick: () => open(p) })}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={access.isReviewer ? `${regionName ?? '所辖区划'}内暂无纳入本平台的园区` : '暂无可访问的园区'}
                />
              ),
            }}
            summary={() =>
              parks.length > 1 ? (
                <Table.Summary fixed>
                  <Table.Summary.Row style={{ background: '#fafafa', fontWeight: 600 }}>
                    <Table.Summary.Cell index={0} colSpan={3}>
                      合计（{parks.length} 个园区）
                    </Table.Summary.Cell>
                    {[
                      sum((s) => s.total),
                      sum((s) => s.byStatus.operating),
                      sum((s) => s.byStatus.construction),
                      sum((s) => s.eia.withApproval),
                      sum((s) => s.eia.withoutApproval),
                      sum((s) => s.acceptance.done),
                      sum((s) => s.acceptance.notDone),
                      `${sum((s) => s.emergencyPlan.filed)} / ${sum((s) => s.emergencyPlan.required)}`,
                      sum((s) => s.permit.byClass.key),
                      sum((s) => s.permit.byClass.simplified),
                      sum((s) => s.permit.byClass.registration),
                    ].map((v, i) => (
                      <Table.Summary.Cell key={i} index={i + 3} align="center">
                        {v}
                      </Table.Summary.Cell>
                    ))}
                  </Table.Summary.Row>
                </Table.Summary>
              ) : null
            }
          />
        </Card>
        <Card title={`园区关键数字对比（${year}年）`} size="small">
          {parks.length > 0 ? (
            <EChart option={comparisonChart(parks)} height={340} />
          ) : (
            <Empty description={region.loading ? '加载中…' : '暂无可对比的园区'} />
          )}
        </Card>
      </Space>
      {parks.length === 0 && !region.loading ? null : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          统计口径与园区首页、年度自评估报告一致：入园企业不含已清退企业；“应急预案已备案”为已备案数 / 应备案数。
        </Typography.Paragraph>
      )}
    </>
  );
}
