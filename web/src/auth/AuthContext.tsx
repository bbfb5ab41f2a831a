import { Flex, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getMe, login as apiLogin, logout as apiLogout, type CurrentUser } from '../api/auth';
import { ApiError, UNAUTHENTICATED_EVENT } from '../api/client';
import { AuthContext } from './authState';
import { ChangePasswordModal } from './ChangePasswordModal';
import { LoginPage, LOGIN_BACKGROUND, type LoginNotice } from './LoginPage';

export { useAuth } from './authState';

/**
 * Renders the app for a signed-in user and the sign-in page otherwise. The URL is kept when a session expires, so
 * after signing in again the user is where it was; after 退出登录 the next user starts at its own home
 * (`landingPath`: an enterprise user on its enterprise's file, a reviewer on 辖区园区).
 *
 * A user signed in with a password it did not choose (the one-time administrator password, one an administrator
 * set) sees only the 修改密码 form, which cannot be closed — the server refuses everything else to it anyway — and
 * goes on into the app, signed in with its new password, once it has changed it.
 */
export function AuthGate({ children, landingPath }: { children: ReactNode; landingPath: (u: CurrentUser) => string }) {
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [checking, setChecking] = useState(true);
  const [notice, setNotice] = useState<LoginNotice | null>(null);
  const signedIn = useRef(false);
  signedIn.current = user !== null;

  useEffect(() => {
    const ac = new AbortController();
    getMe(ac.signal)
      .then((s) => setUser(s.user))
      .catch((err: unknown) => {
        if (ac.signal.aborted) return;
        // 401 simply means "not signed in"; anything else is worth telling.
        if (!(err instanceof ApiError && err.status === 401)) setNotice({ type: 'error', text: err instanceof Error ? err.message : String(err) });
      })
      .finally(() => {
        if (!ac.signal.aborted) setChecking(false);
      });
    const onUnauthenticated = () => {
      if (signedIn.current) setNotice({ type: 'warning', text: '登录已失效，请重新登录' });
      setUser(null);
    };
    window.addEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    return () => {
      ac.abort();
      window.removeEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    };
  }, []);

  const toStart = () => window.history.replaceState(null, '', '/');

  const logout = useCallback(async () => {
    try {
      await apiLogout();
    } catch {
      // the session is gone either way
    } finally {
      toStart();
      setNotice(null);
      setUser(null);
    }
  }, []);

  const sessionEnded = useCallback((n: LoginNotice) => {
    toStart();
    setNotice(n);
    setUser(null);
  }, []);

  const onSignedIn = useCallback(
    (u: CurrentUser) => {
      // The router mounts after this, and reads the URL then.
      if (window.location.pathname === '/') window.history.replaceState(null, '', landingPath(u));
      setNotice(null);
      setUser(u);
    },
    [landingPath],
  );

  const passwordChanged = useCallback(
    async (newPassword: string) => {
      const changed: LoginNotice = { type: 'success', text: '密码已修改，请使用新密码重新登录' };
      if (!user?.mustChangePassword) return sessionEnded(changed);
      try {
        onSignedIn((await apiLogin(user.username, newPassword)).user);
      } catch {
        sessionEnded(changed);
      }
    },
    [user, sessionEnded, onSignedIn],
  );

  const value = useMemo(() => (user ? { user, logout, passwordChanged } : null), [user, logout, passwordChanged]);

  if (checking)
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </Flex>
    );
  if (!value) return <LoginPage notice={notice} onSignedIn={onSignedIn} />;
  return (
    <AuthContext.Provider value={value}>
      {value.user.mustChangePassword ? (
        <div style={{ minHeight: '100vh', background: LOGIN_BACKGROUND }}>
          <ChangePasswordModal open required onClose={() => undefined} />
        </div>
      ) : (
        children
      )}
    </AuthContext.Provider>
  );
}
