import { EnvironmentOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Avatar, Button, Dropdown, Empty, Flex, Layout, Menu, Result, Select, Space, Spin, Tag, Typography, theme } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Link, matchPath, useLocation } from 'react-router-dom';
import { routes } from '../routes';
import { useAuth } from '../auth/AuthContext';
import { usePark } from '../park/ParkContext';

const { Header, Sider, Content, Footer } = Layout;

function currentMenuKey(pathname: string): string {
  // Longest static paths first so /enterprises/new wins over /enterprises/:id.
  const hit = routes.find((r) => r.path !== '/' && matchPath(r.path, pathname)) ?? routes.find((r) => matchPath(r.path, pathname));
  return hit?.menuKey ?? '';
}

function PageFallback() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 320 }}>
      <Spin size="large" tip="加载中…">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </Flex>
  );
}

/** The signed-in user, with 退出登录. */
function UserMenu() {
  const { user, logout } = useAuth();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'role', label: `角色：${user.roleLabel}`, disabled: true },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: () => void logout() },
        ],
      }}
    >
      <Button type="text" aria-label="当前用户" style={{ paddingInline: 8 }}>
        <Space size={6}>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1677ff' }} />
          {user.displayName}
        </Space>
      </Button>
    </Dropdown>
  );
}

export function BasicLayout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const { parks, park, loading, error, selectPark, reload } = usePark();
  const { token } = theme.useToken();

  let body: ReactNode;
  if (loading && !park) body = <PageFallback />;
  else if (error)
    body = (
      <Result
        status="warning"
        title="无法读取园区列表"
        subTitle={error}
        extra={
          <Button type="primary" onClick={reload}>
            重新加载
          </Button>
        }
      />
    );
  else if (!park) body = <Empty style={{ marginTop: 96 }} description="尚未建立园区，请先使用命令行导入园区资料" />;
  else body = <Suspense fallback={<PageFallback />}>{children}</Suspense>;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={216} theme="dark">
        {/* The dark column spans the whole page; the menu stays in view while the page scrolls. */}
        <div style={{ position: 'sticky', top: 0 }}>
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, height: 64, padding: '0 12px 0 16px', overflow: 'hidden' }}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span style={{ color: '#fff', fontWeight: 600, fontSize: 15, whiteSpace: 'nowrap' }}>园区生态环境管理平台</span>
        </Link>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[currentMenuKey(pathname)]}
          items={routes
            .filter((r) => r.menu)
            .map((r) => ({ key: r.path, icon: r.menu?.icon, label: <Link to={r.path}>{r.menu?.label}</Link> }))}
        />
        </div>
      </Sider>
      <Layout>
        <Header
          style={{
            background: token.colorBgContainer,
            padding: '0 24px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          <Flex align="center" gap={10} style={{ minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap' }}>
            <EnvironmentOutlined style={{ color: token.colorPrimary, fontSize: 18 }} />
            <span style={{ fontSize: 17, fontWeight: 600, color: token.colorTextHeading }}>{park?.name ?? '园区生态环境管理平台'}</span>
            {park ? (
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {park.level}
              </Tag>
            ) : null}
            {park ? <Typography.Text type="secondary">园区代码 {park.code}</Typography.Text> : null}
          </Flex>
          <Space size={16}>
            <Space size={8}>
            <Typography.Text type="secondary">切换园区</Typography.Text>
            <Select
              aria-label="切换园区"
              style={{ minWidth: 280 }}
              value={park?.code}
              loading={loading}
              placeholder="选择园区"
              onChange={selectPark}
              options={parks.map((p) => ({ value: p.code, label: `${p.name}（${p.code}）` }))}
            />
            </Space>
            <UserMenu />
          </Space>
        </Header>
        <Content style={{ padding: '20px 16px' }}>
          {park && error ? <Alert type="warning" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
          {body}
        </Content>
        <Footer style={{ textAlign: 'center', color: token.colorTextTertiary, padding: '12px 24px 20px' }}>
          园区生态环境管理平台
        </Footer>
      </Layout>
    </Layout>
  );
}
