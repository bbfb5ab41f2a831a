import { request } from './client';

/** The signed-in user as GET /api/auth/me and POST /api/auth/login return it. */
export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  role: string;
  /** 管理员 / 园区环保专员 / 环保管家 / 企业用户 / 生态环境局 */
  roleLabel: string;
}

export interface SessionInfo {
  user: CurrentUser;
  csrfToken: string | null;
}

export const getMe = (signal?: AbortSignal) => request<SessionInfo>('/auth/me', { signal });

export const login = (username: string, password: string) =>
  request<SessionInfo>('/auth/login', { method: 'POST', body: { username, password } });

export const logout = () => request<void>('/auth/logout', { method: 'POST', body: {} });
