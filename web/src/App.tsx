import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AuthGate } from './auth/AuthContext';
import { BasicLayout } from './layout/BasicLayout';
import { ParkProvider, usePark } from './park/ParkContext';
import { routes } from './routes';
import NotFound from './pages/NotFound';

function AppRoutes() {
  const { park } = usePark();
  return (
    <BasicLayout>
      {/* Remount every page when the park changes so no page shows one park's data under another's name. */}
      <Routes key={park?.code ?? ''}>
        {routes.map((r) => (
          <Route key={r.path} path={r.path} element={<r.component />} />
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
        <AuthGate>
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
