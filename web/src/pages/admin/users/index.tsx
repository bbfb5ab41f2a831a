import { KeyOutlined, LogoutOutlined, PlusOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../../../api/client';
import type { ParkSummary, Role } from '../../../api/types';
import { listUsers, revokeUserSessions, setUserActive, type UserView } from '../../../api/users';
import { useAuth } from '../../../auth/AuthContext';
import { PageHeader } from '../../../components/PageHeader';
import { useRemote } from '../../../components/useRemote';
import { ROLE_COLORS, ROLE_LABELS } from '../../../labels';
import { usePark } from '../../../park/ParkContext';
import { ResetPasswordModal } from './components/ResetPasswordModal';
import { UserFormModal } from './components/UserFormModal';

/** 负责园区 / 所辖区划 / 所属企业, by role. */
function scopeOf(u: UserView, parks: ParkSummary[]): ReactNode {
  switch (u.role) {
    case 'admin':
      return <Typography.Text type="secondary">全部园区</Typography.Text>;
    case 'officer':
    case 'steward':
      return u.parkCodes.length === 0 ? (
        <Typography.Text type="warning">未分配园区</Typography.Text>
      ) : (
        <Space size={[4, 4]} wrap>
          {u.parkCodes.map((code) => (
            <Tag key={code} title={code}>
              {parks.find((p) => p.code === code)?.name ?? code}
            </Tag>
          ))}
        </Space>
      );
    case 'reviewer':
      return u.regionCode ? (
        <span>
          所辖区划：{u.regionName ?? u.regionCode}
          <Typography.Text type="secondary">（{u.regionCode}）</Typography.Text>
        </span>
      ) : (
        <Typography.Text type="warning">未设置区划</Typography.Text>
      );
    case 'enterprise': {
      if (u.enterpriseId === null) return <Typography.Text type="warning">未关联企业</Typography.Text>;
      const parkName = parks.find((p) => p.code === u.enterpriseParkCode)?.name ?? u.enterpriseParkCode;
      return u.enterpriseName ? (
        <span>
          所属企业：{u.enterpriseName}
          <Typography.Text type="secondary">（{parkName}）</Typography.Text>
        </span>
      ) : (
        <span>所属企业：编号 {u.enterpriseId}</span>
      );
    }
  }
}

const ROLE_FILTERS = (Object.keys(ROLE_LABELS) as Role[]).map((r) => ({ text: ROLE_LABELS[r], value: r }));

export default function UsersPage() {
  const { user: me } = useAuth();
  const { parks } = usePark();
  const { message } = App.useApp();
  const users = useRemote((signal) => listUsers(signal), []);
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<UserView | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [search, setSearch] = useState('');

  const run = async (key: string, action: () => Promise<string>) => {
    setBusy(key);
    try {
      message.success(await action());
      users.reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const columns: ColumnsType<UserView> = [
    {
      title: '用户名',
      dataIndex: 'username',
      key: 'username',
      width: 170,
      render: (v: string, u) => (
        <Space size={6}>
          <Typography.Text style={{ fontFamily: 'monospace' }}>{v}</Typography.Text>
          {u.id === me.id ? <Tag color="blue">当前账号</Tag> : null}
        </Space>
      ),
    },
    { title: '姓名', dataIndex: 'displayName', key: 'displayName', width: 180 },
    {
      title: '角色',
      dataIndex: 'role',
      key: 'role',
      width: 130,
      filters: ROLE_FILTERS,
      onFilter: (value, u) => u.role === value,
      render: (r: Role, u) => <Tag color={ROLE_COLORS[r]}>{u.roleLabel}</Tag>,
    },
    { title: '负责园区 / 所辖区划 / 所属企业', key: 'scope', render: (_: unknown, u) => scopeOf(u, parks) },
    {
      title: '状态',
      dataIndex: 'active',
      key: 'active',
      width: 90,
      filters: [
        { text: '启用', value: true },
        { text: '停用', value: false },
      ],
      onFilter: (value, u) => u.active === value,
      render: (active: boolean) => (active ? <Badge status="success" text="启用" /> : <Badge status="default" text="停用" />),
    },
    {
      title: '操作',
      key: 'actions',
      width: 290,
      render: (_: unknown, u) => {
        const self = u.id === me.id;
        return (
          <Space size={0} split={<span style={{ color: '#d9d9d9' }}>|</span>}>
            <Button type="link" size="small" icon={<KeyOutlined />} onClick={() => setResetting(u)}>
              重置密码
            </Button>
            <Popconfirm
              title={u.active ? '停用用户' : '启用用户'}
              description={u.active ? `停用后“${u.displayName}”将无法登录，已登录的会话立即失效。` : `启用后“${u.displayName}”可以重新登录。`}
              okText={u.active ? '停用' : '启用'}
              okButtonProps={{ danger: u.active }}
              cancelText="取消"
              disabled={self}
              onConfirm={() =>
                run(`active-${u.id}`, async () => {
                  const after = await setUserActive(u.id, !u.active);
                  return after.active ? `已启用 ${u.displayName}` : `已停用 ${u.displayName}`;
                })
              }
            >
              <Button
                type="link"
                size="small"
                danger={u.active}
                icon={u.active ? <StopOutlined /> : <CheckCircleOutlined />}
                disabled={self}
                title={self ? '不能停用当前登录的账号' : undefined}
                loading={busy === `active-${u.id}`}
              >
                {u.active ? '停用' : '启用'}
              </Button>
            </Popconfirm>
            <Popconfirm
              title="注销会话"
              description={`确定让“${u.displayName}”在所有设备上退出登录吗？`}
              okText="注销"
              cancelText="取消"
              disabled={self}
              onConfirm={() =>
                run(`revoke-${u.id}`, async () => {
                  const { revoked } = await revokeUserSessions(u.id);
                  return revoked > 0 ? `已注销 ${u.displayName} 的 ${revoked} 个会话` : `${u.displayName} 当前没有已登录的会话`;
                })
              }
            >
              <Button
                type="link"
                size="small"
                icon={<LogoutOutlined />}
                disabled={self}
                title={self ? '请使用“退出登录”' : undefined}
                loading={busy === `revoke-${u.id}`}
              >
                注销会话
              </Button>
            </Popconfirm>
          </Space>
        );
      },
    },
  ];

  const q = search.trim().toLowerCase();
  const shown = (users.data ?? []).filter(
    (u) => !q || u.username.toLowerCase().includes(q) || u.displayName.toLowerCase().includes(q),
  );

  return (
    <>
      <PageHeader
        title="用户管理"
        subTitle="平台账号、角色及其可访问的园区、区划或企业"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            新增用户
          </Button>
        }
      />
      <Card styles={{ body: { padding: 16 } }}>
        <Input.Search
          aria-label="搜索用户"
          placeholder="用户名 / 姓名"
          allowClear
          style={{ width: 280, marginBottom: 16 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        {users.error ? <Alert type="error" showIcon message="读取用户列表失败" description={users.error} style={{ marginBottom: 16 }} /> : null}
        <Table<UserView>
          rowKey="id"
          size="middle"
          bordered
          loading={users.loading}
          columns={columns}
          dataSource={shown}
          scroll={{ x: 1100 }}
          rowClassName={(u) => (u.active ? '' : 'user-row-inactive')}
          pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 个用户` }}
        />
      </Card>
      <UserFormModal
        open={adding}
        parks={parks}
        onClose={() => setAdding(false)}
        onCreated={(u) => {
          setAdding(false);
          message.success(`已创建用户 ${u.username}（${u.roleLabel}）`);
          users.reload();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
