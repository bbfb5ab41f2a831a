import {
  AlertOutlined,
  AuditOutlined,
  BankOutlined,
  CloudOutlined,
  ClusterOutlined,
  EnvironmentOutlined,
  ExperimentOutlined,
  FileWordOutlined,
  HomeOutlined,
  MonitorOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
  WifiOutlined,
} from '@ant-design/icons';
import { FileDoneOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { AccessFlag } from './access';
import MyEnterprise from './pages/enterprises/MyEnterprise';

/** A submenu of the left menu: the routes naming it are listed under it, in route order. */
export interface MenuGroup {
  key: string;
  label: string;
  icon: ReactNode;
}

export const MONITORING_MENU: MenuGroup = { key: 'group:monitoring', label: '在线监测', icon: <MonitorOutlined /> };
/** 环境管理台账: the compliance registers the annual report's chapter 二 reads. */
export const REGISTERS_MENU: MenuGroup = { key: 'group:registers', label: '环境管理台账', icon: <ProfileOutlined /> };
export const ADMIN_MENU: MenuGroup = { key: 'group:admin', label: '系统管理', icon: <SettingOutlined /> };

export interface AppRoute {
  path: string;
  component: ComponentType;
  /** Shown in the left menu when set (and when the user has `access`); under `group` when given. */
  menu?: { label: string; icon: ReactNode; group?: MenuGroup };
  /** The menu entry highlighted on this route. */
  menuKey: string;
  /** The permission (access.ts) the page needs; without it the page says so, or sends the user home. */
  access?: AccessFlag;
  /** Without `access`: 'home' sends the user to its own start page instead of showing 403. */
  onDenied?: 'home' | 'forbidden';
  /** Whether the page works on the current park (default true); 辖区园区 and 用户管理 do not. */
  needsPark?: boolean;
}

const ReportsPage = lazy(() => import('./pages/reports/index'));

/** The route table: every page is its own chunk (React.lazy). The menu follows this order. */
export const routes: AppRoute[] = [
  {
    path: '/',
    component: lazy(() => import('./pages/home/index')),
    menu: { label: '首页', icon: <HomeOutlined /> },
    menuKey: '/',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/region',
    component: lazy(() => import('./pages/region/index')),
    menu: { label: '辖区园区', icon: <ClusterOutlined /> },
    menuKey: '/region',
    access: 'canSeeRegion',
    needsPark: false,
  },
  {
    path: '/enterprises',
    component: lazy(() => import('./pages/enterprises/list/index')),
    menu: { label: '企业档案（一企一档）', icon: <ShopOutlined /> },
    menuKey: '/enterprises',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/mine',
    component: MyEnterprise,
    menu: { label: '本企业档案', icon: <ProfileOutlined /> },
    menuKey: '/mine',
    access: 'isEnterpriseUser',
  },
  {
    path: '/enterprises/new',
    component: lazy(() => import('./pages/enterprises/form/index')),
    menuKey: '/enterprises',
    access: 'canWrite',
  },
  // Readable by anyone the server lets read it: an enterprise user its own, a reviewer every one of its region.
  { path: '/enterprises/:id', component: lazy(() => import('./pages/enterprises/detail/index')), menuKey: '/enterprises' },
  // The form itself checks that this user may edit this enterprise.
  { path: '/enterprises/:id/edit', component: lazy(() => import('./pages/enterprises/form/index')), menuKey: '/enterprises' },
  {
    path: '/monitoring/stations',
    component: lazy(() => import('./pages/monitoring/stations/index')),
    menu: { label: '监测站点', icon: <WifiOutlined />, group: MONITORING_MENU },
    menuKey: '/monitoring/stations',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/monitoring/stations/:id',
    component: lazy(() => import('./pages/monitoring/detail/index')),
    menuKey: '/monitoring/stations',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/monitoring/points',
    component: lazy(() => import('./pages/monitoring/points/index')),
    menu: { label: '监测点位', icon: <EnvironmentOutlined />, group: MONITORING_MENU },
    menuKey: '/monitoring/points',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/monitoring/lab-results',
    component: lazy(() => import('./pages/monitoring/labResults/index')),
    menu: { label: '监测结果', icon: <ExperimentOutlined />, group: MONITORING_MENU },
    menuKey: '/monitoring/lab-results',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/monitoring/air',
    component: lazy(() => import('./pages/monitoring/air/index')),
    menu: { label: '空气质量评价', icon: <CloudOutlined />, group: MONITORING_MENU },
    menuKey: '/monitoring/air',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/monitoring/plan',
    component: lazy(() => import('./pages/monitoring/plan/index')),
    menu: { label: '监测计划', icon: <ScheduleOutlined />, group: MONITORING_MENU },
    menuKey: '/monitoring/plan',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/monitoring/alarms',
    component: lazy(() => import('./pages/monitoring/alarms/index')),
    menu: { label: '超标报警', icon: <AlertOutlined />, group: MONITORING_MENU },
    menuKey: '/monitoring/alarms',
    access: 'canSeePark',
    onDenied: 'home',
  },
  // The registers in the order the annual report reads them: 一's quotas, 二（一）（二）, （三）–（五）, （六）; then screening.
  {
    path: '/registers/quotas',
    component: lazy(() => import('./pages/registers/quotas/index')),
    menu: { label: '总量控制', icon: <ProfileOutlined />, group: REGISTERS_MENU },
    menuKey: '/registers/quotas',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/registers/requirements',
    component: lazy(() => import('./pages/registers/requirements/index')),
    menu: { label: '要求与落实', icon: <FileDoneOutlined />, group: REGISTERS_MENU },
    menuKey: '/registers/requirements',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/registers/facts',
    component: lazy(() => import('./pages/registers/facts/index')),
    menu: { label: '环境管理情况', icon: <ProfileOutlined />, group: REGISTERS_MENU },
    menuKey: '/registers/facts',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/registers/waste',
    component: lazy(() => import('./pages/registers/waste/index')),
    menu: { label: '固体废物台账', icon: <ProfileOutlined />, group: REGISTERS_MENU },
    menuKey: '/registers/waste',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/registers/admission',
    component: lazy(() => import('./pages/registers/admission/index')),
    menu: { label: '准入审核', icon: <AuditOutlined />, group: REGISTERS_MENU },
    menuKey: '/registers/admission',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/registers/credit',
    component: lazy(() => import('./pages/registers/credit/index')),
    menu: { label: '信用自评', icon: <ProfileOutlined />, group: REGISTERS_MENU },
    menuKey: '/registers/credit',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/park',
    component: lazy(() => import('./pages/park/index')),
    menu: { label: '园区信息', icon: <BankOutlined /> },
    menuKey: '/park',
    access: 'canSeePark',
    onDenied: 'home',
  },
  {
    path: '/reports',
    component: ReportsPage,
    menu: { label: '报告', icon: <FileWordOutlined /> },
    menuKey: '/reports',
    access: 'canSeePark',
    onDenied: 'home',
  },
  // The tabs of 报告: one page, so switching tabs keeps the year, the written texts and the check.
  { path: '/reports/preview', component: ReportsPage, menuKey: '/reports', access: 'canSeePark', onDenied: 'home' },
  { path: '/reports/lint', component: ReportsPage, menuKey: '/reports', access: 'canSeePark', onDenied: 'home' },
  {
    path: '/admin/users',
    component: lazy(() => import('./pages/admin/users/index')),
    menu: { label: '用户管理', icon: <TeamOutlined />, group: ADMIN_MENU },
    menuKey: '/admin/users',
    access: 'canManageUsers',
    needsPark: false,
  },
  {
    path: '/admin/parks',
    component: lazy(() => import('./pages/admin/parks/index')),
    menu: { label: '园区管理', icon: <BankOutlined />, group: ADMIN_MENU },
    menuKey: '/admin/parks',
    access: 'canManageParks',
    needsPark: false,
  },
];
