/** 角色 */
export const ROLES = ['admin', 'officer', 'steward', 'enterprise', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  officer: '园区环保专员',
  steward: '环保管家',
  enterprise: '企业用户',
  reviewer: '生态环境局',
};

/** A signed-in user, as the services see it. */
export interface UserActor {
  kind: 'user';
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** Parks an officer or steward serves. */
  parkIds: number[];
  /** The enterprise an enterprise user belongs to, and its park. */
  enterpriseId: number | null;
  enterpriseParkId: number | null;
  /** A reviewer's region (GB/T 2260 province, prefecture or county code). */
  regionCode: string | null;
  /** Signed in with a password someone else set: until the user chooses its own, only that is allowed. */
  mustChangePassword: boolean;
}

/** The platform itself or an operator at the server's console (`parkeco` CLI): not limited by roles. */
export interface SystemActor {
  kind: 'system';
  name: 'system' | 'cli' | 'test';
}

export type Actor = UserActor | SystemActor;

export const actorName = (a: Actor) => (a.kind === 'user' ? a.username : a.name);
