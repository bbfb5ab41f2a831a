import { EditOutlined, PlusOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { errorMessage } from '../../../api/client';
import { listParks, restorePark, retirePark } from '../../../api/parks';
import type { ParkSummary } from '../../../api/types';
import { dateTime } from '../../../components/formatting';
import { PageHeader } from '../../../components/PageHeader';
import { useRemote } from '../../../components/useRemote';
import { usePark } from '../../../park/ParkContext';
import { ParkFormModal } from './components/ParkFormModal';

/** 系统管理 → 园区管理: the administrator creates, edits, retires (停用) and restores parks. */
export default function ParkAdminPage() {
  const { message } = App.useApp();
  const { reload: reloadPicker } = usePark();
  const [showRetired, setShowRetired] = useState(true);
  const [editing, setEditing] = useState<{ park: ParkSummary | null } | null>(null);
  const parks = useRemote((signal) => listParks(signal, true), []);
  const rows = (parks.data ?? []).filter((p) => showRetired || !p.retiredAt);

  const changed = () => {
    parks.reload();
    reloadPicker();
  };
  const act = async (verb: () => Promise<unknown>, done: string) => {
    try {
      await verb();
      message.success(done);
      changed();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const columns: ColumnsType<ParkSummary> = [
    { title: '园区代码', dataIndex: 'code', width: 110, render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
    { title: '园区名称', dataIndex: 'name' },
    { title: '级别', dataIndex: 'level', width: 90 },
    { title: '所在行政区划', dataIndex: 'divisionName', render: (n: string | null, p) => `${n ?? '—'}（${p.divisionCode}）` },
    {
      title: '状态',
      dataIndex: 'retiredAt',
      width: 190,
      render: (r: string | null) => (r ? <Tag color="default">已停用 {dateTime(r).slice(0, 10)}</Tag> : <Tag color="green">使用中</Tag>),
    },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_, p) =>
        p.retiredAt ? (
          <Popconfirm
            title={`恢复园区 ${p.name}？`}
            description="恢复后园区重新出现在园区选择中，数据可以修改。"
            okText="恢复"
            cancelText="取消"
            onConfirm={() => act(() => restorePark(p.code), `已恢复园区 ${p.name}`)}
          >
            <Button size="small" icon={<RollbackOutlined />}>
              恢复
            </Button>
          </Popconfirm>
        ) : (
          <Space>
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ park: p })}>
              编辑
            </Button>
            <Popconfirm
              title={`停用园区 ${p.name}？`}
              description="停用后数据保留但只读，园区不再出现在园区选择中；可随时恢复。"
              okText="停用"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() => act(() => retirePark(p.code), `已停用园区 ${p.name}`)}
            >
              <Button size="small" danger icon={<StopOutlined />}>
                停用
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="园区管理"
        subTitle="新建园区，修改园区代码、名称、级别和所在行政区划，停用或恢复园区"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ park: null })}>
            新建园区
          </Button>
        }
      />
      <Card
        size="small"
        extra={
          <Space>
            <Typography.Text type="secondary">显示已停用园区</Typography.Text>
            <Switch aria-label="显示已停用园区" checked={showRetired} onChange={setShowRetired} size="small" />
          </Space>
        }
        title={`共 ${rows.length} 个园区`}
      >
        {parks.error ? <Alert type="error" showIcon message="读取园区失败" description={parks.error} style={{ marginBottom: 12 }} /> : null}
        <Table<ParkSummary> rowKey="code" size="middle" loading={parks.loading} columns={columns} dataSource={rows} pagination={false} />
      </Card>
      <ParkFormModal
        park={editing?.park ?? null}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          changed();
        }}
      />
    </>
  );
}
