import { request } from './client';
import type { Role } from './types';

/** A user as GET /api/users lists it (administrators only). */
export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  /** Parks of an officer or steward. */
  parkCodes: string[];
  /** An enterprise user's enterprise. */
  enterpriseId: number | null;
  /** A reviewer's region and its GB/T 2260 name. */
  regionCode: string | null;
  regionName: string | null;
  active: boolean;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  parkCodes?: string[];
  enterpriseId?: number | null;
  regionCode?: string | null;
}

export const listUsers = (signal?: AbortSignal) => request<UserView[]>('/users', { signal });

export const createUser = (input: NewUser) => request<UserView>('/users', { method: 'POST', body: input });

/** Sets a new password; the user's sessions end. */
export const resetUserPassword = (id: number, password: string) =>
  request<void>(`/users/${id}/password`, { method: 'POST', body: { password } });

/** 启用/停用; disabling ends the user's sessions. */
export const setUserActive = (id: number, active: boolean) =>
  request<UserView>(`/users/${id}/active`, { method: 'POST', body: { active } });

/** 注销会话: ends every session of the user; answers how many were live. */
export const revokeUserSessions = (id: number) =>
  request<{ revoked: number }>(`/users/${id}/revoke-sessions`, { method: 'POST', body: {} });
