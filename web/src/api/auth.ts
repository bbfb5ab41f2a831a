import { request } from './client';
import type { Role } from './types';

/** The signed-in user as GET /api/auth/me and POST /api/auth/login return it. */
export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** 管理员 / 园区环保专员 / 环保管家 / 企业用户 / 生态环境局 */
  roleLabel: string;
  /** Parks an officer or steward serves (ids, as GET /api/parks gives them). */
  parkIds: number[];
  /** An enterprise user's enterprise, and that enterprise's park. */
  enterpriseId: number | null;
  enterpriseParkId: number | null;
  /** A reviewer's region: GB/T 2260 province, prefecture or county code. */
  regionCode: string | null;
  /** Signed in with a password someone else set (one-time, reset): it must be changed before anything else. */
  mustChangePassword: boolean;
}

export interface SessionInfo {
  user: CurrentUser;
  csrfToken: string | null;
}

export const getMe = (signal?: AbortSignal) => request<SessionInfo>('/auth/me', { signal });

export const login = (username: string, password: string) =>
  request<SessionInfo>('/auth/login', { method: 'POST', body: { username, password } });

export const logout = () => request<void>('/auth/logout', { method: 'POST', body: {} });

/** 修改密码: 204, and every session of the user ends (this one too). */
export const changePassword = (currentPassword: string, password: string) =>
  request<void>('/auth/password', { method: 'POST', body: { currentPassword, password } });
