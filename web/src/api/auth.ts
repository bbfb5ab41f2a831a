import type { SessionInfo } from '../../../src/services/auth/schemas';
import { request } from './client';

export type { CurrentUser, SessionInfo } from '../../../src/services/auth/schemas';

export const getMe = (signal?: AbortSignal) => request<SessionInfo>('/auth/me', { signal });

export const login = (username: string, password: string) =>
  request<SessionInfo>('/auth/login', { method: 'POST', body: { username, password } });

export const logout = () => request<void>('/auth/logout', { method: 'POST', body: {} });

/** 修改密码: 204, and every session of the user ends (this one too). */
export const changePassword = (currentPassword: string, password: string) =>
  request<void>('/auth/password', { method: 'POST', body: { currentPassword, password } });
