import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Col, Descriptions, Empty, Flex, Result, Row, Segmented, Select, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAccess } from '../../../access';
import {
  getReceiverStats,
  getStationLatest,
  getStationSeries,
  listAlarms,
  listStations,
  type DataCn,
  type LatestReading,
  type StationView,
} from '../../../api/monitoring';
import { EMPTY, text } from '../../../components/formatting';
import { PageHeader } from '../../../components/PageHeader';
import { usePolling } from '../../../components/usePolling';
import { useCurrentPark } from '../../../park/ParkContext';
import { LimitTags, OnlineBadge, lastSeenText, useParkEnterprises } from '../components/common';
import { StationFormModal } from '../components/StationFormModal';
import { DATA_CNS, DATA_KIND_LABELS, DATA_KIND_SHORT, compareFactors, factorName, intervalLabel, systemLabel } from '../labels';
import { LatestReadings } from './components/LatestReadings';
import { ReceiverCard } from './components/ReceiverCard';
import { fitChartWindow } from './components/chartWindow';
import { SeriesChart, chartPoints } from './components/SeriesChart';

/** The chart and the latest values refresh this often. */
const REFRESH_MS = 5_000;

/** How far back the chart looks, per data kind. */
const WINDOWS: Record<DataCn, { ms: number; label: string }> = {
  '2011': { ms: 3600_000, label: '最近1小时' },
  '2051': { ms: 6 * 3600_000, label: '最近6小时' },
  '2061': { ms: 24 * 3600_000, label: '最近24小时' },
  '2031': { ms: 31 * 86400_000, label: '最近31天' },
};

/** The factor the chart starts with: one with a limit, else the first of the dictionary. */
function defaultFactor(codes: string[], station: StationView): string | undefined {
  return codes.find((c) => station.limits.some((l) => l.factorCode === c)) ?? codes[0];
}

