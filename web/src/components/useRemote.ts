import { useCallback, useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../api/client';

export interface Remote<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
  /** The HTTP status of the failed request (403: not allowed), or null. */
  errorStatus: number | null;
  reload: () => void;
}

/**
 * Loads data for a page and reloads it when `deps` change; a stale answer (deps changed or page left) is dropped.
 */
export function useRemote<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Remote<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [errorStatus, setErrorStatus] = useState<number | null>(null);
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    const ac = new AbortController();
    setLoading(true);
    load(ac.signal)
      .then((d) => {
        if (ac.signal.aborted) return;
        setData(d);
        setError(null);
        setErrorStatus(null);
      })
      .catch((err: unknown) => {
        if (ac.signal.aborted) return;
        setError(errorMessage(err));
        setErrorStatus(err instanceof ApiError ? err.status : null);
      })
      .finally(() => {
        if (!ac.signal.aborted) setLoading(false);
      });
    return () => ac.abort();
  }, [...deps, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data, loading, error, errorStatus, reload };
}
