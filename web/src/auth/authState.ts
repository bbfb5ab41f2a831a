import { createContext, useContext } from 'react';
import type { CurrentUser } from '../api/auth';

export interface AuthState {
  user: CurrentUser;
  /** 退出登录: ends the session and returns to the sign-in page at `/`. */
  logout: () => Promise<void>;
  /**
   * The password was changed, which ended every session of the user. After a change forced at first login the user
   * is signed in again with the new password and goes on; after one it chose to make, it signs in itself.
   */
  passwordChanged: (newPassword: string) => Promise<void>;
}

/** Provided by <AuthGate> (AuthContext.tsx); a module of its own so the forms under it need not import the gate. */
export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthGate>');
  return ctx;
}