function StationChart({ station, parkCode, latest }: { station: StationView; parkCode: string; latest: LatestReading[] }) {
  const kindsWithData = DATA_CNS.filter((cn) => latest.some((l) => l.cn === cn));
  const [chosenCn, setCn] = useState<DataCn | undefined>(undefined);
  const cn: DataCn = chosenCn ?? kindsWithData[0] ?? '2011';
  const [chosenFactor, setFactor] = useState<string | undefined>(undefined);

  const series = usePolling(
    async (signal) => {
      const to = Date.now();
      const from = to - WINDOWS[cn].ms;
      const points = await getStationSeries(parkCode, station.id, { cn, from: new Date(from), to: new Date(to) }, signal);
      return { from, to, points };
    },
    [parkCode, station.id, cn],
    REFRESH_MS,
  );

  // Factors to choose from: those of the latest reading of this kind, those in the window, and those with a limit.
  const factorCodes = useMemo(() => {
    const codes = new Set<string>();
    for (const l of latest) if (l.cn === cn) for (const c of Object.keys(l.factors)) codes.add(c);
    for (const p of series.data?.points ?? []) for (const c of Object.keys(p.factors)) codes.add(c);
    for (const l of station.limits) codes.add(l.factorCode);
    return [...codes].sort(compareFactors);
  }, [latest, cn, series.data, station.limits]);
  const factor = chosenFactor && factorCodes.includes(chosenFactor) ? chosenFactor : defaultFactor(factorCodes, station);
  const limit = station.limits.find((l) => l.factorCode === factor);
  const points = useMemo(
    () => (factor && series.data ? chartPoints(series.data.points, cn, factor, limit) : []),
    [series.data, cn, factor, limit],
  );
  // The axis spans the data (at least a thirtieth of the window: 2 minutes of the hour), not the whole window fetched.
  const shown = useMemo(
    () => (series.data ? fitChartWindow(points.map((p) => p.t), series.data, WINDOWS[cn].ms / 30) : null),
    [points, series.data, cn],
  );
  const info = factor ? factorName(factor, station.systemCode) : null;
  const invalid = points.filter((p) => !p.valid).length;
  const exceeding = points.filter((p) => p.exceeds).length;

  return (
    <Card
      title={
        <Space size={10}>
          实时曲线
          <Badge status="processing" text={<Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>每{REFRESH_MS / 1000}秒刷新</Typography.Text>} />
        </Space>
      }
      extra={
        <Space wrap>
          <Select
            aria-label="监测因子"
            style={{ width: 220 }}
            value={factor}
            placeholder="选择因子"
            onChange={setFactor}
            showSearch
            optionFilterProp="label"
            options={factorCodes.map((c) => ({ value: c, label: `${factorName(c, station.systemCode).name}（${c}）` }))}
          />
          <Segmented<DataCn>
            aria-label="数据类型"
            value={cn}
            onChange={(v) => setCn(v)}
            options={DATA_CNS.map((c) => ({ value: c, label: DATA_KIND_SHORT[c] }))}
          />
        </Space>
      }
    >
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 4 }}>
        <Typography.Text type="secondary" data-testid="series-summary">
          {WINDOWS[cn].label}{DATA_KIND_LABELS[cn]}：{points.length} 个数据点
          {invalid > 0 ? `，无效 ${invalid} 个` : ''}
          {exceeding > 0 ? `，超标 ${exceeding} 个` : ''}
          {limit ? '' : info ? '（该因子未设置报警限值）' : ''}
        </Typography.Text>
        <Typography.Text type="secondary">
          {series.updatedAt ? `更新于 ${dayjs(series.updatedAt).format('HH:mm:ss')}` : ''}
        </Typography.Text>
      </Flex>
      {series.error ? <Alert type="error" showIcon message="读取数据序列失败" description={series.error} style={{ marginBottom: 12 }} /> : null}
      {series.loading && !series.data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : points.length === 0 || !info || !shown ? (
        <Empty
          style={{ padding: '48px 0' }}
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={factor ? `${WINDOWS[cn].label}没有${info?.name ?? factor}的${DATA_KIND_LABELS[cn]}` : `${WINDOWS[cn].label}没有${DATA_KIND_LABELS[cn]}`}
        />
      ) : (
        <SeriesChart
          points={points}
          cn={cn}
          from={shown.from}
          to={shown.to}
          limit={limit}
          factorLabel={info.name}
          unit={info.unit}
        />
      )}
    </Card>
  );
}

