import { EnvironmentOutlined, EyeOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Avatar, Button, Dropdown, Flex, Layout, Menu, Select, Space, Tag, Tooltip, Typography, theme, type MenuProps } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, matchPath, useLocation } from 'react-router-dom';
import { lookupDivision } from '../../../src/domain/regions/index';
import { useAccess } from '../access';
import { useAuth } from '../auth/AuthContext';
import { ChangePasswordModal } from '../auth/ChangePasswordModal';
import { ROLE_COLORS } from '../labels';
import { usePark } from '../park/ParkContext';
import { routes, type AppRoute } from '../routes';

type MenuItem = NonNullable<MenuProps['items']>[number];
type SubMenu = Extract<MenuItem, { children: unknown }> & { children: MenuItem[] };

const { Header, Sider, Content, Footer } = Layout;

function currentMenuKey(pathname: string): string {
  // Longest static paths first so /enterprises/new wins over /enterprises/:id.
  const hit = routes.find((r) => r.path !== '/' && matchPath(r.path, pathname)) ?? routes.find((r) => matchPath(r.path, pathname));
  return hit?.menuKey ?? '';
}

/** The left menu: routes with `menu`, those of a group gathered under its submenu (where its first route stands). */
function menuItemsOf(visible: AppRoute[]): MenuItem[] {
  const items: MenuItem[] = [];
  for (const r of visible) {
    if (!r.menu) continue;
    const item: MenuItem = { key: r.path, icon: r.menu.icon, label: <Link to={r.path}>{r.menu.label}</Link> };
    const group = r.menu.group;
    if (!group) {
      items.push(item);
      continue;
    }
    let sub = items.find((i): i is SubMenu => !!i && i.key === group.key && 'children' in i);
    if (!sub) {
      sub = { key: group.key, icon: group.icon, label: group.label, children: [] };
      items.push(sub);
    }
    sub.children.push(item);
  }
  return items;
}

/** The submenu holding a menu key, if any. */
function groupOfKey(key: string): string | null {
  return routes.find((r) => r.path === key)?.menu?.group?.key ?? null;
}

/** The signed-in user, with 修改密码 and 退出登录. */
function UserMenu() {
  const { user, logout } = useAuth();
  const [changing, setChanging] = useState(false);
  const scope =
    user.role === 'reviewer' && user.regionCode
      ? `所辖区划：${lookupDivision(user.regionCode)?.fullName ?? user.regionCode}`
      : null;
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'account', label: `账号：${user.username}`, disabled: true },
            { key: 'role', label: `角色：${user.roleLabel}`, disabled: true },
            ...(scope ? [{ key: 'scope', label: scope, disabled: true }] : []),
            { type: 'divider' as const },
            { key: 'password', icon: <KeyOutlined />, label: '修改密码', onClick: () => setChanging(true) },
            { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: () => void logout() },
          ],
        }}
      >
        <Button type="text" aria-label="当前用户" style={{ paddingInline: 8 }}>
          <Space size={6}>
            <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1677ff' }} />
            {user.displayName}
            <Tag color={ROLE_COLORS[user.role]} style={{ marginInlineEnd: 0 }}>
              {user.roleLabel}
            </Tag>
          </Space>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </>
  );
}

export function BasicLayout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const { parks, park, loading, error, selectPark } = usePark();
  const access = useAccess();
  const { token } = theme.useToken();

  // Park pages are left out for a user without any park (a reviewer of a region without parks, say).
  const noPark = !loading && parks.length === 0;
  const menuItems = menuItemsOf(
    routes.filter((r) => r.menu && (!r.access || access[r.access]) && !(noPark && r.needsPark !== false)),
  );
  // An enterprise user's pages are all its own file.
  const selectedKey = access.isEnterpriseUser ? '/mine' : currentMenuKey(pathname);
  // The submenu of the current page opens by itself; the user may open and close the others.
  const selectedGroup = groupOfKey(selectedKey);
  const [openKeys, setOpenKeys] = useState<string[]>(selectedGroup ? [selectedGroup] : []);
  useEffect(() => {
    if (selectedGroup) setOpenKeys((keys) => (keys.includes(selectedGroup) ? keys : [...keys, selectedGroup]));
  }, [selectedGroup]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={216} theme="dark">
        {/* The dark column spans the whole page; the menu stays in view while the page scrolls. */}
        <div style={{ position: 'sticky', top: 0 }}>
          <Link
            to={access.homePath}
            style={{ display: 'flex', alignItems: 'center', gap: 10, height: 64, padding: '0 12px 0 16px', overflow: 'hidden' }}
          >
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span style={{ color: '#fff', fontWeight: 600, fontSize: 15, whiteSpace: 'nowrap' }}>园区生态环境管理平台</span>
          </Link>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selectedKey]}
            openKeys={openKeys}
            onOpenChange={setOpenKeys}
            items={menuItems}
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
            gap: 16,
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          <Flex align="center" gap={10} style={{ minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap' }}>
            <EnvironmentOutlined style={{ color: token.colorPrimary, fontSize: 18 }} />
            <span style={{ fontSize: 17, fontWeight: 600, color: token.colorTextHeading, overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {park?.name ?? '园区生态环境管理平台'}
            </span>
            {park ? (
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {park.level}
              </Tag>
            ) : null}
            {park ? <Typography.Text type="secondary">园区代码 {park.code}</Typography.Text> : null}
            {access.readOnly ? (
              <Tooltip title="生态环境局用户可查看辖区内园区的全部数据，不能修改">
                <Tag color="orange" icon={<EyeOutlined />} style={{ marginInlineEnd: 0 }}>
                  只读
                </Tag>
              </Tooltip>
            ) : null}
          </Flex>
          <Space size={16} style={{ flexShrink: 0 }}>
            {/* An enterprise user has exactly one park: nothing to switch. */}
            {access.isEnterpriseUser ? null : (
              <Space size={8}>
                <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                  切换园区
                </Typography.Text>
                <Select
                  aria-label="切换园区"
                  style={{ width: 300 }}
                  popupMatchSelectWidth={false}
                  value={park?.code}
                  loading={loading}
                  placeholder={access.isReviewer ? '辖区内暂无园区' : '选择园区'}
                  notFoundContent={access.isReviewer ? '辖区内暂无园区' : '暂无园区'}
                  onChange={selectPark}
                  options={parks.map((p) => ({ value: p.code, label: `${p.name}（${p.code}）` }))}
                />
              </Space>
            )}
            <UserMenu />
          </Space>
        </Header>
        <Content style={{ padding: '20px 16px' }}>
          {park && error ? <Alert type="warning" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
          {children}
        </Content>
        <Footer style={{ textAlign: 'center', color: token.colorTextTertiary, padding: '12px 24px 20px' }}>
          园区生态环境管理平台
        </Footer>
      </Layout>
    </Layout>
  );
}
