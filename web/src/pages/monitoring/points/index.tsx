import { DeleteOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useAccess } from '../../../access';
import { errorMessage } from '../../../api/client';
import { listStations } from '../../../api/monitoring';
import { deletePoint, listPoints, type PointView } from '../../../api/monitoringPoints';
import { PageHeader } from '../../../components/PageHeader';
import { useRemote } from '../../../components/useRemote';
import { useCurrentPark } from '../../../park/ParkContext';
import { KIND_OPTIONS, ROLE_COLORS, ROLE_OPTIONS, STANDARD_NAMES, roleKey, standardNumber } from './labels';
import { PointFormModal } from './PointFormModal';
import { PointPlot } from './PointPlot';

/** Coordinates both ways: degrees-minutes-seconds as a report prints them, the decimal below. */
function Coordinate({ dms, decimal }: { dms: string; decimal: string }) {
  return (
    <div style={{ whiteSpace: 'nowrap' }}>
      <div>{dms}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
        {decimal}
      </Typography.Text>
    </div>
  );
}

export default function MonitoringPointsPage() {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const { message } = App.useApp();
  const points = useRemote((signal) => listPoints(park.code, signal), [park.code]);
  const stations = useRemote((signal) => (canWrite ? listStations(park.code, signal) : Promise.resolve([])), [park.code, canWrite]);
  // undefined: closed; null: 新增点位; a point: 编辑.
  const [editing, setEditing] = useState<PointView | null | undefined>(undefined);

  const list = points.data ?? [];

  const remove = async (p: PointView) => {
    try {
      await deletePoint(park.code, p.id);
      message.success(`已删除点位“${p.name}”`);
      points.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const columns: ColumnsType<PointView> = [
    {
      title: '点位名称',
      dataIndex: 'name',
      key: 'name',
      width: 130,
      render: (name: string, p) => (
        <Space size={4} direction="vertical">
          <Typography.Text strong>{name}</Typography.Text>
          {p.warnings.map((w) => (
            <Tooltip key={w} title={w}>
              <Tag color="warning">坐标待核对</Tag>
            </Tooltip>
          ))}
        </Space>
      ),
    },
    {
      title: '类型',
      dataIndex: 'kindLabel',
      key: 'kind',
      width: 95,
      filters: KIND_OPTIONS.map((k) => ({ text: k.label, value: k.value })),
      onFilter: (v, p) => p.kind === v,
    },
    {
      title: '性质',
      dataIndex: 'roleLabel',
      key: 'role',
      width: 85,
      filters: [...ROLE_OPTIONS.map((r) => ({ text: r.label, value: r.value })), { text: '无', value: 'none' }],
      onFilter: (v, p) => roleKey(p.role) === v,
      render: (label: string, p) => (p.role ? <Tag color={ROLE_COLORS[p.role]}>{label}</Tag> : <Typography.Text type="secondary">无</Typography.Text>),
    },
    {
      title: '经度（E）',
      key: 'longitude',
      width: 115,
      render: (_: unknown, p) => <Coordinate dms={p.longitudeDms} decimal={p.longitude} />,
    },
    {
      title: '纬度（N）',
      key: 'latitude',
      width: 105,
      render: (_: unknown, p) => <Coordinate dms={p.latitudeDms} decimal={p.latitude} />,
    },
    {
      title: '关联站点 MN',
      key: 'station',
      width: 215,
      render: (_: unknown, p) =>
        p.stationId === null ? (
          <Typography.Text type="secondary">未关联</Typography.Text>
        ) : (
          <div>
            <Link to={`/monitoring/stations/${p.stationId}`} style={{ fontFamily: 'monospace', fontSize: 13 }}>
              {p.stationMn}
            </Link>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {p.stationName}
              </Typography.Text>
            </div>
          </div>
        ),
    },
    {
      title: '执行标准',
      key: 'standard',
      width: 120,
      render: (_: unknown, p) =>
        p.standardCode ? (
          <Tooltip title={STANDARD_NAMES[p.standardCode]}>
            <span style={{ whiteSpace: 'nowrap' }}>
              {standardNumber(p.standardCode)} {p.standardClass ?? ''}
            </span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">未指定</Typography.Text>
        ),
    },
    {
      title: '监测项目',
      dataIndex: 'items',
      key: 'items',
      render: (items: string[]) => (items.length ? items.join('、') : <Typography.Text type="secondary">未填写</Typography.Text>),
    },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 120,
            render: (_: unknown, p: PointView) => (
              <Space size={4}>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} style={{ paddingInline: 0 }}>
                  编辑
                </Button>
                <Popconfirm title={`删除点位“${p.name}”？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(p)}>
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
        title="监测点位"
        subTitle="环境空气、地表水、地下水、土壤、噪声等监测点位的坐标、性质与执行标准"
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={points.reload}>
              刷新
            </Button>
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
                新增点位
              </Button>
            ) : null}
          </>
        }
      />
      {points.error ? <Alert type="error" showIcon message="读取监测点位失败" description={points.error} style={{ marginBottom: 16 }} /> : null}
      <Card title="点位分布图" size="small" style={{ marginBottom: 16 }} extra={<Typography.Text type="secondary">按经纬度绘制，横纵同比例（经度按所在纬度校正）</Typography.Text>}>
        <PointPlot points={list} />
      </Card>
      <Card styles={{ body: { padding: 16 } }}>
        <Typography.Paragraph style={{ marginBottom: 12 }}>共 {list.length} 个点位</Typography.Paragraph>
        <Table<PointView>
          rowKey="id"
          size="middle"
          bordered
          loading={points.loading}
          columns={columns}
          dataSource={list}
          scroll={{ x: 1100 }}
          pagination={list.length > 20 ? { pageSize: 20, showTotal: (t) => `共 ${t} 个点位` } : false}
          locale={{ emptyText: canWrite ? '尚未添加监测点位，点击“新增点位”添加' : '暂无监测点位' }}
        />
      </Card>
      {canWrite ? (
        <PointFormModal
          parkCode={park.code}
          point={editing ?? null}
          open={editing !== undefined}
          stations={stations.data ?? []}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            points.reload();
          }}
        />
      ) : null}
    </>
  );
}