export default function StationDetailPage() {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const stations = usePolling((signal) => listStations(park.code, signal), [park.code], REFRESH_MS);
  const station = stations.data?.find((s) => s.id === id);
  const latest = usePolling((signal) => getStationLatest(park.code, id, signal), [park.code, id], REFRESH_MS);
  const alarms = usePolling((signal) => listAlarms(park.code, signal), [park.code], 2 * REFRESH_MS);
  // The counters of every running receiver, in this server's process (`parkeco start`) or alone (`parkeco ingest`).
  const receivers = usePolling((signal) => getReceiverStats(signal), [], REFRESH_MS);
  const running = receivers.data?.receivers.filter((r) => r.running) ?? [];
  const enterprises = useParkEnterprises(park.code);
  const [editing, setEditing] = useState(false);
  const [latestCn, setLatestCn] = useState<string | undefined>(undefined);

  if (stations.error && !stations.data) return <Alert type="error" showIcon message="读取监测站点失败" description={stations.error} />;
  if (!stations.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (!station) {
    return (
      <Result
        status="404"
        title="未找到该监测站点"
        subTitle={`当前园区（${park.name}）没有编号为 ${id} 的站点，可能已被删除或属于其他园区。`}
        extra={
          <Link to="/monitoring/stations">
            <Button type="primary">返回监测站点</Button>
          </Link>
        }
      />
    );
  }

  const stationAlarms = (alarms.data ?? []).filter((a) => a.stationId === station.id);
  const ongoing = stationAlarms.filter((a) => a.endedAt === null).length;
  const enterprise = station.enterpriseId !== null ? enterprises.byId.get(station.enterpriseId) : undefined;

  return (
    <>
      <PageHeader
        title={
          <Space size={12}>
            {station.name}
            <span style={{ fontSize: 14, fontWeight: 'normal' }}>
              <OnlineBadge station={station} />
            </span>
            {station.dataLabel ? <Tag color="orange">{station.dataLabel}</Tag> : null}
          </Space>
        }
        subTitle={`MN ${station.mn} · ${systemLabel(station.systemCode)}`}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/monitoring/stations')}>
              返回站点列表
            </Button>
            {canWrite ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                编辑
              </Button>
            ) : null}
          </>
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={running.length ? 16 : 24}>
            <Card size="small" title="站点信息" style={{ height: '100%' }}>
              <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: running.length ? 2 : 3, xxl: 3 }}>
                <Descriptions.Item label="MN">
                  <Typography.Text style={{ fontFamily: 'monospace' }}>{station.mn}</Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label="系统编码">{systemLabel(station.systemCode)}</Descriptions.Item>
                <Descriptions.Item label="在线状态">
                  <OnlineBadge station={station} />
                </Descriptions.Item>
                <Descriptions.Item label="最后上报时间">{lastSeenText(station.lastSeenAt)}</Descriptions.Item>
                <Descriptions.Item label="上报间隔">{intervalLabel(station.uploadIntervalSeconds)}</Descriptions.Item>
                <Descriptions.Item label="所属企业">
                  {station.enterpriseId === null ? (
                    '园区站点'
                  ) : (
                    <Link to={`/enterprises/${station.enterpriseId}`}>{enterprise?.name ?? `企业编号 ${station.enterpriseId}`}</Link>
                  )}
                </Descriptions.Item>
                <Descriptions.Item label="位置">{text(station.location)}</Descriptions.Item>
                <Descriptions.Item label="经纬度">
                  {station.longitude && station.latitude ? `${station.longitude}, ${station.latitude}` : EMPTY}
                </Descriptions.Item>
                <Descriptions.Item label="报警限值" span={2}>
                  <LimitTags station={station} />
                </Descriptions.Item>
                <Descriptions.Item label="超标报警" span={2}>
                  <Space size={8}>
                    {ongoing > 0 ? <Tag color="red">持续中 {ongoing} 条</Tag> : <Tag color="green">无持续中的报警</Tag>}
                    <Typography.Text type="secondary">累计 {stationAlarms.length} 条</Typography.Text>
                    <Link to={`/monitoring/alarms?station=${station.id}`}>查看报警记录</Link>
                  </Space>
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
          {running.length ? (
            <Col xs={24} xl={8}>
              {/* The cards share the height of 站点信息 beside them. */}
              <div style={{ display: 'flex', flexDirection: 'column', gap: 16, height: '100%' }}>
                {running.map((r) => (
                  <ReceiverCard key={r.id} stats={r} named={running.length > 1} />
                ))}
              </div>
            </Col>
          ) : null}
        </Row>
        <Card title="最新数据" size="small" styles={{ body: { paddingTop: 0 } }}>
          {latest.error ? <Alert type="error" showIcon message="读取最新数据失败" description={latest.error} style={{ marginTop: 12 }} /> : null}
          {latest.data ? (
            <LatestReadings latest={latest.data} station={station} activeCn={latestCn} onCnChange={setLatestCn} />
          ) : latest.error ? null : (
            <Skeleton active style={{ marginTop: 12 }} />
          )}
        </Card>
        <StationChart station={station} parkCode={park.code} latest={latest.data ?? []} />
      </Space>
      {canWrite ? (
        <StationFormModal
          parkCode={park.code}
          station={station}
          open={editing}
          enterprises={enterprises.items}
          enterprisesLoading={enterprises.loading}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            stations.reload();
          }}
        />
      ) : null}
    </>
  );
}
