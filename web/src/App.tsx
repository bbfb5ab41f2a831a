import { App as AntApp, Button, ConfigProvider, Empty, Flex, Result, Spin } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { Suspense, type ReactNode } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router-dom';
import { accessOf, useAccess } from './access';
import { AuthGate, useAuth } from './auth/AuthContext';
import { Forbidden } from './components/Forbidden';
import { BasicLayout } from './layout/BasicLayout';
import NotFound from './pages/NotFound';
import { ParkProvider, usePark } from './park/ParkContext';
import { lookupDivision } from '../../src/domain/regions/index';
import { routes, type AppRoute } from './routes';

function PageFallback() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 320 }}>
      <Spin size="large" tip="加载中…">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </Flex>
  );
}

/** When the user has no park at all: say why, in the words of its role. */
function NoPark() {
  const { user } = useAuth();
  const access = useAccess();
  let text = '尚未建立园区，请先使用命令行导入园区资料';
  if (access.isReviewer) {
    const region = user.regionCode ? (lookupDivision(user.regionCode)?.fullName ?? user.regionCode) : '所辖区划';
    text = `${region}内暂无纳入本平台的园区`;
  } else if (access.isParkStaff) text = '您的账号尚未分配负责的园区，请联系管理员';
  else if (access.isEnterpriseUser) text = '未找到本企业所在的园区，请联系管理员';
  return (
    <Empty style={{ marginTop: 96 }} description={text}>
      {access.canSeeRegion ? (
        <Link to="/region">
          <Button type="primary">查看辖区园区</Button>
        </Link>
      ) : null}
    </Empty>
  );
}

/** One page behind its permission and, for park pages, behind the park list. */
function RouteGate({ route }: { route: AppRoute }) {
  const access = useAccess();
  const { park, loading, error, reload } = usePark();
  const needsPark = route.needsPark !== false;
  // Some permissions depend on the park (canWrite): decide once the parks are loaded.
  if (needsPark && loading && !park) return <PageFallback />;
  if (route.access && !access[route.access]) {
    if (route.onDenied === 'home' && access.homePath !== route.path) return <Navigate to={access.homePath} replace />;
    return <Forbidden />;
  }
  let body: ReactNode;
  if (!needsPark) body = <route.component />;
  else if (error && !park)
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
  else if (!park) body = <NoPark />;
  else body = <route.component />;
  return <Suspense fallback={<PageFallback />}>{body}</Suspense>;
}

function AppRoutes() {
  const { park } = usePark();
  return (
    <BasicLayout>
      {/* Remount every page when the park changes so no page shows one park's data under another's name. */}
      <Routes key={park?.code ?? ''}>
        {routes.map((r) => (
          <Route key={r.path} path={r.path} element={<RouteGate route={r} />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </BasicLayout>
  );
}

export default function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}>
      <AntApp>
        <AuthGate landingPath={(u) => accessOf(u, null).homePath}>
          <ParkProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </ParkProvider>
        </AuthGate>
      </AntApp>
    </ConfigProvider>
  );
}
