import { Alert, Card, Col, Empty, Row, Select, Skeleton, Space, Statistic, Typography } from 'antd';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { getOverview, getPark } from '../../api/parks';
import type { LedgerStats } from '../../api/types';
import { EChart, type ChartOption } from '../../components/EChart';
import { EMPTY, yearOptions } from '../../components/formatting';
import { PageHeader } from '../../components/PageHeader';
import { isReportYear } from '../../components/reportYear';
import { useReportYear } from '../../components/useReportYear';
import { useRemote } from '../../components/useRemote';
import { ENTERPRISE_STATUSES, ENTERPRISE_STATUS_LABELS, PERMIT_CLASSES, PERMIT_CLASS_LABELS } from '../../labels';
import { useCurrentPark } from '../../park/ParkContext';

const STATUS_CHART_COLORS = ['#52c41a', '#1677ff', '#fa8c16', '#8c8c8c', '#f5222d'];

function statusPie(stats: LedgerStats): ChartOption {
  return {
    color: STATUS_CHART_COLORS,
    tooltip: { trigger: 'item', formatter: '{b}：{c}家（{d}%）' },
    legend: { bottom: 0 },
    series: [
      {
        name: '企业状态',
        type: 'pie',
        radius: ['42%', '68%'],
        center: ['50%', '44%'],
        label: { formatter: '{b}\n{c}家' },
        data: ENTERPRISE_STATUSES.map((s) => ({ name: ENTERPRISE_STATUS_LABELS[s], value: stats.byStatus[s] })).filter(
          (d) => d.value > 0,
        ),
      },
    ],
  };
}

function permitBar(stats: LedgerStats): ChartOption {
  const cats = [...PERMIT_CLASSES.map((c) => `${PERMIT_CLASS_LABELS[c]}管理`), '未取得'];
  const values = [...PERMIT_CLASSES.map((c) => stats.permit.byClass[c]), stats.permit.notHeld];
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 40, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: cats },
    yAxis: { type: 'value', minInterval: 1, name: '家' },
    series: [
      {
        name: '企业数',
        type: 'bar',
        barMaxWidth: 48,
        data: values.map((v, i) => ({ value: v, itemStyle: { color: i === cats.length - 1 ? '#bfbfbf' : '#1677ff' } })),
        label: { show: true, position: 'top' },
      },
    ],
  };
}

function FigureCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card size="small" title={title} style={{ height: '100%' }} styles={{ body: { padding: '16px 20px' } }}>
      {children}
    </Card>
  );
}

export default function HomePage() {
  const park = useCurrentPark();
  const profile = useRemote((signal) => getPark(park.code, signal), [park.code]);
  // 辖区园区 opens a park's home at the year it was comparing (?year=).
  const [params] = useSearchParams();
  const [year, setYear] = useReportYear();
  const yearParam = Number(params.get('year'));
  // That year becomes the user's choice, as if picked here.
  useEffect(() => {
    if (isReportYear(yearParam)) setYear(yearParam);
  }, [yearParam, setYear]);

  const overview = useRemote((signal) => getOverview(park.code, year, signal), [park.code, year]);
  const figureYears = useMemo(() => (profile.data?.yearlyFigures ?? []).map((f) => f.year), [profile.data]);
  const o = overview.data;
  const s = o?.stats;

  return (
    <>
      <PageHeader
        title="园区概览"
        subTitle={`${park.name} · ${park.level}${park.divisionName ? ` · ${park.divisionName}` : ''} · 数据来自企业档案（一企一档）`}
        extra={
          <Space>
            <Typography.Text type="secondary">统计年度</Typography.Text>
            <Select
              aria-label="统计年度"
              style={{ width: 120 }}
              value={year}
              onChange={setYear}
              options={yearOptions(figureYears)}
            />
          </Space>
        }
      />
      {overview.error ? <Alert type="error" showIcon message="读取年度概况失败" description={overview.error} /> : null}
      {!s || overview.loading ? (
        overview.error ? null : <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={12} xl={6}>
              <FigureCard title="入园企业">
                <Statistic value={s.total} suffix="家" />
                <Typography.Text type="secondary">
                  正常生产 {s.byStatus.operating} · 试生产 {s.byStatus.trial} · 在建 {s.byStatus.construction}
                  {s.byStatus.suspended ? ` · 停产 ${s.byStatus.suspended}` : ''}
                </Typography.Text>
              </FigureCard>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <FigureCard title="已办环评">
                <Statistic value={s.eia.withApproval} suffix="家" />
                <Typography.Text type="secondary">
                  环评文件 {s.eia.approvals} 个 · 未办 {s.eia.withoutApproval} 家
                </Typography.Text>
              </FigureCard>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <FigureCard title="竣工环保验收">
                <Statistic value={s.acceptance.done} suffix="家已完成" />
                <Typography.Text type="secondary">
                  未完成 {s.acceptance.notDone} · 不适用 {s.acceptance.notApplicable}
                </Typography.Text>
              </FigureCard>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <FigureCard title="应急预案">
                <Statistic value={s.emergencyPlan.filed} suffix={`/ ${s.emergencyPlan.required} 家`} />
                <Typography.Text type="secondary">已备案 / 应备案 · 未备案 {s.emergencyPlan.notFiled}</Typography.Text>
              </FigureCard>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <FigureCard title="排污许可">
                <Statistic value={s.permit.held} suffix="家已取得" />
                <Typography.Text type="secondary">
                  重点 {s.permit.byClass.key} · 简化 {s.permit.byClass.simplified} · 登记 {s.permit.byClass.registration}
                </Typography.Text>
              </FigureCard>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <FigureCard title="年度变动">
                <Statistic value={s.movement.enteredInYear} suffix="家新入园" />
                <Typography.Text type="secondary">
                  上年末 {s.movement.atPreviousYearEnd} 家 · 本年清退 {s.movement.clearedInYear} 家
                </Typography.Text>
              </FigureCard>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <FigureCard title="工业总产值">
                {o.figures?.industrialOutputYiYuan != null ? (
                  <Statistic value={String(o.figures.industrialOutputYiYuan)} suffix="亿元" />
                ) : (
                  <Statistic value={EMPTY} />
                )}
                <Typography.Text type="secondary">{o.year}年度</Typography.Text>
              </FigureCard>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <FigureCard title="工业增加值">
                {o.figures?.industrialAddedValueYiYuan != null ? (
                  <Statistic value={String(o.figures.industrialAddedValueYiYuan)} suffix="亿元" />
                ) : (
                  <Statistic value={EMPTY} />
                )}
                <Typography.Text type="secondary">{o.year}年度</Typography.Text>
              </FigureCard>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card title="企业生产状态" size="small">
                {s.total + s.byStatus.cleared > 0 ? <EChart option={statusPie(s)} /> : <Empty description="暂无企业" />}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title="排污许可管理类别" size="small">
                {s.total > 0 ? <EChart option={permitBar(s)} /> : <Empty description="暂无企业" />}
              </Card>
            </Col>
          </Row>
          <Card title="年度报告统计段落" size="small">
            <Typography.Paragraph style={{ textIndent: '2em', lineHeight: 2, fontSize: 15, marginBottom: 0 }} copyable>
              {o.statsText}
            </Typography.Paragraph>
          </Card>
        </Space>
      )}
    </>
  );
}
