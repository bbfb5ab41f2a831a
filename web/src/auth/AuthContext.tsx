import { Flex, Spin } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getMe, logout as apiLogout, type CurrentUser } from '../api/auth';
import { ApiError, UNAUTHENTICATED_EVENT } from '../api/client';
import { LoginPage } from './LoginPage';

interface AuthState {
  user: CurrentUser;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/**
 * Renders the app for a signed-in user and the sign-in page otherwise. The URL is kept, so after signing in the
 * user is where they meant to go. Any 401 from the API (session expired) brings the sign-in page back.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [checking, setChecking] = useState(true);
  const [checkError, setCheckError] = useState<string | null>(null);

  useEffect(() => {
    const ac = new AbortController();
    getMe(ac.signal)
      .then((s) => setUser(s.user))
      .catch((err: unknown) => {
        if (ac.signal.aborted) return;
        // 401 simply means "not signed in"; anything else is worth telling.
        if (!(err instanceof ApiError && err.status === 401)) setCheckError(err instanceof Error ? err.message : String(err));
      })
      .finally(() => {
        if (!ac.signal.aborted) setChecking(false);
      });
    const onUnauthenticated = () => setUser(null);
    window.addEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    return () => {
      ac.abort();
      window.removeEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    };
  }, []);

  const logout = useCallback(async () => {
    try {
      await apiLogout();
    } finally {
      setUser(null);
    }
  }, []);

  const value = useMemo(() => (user ? { user, logout } : null), [user, logout]);

  if (checking)
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </Flex>
    );
  if (!value) return <LoginPage notice={checkError} onSignedIn={setUser} />;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthGate>');
  return ctx;
}
