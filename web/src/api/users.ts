import type { RevokedSessions, UserInputBody, UserView } from '../../../src/services/auth/schemas';
import { request } from './client';

export type { UserInputBody, UserView } from '../../../src/services/auth/schemas';

export const listUsers = (signal?: AbortSignal) => request<UserView[]>('/users', { signal });

export const createUser = (input: UserInputBody) => request<UserView>('/users', { method: 'POST', body: input });

/** Sets a new password; the user's sessions end. */
export const resetUserPassword = (id: number, password: string) =>
  request<void>(`/users/${id}/password`, { method: 'POST', body: { password } });

/** 启用/停用; disabling ends the user's sessions. */
export const setUserActive = (id: number, active: boolean) =>
  request<UserView>(`/users/${id}/active`, { method: 'POST', body: { active } });

/** 注销会话: ends every session of the user; answers how many were live. */
export const revokeUserSessions = (id: number) =>
  request<RevokedSessions>(`/users/${id}/revoke-sessions`, { method: 'POST', body: {} });
