import { BankOutlined, FileWordOutlined, HomeOutlined, ShopOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

export interface AppRoute {
  path: string;
  component: LazyExoticComponent<ComponentType>;
  /** Shown in the left menu when set. */
  menu?: { label: string; icon: ReactNode };
  /** The menu entry highlighted on this route. */
  menuKey: string;
}

/** The route table: every page is its own chunk (React.lazy). */
export const routes: AppRoute[] = [
  {
    path: '/',
    component: lazy(() => import('./pages/home/index')),
    menu: { label: '首页', icon: <HomeOutlined /> },
    menuKey: '/',
  },
  {
    path: '/enterprises',
    component: lazy(() => import('./pages/enterprises/list/index')),
    menu: { label: '企业档案（一企一档）', icon: <ShopOutlined /> },
    menuKey: '/enterprises',
  },
  { path: '/enterprises/new', component: lazy(() => import('./pages/enterprises/form/index')), menuKey: '/enterprises' },
  { path: '/enterprises/:id', component: lazy(() => import('./pages/enterprises/detail/index')), menuKey: '/enterprises' },
  {
    path: '/enterprises/:id/edit',
    component: lazy(() => import('./pages/enterprises/form/index')),
    menuKey: '/enterprises',
  },
  {
    path: '/park',
    component: lazy(() => import('./pages/park/index')),
    menu: { label: '园区信息', icon: <BankOutlined /> },
    menuKey: '/park',
  },
  {
    path: '/reports',
    component: lazy(() => import('./pages/reports/index')),
    menu: { label: '报告', icon: <FileWordOutlined /> },
    menuKey: '/reports',
  },
];
