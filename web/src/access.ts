/**
 * Every permission of the web UI, derived from the signed-in user in one place (as ant-design-pro's access.ts does).
 * Pages and the layout ask these flags, never `user.role` directly.
 *
 * The UI only hides what a user may not do; the server decides (docs/API.md "Sign-in": roles are enforced in the
 * services), so a hidden button is a courtesy, not the protection.
 */
import { useMemo } from 'react';
import type { CurrentUser } from './api/auth';
import type { ParkSummary } from './api/types';
import { useAuth } from './auth/AuthContext';
import { usePark } from './park/ParkContext';

export interface Access {
  isAdmin: boolean;
  /** 园区环保专员 or 环保管家: reads and writes the parks assigned to it. */
  isParkStaff: boolean;
  /** 生态环境局: reads every park of its region, writes nothing. */
  isReviewer: boolean;
  /** 企业用户: its own enterprise's file, nothing else. */
  isEnterpriseUser: boolean;
  /** Sees everything it may see without changing anything (a 只读 tag in the header). */
  readOnly: boolean;
  /** May change the current park: 新增/编辑/删除/导入 enterprises, edit the park profile. */
  canWrite: boolean;
  /** May change the given park. */
  canWritePark: (park: Pick<ParkSummary, 'id'> | null | undefined) => boolean;
  /** May open the edit form of this enterprise of the current park. */
  canEditEnterprise: (enterpriseId: number) => boolean;
  /** Park-wide pages: 首页, 企业档案 list, 园区信息, 报告. Everyone but enterprise users. */
  canSeePark: boolean;
  /** 辖区园区: reviewers, administrators, and officers or stewards with more than one park. */
  canSeeRegion: boolean;
  /** 用户管理. */
  canManageUsers: boolean;
  /** 园区管理: create, edit, retire and restore parks. */
  canManageParks: boolean;
  /** An enterprise user's own enterprise. */
  ownEnterpriseId: number | null;
  /** Where this user starts: its enterprise's file for an enterprise user, 辖区园区 for a reviewer, else 首页. */
  homePath: string;
}

/** The flags for a user; `current` is the park every page works on. */
export function accessOf(user: CurrentUser, current: Pick<ParkSummary, 'id'> | null): Access {
  const isAdmin = user.role === 'admin';
  const isParkStaff = user.role === 'officer' || user.role === 'steward';
  const isReviewer = user.role === 'reviewer';
  const isEnterpriseUser = user.role === 'enterprise';
  const parkIds = user.parkIds ?? [];
  const canWritePark = (park: Pick<ParkSummary, 'id'> | null | undefined) =>
    !!park && (isAdmin || (isParkStaff && parkIds.includes(park.id)));
  const canWrite = canWritePark(current);
  const ownEnterpriseId = isEnterpriseUser ? (user.enterpriseId ?? null) : null;
  return {
    isAdmin,
    isParkStaff,
    isReviewer,
    isEnterpriseUser,
    readOnly: isReviewer,
    canWrite,
    canWritePark,
    canEditEnterprise: (id) =>
      canWrite ||
      (isEnterpriseUser && ownEnterpriseId === id && !!current && current.id === user.enterpriseParkId),
    canSeePark: !isEnterpriseUser,
    canSeeRegion: isAdmin || isReviewer || (isParkStaff && parkIds.length > 1),
    canManageUsers: isAdmin,
    canManageParks: isAdmin,
    ownEnterpriseId,
    homePath: isEnterpriseUser && ownEnterpriseId !== null ? `/enterprises/${ownEnterpriseId}` : isReviewer ? '/region' : '/',
  };
}

/** Boolean flags a route may require (see routes.tsx). */
export type AccessFlag = { [K in keyof Access]: Access[K] extends boolean ? K : never }[keyof Access];

/** The current user's permissions, for the current park. */
export function useAccess(): Access {
  const { user } = useAuth();
  const { park } = usePark();
  return useMemo(() => accessOf(user, park), [user, park]);
}
