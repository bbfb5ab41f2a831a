import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import { listAlarms, listStationAuthFailures, listStations, type AlarmView, type StationView } from '../../../api/monitoring';
import { dateTime } from '../../../components/formatting';
import { PageHeader } from '../../../components/PageHeader';
import { usePolling } from '../../../components/usePolling';
import { useCurrentPark } from '../../../park/ParkContext';
import { dataKindLabel, durationLabel, factorName } from '../labels';

const REFRESH_MS = 10_000;

type StateFilter = 'all' | 'ongoing' | 'ended';

/** An alarm's limit was an upper one when its peak lies above it (alarms keep only the bound they crossed). */
const isUpper = (a: AlarmView) => Number(a.peakValue) >= Number(a.limitValue);

export default function AlarmListPage() {
  const park = useCurrentPark();
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state');
  const state: StateFilter = stateParam === 'ongoing' || stateParam === 'ended' ? stateParam : 'all';
  const stationParam = Number(params.get('station'));
  const stationId = Number.isInteger(stationParam) && stationParam > 0 ? stationParam : undefined;

  const alarms = usePolling((signal) => listAlarms(park.code, signal), [park.code], REFRESH_MS);
  const stations = usePolling((signal) => listStations(park.code, signal), [park.code], null);
  const authFailures = usePolling((signal) => listStationAuthFailures(park.code, signal), [park.code], REFRESH_MS);
  const stationById = new Map<number, StationView>((stations.data ?? []).map((s) => [s.id, s]));

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const all = (alarms.data ?? []).filter((a) => stationId === undefined || a.stationId === stationId);
  const ongoing = all.filter((a) => a.endedAt === null);
  const shown = state === 'ongoing' ? ongoing : state === 'ended' ? all.filter((a) => a.endedAt !== null) : all;
  const now = Date.now();

  const unitOf = (a: AlarmView) => factorName(a.factorCode, stationById.get(a.stationId)?.systemCode).unit;
  const withUnit = (v: string, a: AlarmView) => {
    const unit = unitOf(a);
    return unit ? `${v} ${unit}` : v;
  };

  const columns: ColumnsType<AlarmView> = [
    {
      title: '站点',
      dataIndex: 'stationId',
      key: 'station',
      width: 160,
      render: (id: number) => <Link to={`/monitoring/stations/${id}`}>{stationById.get(id)?.name ?? `站点编号 ${id}`}</Link>,
    },
    {
      title: '因子',
      dataIndex: 'factorCode',
      key: 'factor',
      width: 170,
      render: (code: string, a) => (
        <span>
          {factorName(code, stationById.get(a.stationId)?.systemCode).name}
          <Typography.Text type="secondary" style={{ marginLeft: 6, fontFamily: 'monospace', fontSize: 12 }}>
            {code}
          </Typography.Text>
        </span>
      ),
    },
    { title: '数据类型', dataIndex: 'cn', key: 'cn', width: 90, render: (cn: string) => dataKindLabel(cn) },
    {
      title: '限值',
      dataIndex: 'limitValue',
      key: 'limit',
      width: 130,
      render: (v: string, a) => `${isUpper(a) ? '上限' : '下限'} ${withUnit(v, a)}`,
    },
    { title: '开始', dataIndex: 'startedAt', key: 'startedAt', width: 165, render: (v: string) => dateTime(v) },
    {
      title: '结束',
      dataIndex: 'endedAt',
      key: 'endedAt',
      width: 165,
      render: (v: string | null) =>
        v ? (
          dateTime(v)
        ) : (
          <Tag color="red" style={{ marginInlineEnd: 0 }}>
            持续中
          </Tag>
        ),
    },
    {
      title: '持续时长',
      key: 'duration',
      width: 110,
      render: (_: unknown, a) => {
        const end = a.endedAt ? Date.parse(a.endedAt) : now;
        const text = durationLabel(end - Date.parse(a.startedAt));
        return a.endedAt ? text : <Typography.Text type="danger">{`已 ${text}`}</Typography.Text>;
      },
    },
    {
      title: '峰值 / 峰值时间',
      dataIndex: 'peakValue',
      key: 'peak',
      render: (v: string, a) => (
        <div>
          <Typography.Text strong type="danger">
            {withUnit(v, a)}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dateTime(a.peakAt)}
            </Typography.Text>
          </div>
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="超标报警"
        subTitle="有效监测数据超出站点报警限值的时段；数据回到限值以内时报警结束"
        extra={
          <Button icon={<ReloadOutlined />} onClick={alarms.reload}>
            刷新
          </Button>
        }
      />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <Space wrap size={12}>
            <Segmented<StateFilter>
              aria-label="报警状态"
              value={state}
              onChange={(v) => setParam('state', v === 'all' ? undefined : v)}
              options={[
                { value: 'all', label: `全部（${all.length}）` },
                { value: 'ongoing', label: `持续中（${ongoing.length}）` },
                { value: 'ended', label: `已结束（${all.length - ongoing.length}）` },
              ]}
            />
            <Select
              aria-label="站点"
              allowClear
              showSearch
              placeholder="全部站点"
              style={{ width: 240 }}
              value={stationId}
              loading={stations.loading}
              optionFilterProp="label"
              onChange={(v: number | undefined) => setParam('station', v === undefined ? undefined : String(v))}
              options={(stations.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            />
          </Space>
          <Typography.Text type="secondary">
            每{REFRESH_MS / 1000}秒自动刷新{alarms.updatedAt ? `，更新于 ${dayjs(alarms.updatedAt).format('HH:mm:ss')}` : ''}
          </Typography.Text>
        </Flex>
        {(authFailures.data ?? [])
          .filter((f) => stationId === undefined || f.stationId === stationId)
          .slice(0, 5)
          .map((f) => (
            <Alert
              key={`auth-${f.id}`}
              type={f.suspectedGuessing ? 'error' : 'warning'}
              showIcon
              style={{ marginBottom: 8 }}
              message={`${stationById.get(f.stationId)?.name ?? `站点编号 ${f.stationId}`}：${f.text}`}
              description={`${dateTime(f.firstAt)} 至 ${dateTime(f.lastAt)}；请核对该站点数采仪的访问密码，非本园区设备的地址可交网络管理员封禁`}
            />
          ))}
        {alarms.error ? <Alert type="error" showIcon message="读取超标报警失败" description={alarms.error} style={{ marginBottom: 16 }} /> : null}
        <Table<AlarmView>
          rowKey="id"
          size="middle"
          bordered
          loading={alarms.loading}
          columns={columns}
          dataSource={shown}
          scroll={{ x: 1140 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 条报警` }}
          locale={{ emptyText: state === 'ongoing' ? '当前没有持续中的超标报警' : '暂无超标报警' }}
        />
      </Card>
    </>
  );
}
