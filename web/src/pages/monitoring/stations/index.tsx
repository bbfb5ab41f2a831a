import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useAccess } from '../../../access';
import { listStations, type StationView } from '../../../api/monitoring';
import { dateTime } from '../../../components/formatting';
import { PageHeader } from '../../../components/PageHeader';
import { usePolling } from '../../../components/usePolling';
import { useCurrentPark } from '../../../park/ParkContext';
import { OnlineBadge, lastSeenText, limitText, useParkEnterprises } from '../components/common';
import { StationFormModal } from '../components/StationFormModal';
import { factorName, intervalLabel, systemName } from '../labels';

/** How often the list asks again, so 在线/离线 follows the loggers. */
const REFRESH_MS = 10_000;

export default function StationListPage() {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const stations = usePolling((signal) => listStations(park.code, signal), [park.code], REFRESH_MS);
  const enterprises = useParkEnterprises(park.code);
  // undefined: closed; null: 登记站点; a station: 编辑.
  const [editing, setEditing] = useState<StationView | null | undefined>(undefined);

  const list = stations.data ?? [];
  const online = list.filter((s) => s.active && s.online).length;

  const columns: ColumnsType<StationView> = [
    {
      title: '站点名称',
      dataIndex: 'name',
      key: 'name',
      width: 160,
      render: (name: string, s) => (
        <Space size={6} wrap>
          <Link to={`/monitoring/stations/${s.id}`}>{name}</Link>
          {s.active ? null : <Tag>停用</Tag>}
          {s.dataLabel ? <Tag color="orange">{s.dataLabel}</Tag> : null}
        </Space>
      ),
    },
    {
      title: 'MN',
      dataIndex: 'mn',
      key: 'mn',
      width: 210,
      render: (mn: string) => <Typography.Text style={{ fontFamily: 'monospace', fontSize: 13, whiteSpace: 'nowrap' }}>{mn}</Typography.Text>,
    },
    {
      title: '系统编码',
      dataIndex: 'systemCode',
      key: 'systemCode',
      width: 125,
      render: (code: string) => (
        <span>
          <Typography.Text style={{ fontFamily: 'monospace' }}>{code}</Typography.Text>{' '}
          {systemName(code) ?? <Typography.Text type="secondary">未知系统</Typography.Text>}
        </span>
      ),
    },
    {
      title: '所属企业',
      dataIndex: 'enterpriseId',
      key: 'enterpriseId',
      width: 140,
      render: (id: number | null) =>
        id === null ? (
          <Typography.Text type="secondary">园区站点</Typography.Text>
        ) : (
          <Link to={`/enterprises/${id}`}>{enterprises.byId.get(id)?.name ?? `企业编号 ${id}`}</Link>
        ),
    },
    {
      title: '在线 / 最后上报',
      key: 'online',
      width: 165,
      filters: [
        { text: '在线', value: 'online' },
        { text: '离线', value: 'offline' },
      ],
      onFilter: (v, s) => (v === 'online' ? s.active && s.online : !(s.active && s.online)),
      render: (_: unknown, s) => (
        <div>
          <OnlineBadge station={s} />
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {s.lastSeenAt ? dateTime(s.lastSeenAt) : lastSeenText(s.lastSeenAt)}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: '上报间隔',
      dataIndex: 'uploadIntervalSeconds',
      key: 'uploadIntervalSeconds',
      width: 85,
      align: 'right',
      render: (s: number) => intervalLabel(s),
    },
    {
      title: '报警限值',
      key: 'limits',
      render: (_: unknown, s) =>
        s.limits.length === 0 ? (
          <Typography.Text type="secondary">未设置</Typography.Text>
        ) : (
          s.limits.map((l) => (
            <div key={l.factorCode}>
              {factorName(l.factorCode, s.systemCode).name}：<span style={{ whiteSpace: 'nowrap' }}>{limitText(l, s.systemCode)}</span>
            </div>
          ))
        ),
    },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 75,
            render: (_: unknown, s: StationView) => (
              <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(s)} style={{ paddingInline: 0 }}>
                编辑
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="监测站点"
        subTitle="按 HJ 212 协议上报数据的空气、水质等在线监测站点及其在线状态"
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={stations.reload}>
              刷新
            </Button>
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
                登记站点
              </Button>
            ) : null}
          </>
        }
      />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Typography.Text>
            共 {list.length} 个站点，在线 <Typography.Text strong style={{ color: '#52c41a' }}>{online}</Typography.Text> 个
          </Typography.Text>
          <Typography.Text type="secondary">
            每{REFRESH_MS / 1000}秒自动刷新{stations.updatedAt ? `，更新于 ${dayjs(stations.updatedAt).format('HH:mm:ss')}` : ''}
          </Typography.Text>
        </Flex>
        {stations.error ? (
          <Alert type="error" showIcon message="读取监测站点失败" description={stations.error} style={{ marginBottom: 16 }} />
        ) : null}
        <Table<StationView>
          rowKey="id"
          size="middle"
          bordered
          loading={stations.loading}
          columns={columns}
          dataSource={list}
          scroll={{ x: 1120 }}
          pagination={list.length > 20 ? { pageSize: 20, showTotal: (t) => `共 ${t} 个站点` } : false}
          locale={{ emptyText: canWrite ? '尚未登记监测站点，点击“登记站点”添加' : '暂无监测站点' }}
        />
      </Card>
      {canWrite ? (
        <StationFormModal
          parkCode={park.code}
          station={editing ?? null}
          open={editing !== undefined}
          enterprises={enterprises.items}
          enterprisesLoading={enterprises.loading}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            stations.reload();
          }}
        />
      ) : null}
    </>
  );
}
