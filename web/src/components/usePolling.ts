import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../api/client';

export interface Polled<T> {
  data: T | undefined;
  /** Only the first load (and a load after `deps` changed) counts as loading: refreshes replace data silently. */
  loading: boolean;
  error: string | null;
  errorStatus: number | null;
  /** When the data last arrived. */
  updatedAt: Date | null;
  reload: () => void;
}

/**
 * Loads data now and again every `intervalMs` (the interval is cleared on unmount and when `deps` change).
 * A tick is skipped while the previous request is still running, and the page keeps showing the last data while
 * a refresh is under way, so tables and charts do not flicker. `intervalMs` null: load once.
 */
export function usePolling<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
  intervalMs: number | null,
): Polled<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [errorStatus, setErrorStatus] = useState<number | null>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const tickRef = useRef<(force: boolean) => void>(() => undefined);

  useEffect(() => {
    let inFlight: AbortController | null = null;
    let stopped = false;
    setLoading(true);
    setData(undefined);
    const tick = (force = false) => {
      if (inFlight) {
        if (!force) return;
        inFlight.abort(); // its answer may predate what the caller just changed
        inFlight = null;
      }
      const ac = new AbortController();
      inFlight = ac;
      loadRef
        .current(ac.signal)
        .then((d) => {
          if (stopped) return;
          setData(d);
          setError(null);
          setErrorStatus(null);
          setUpdatedAt(new Date());
        })
        .catch((err: unknown) => {
          if (stopped || ac.signal.aborted) return;
          setError(errorMessage(err));
          setErrorStatus(err instanceof ApiError ? err.status : null);
        })
        .finally(() => {
          if (inFlight === ac) inFlight = null;
          if (!stopped) setLoading(false);
        });
    };
    tickRef.current = tick;
    tick();
    const timer = intervalMs === null ? null : window.setInterval(() => tick(), intervalMs);
    return () => {
      stopped = true;
      if (timer !== null) window.clearInterval(timer);
      inFlight?.abort();
    };
  }, [...deps, intervalMs]);

  /** Loads again now, keeping the data on screen until the answer arrives. */
  const reload = useCallback(() => tickRef.current(true), []);
  return { data, loading, error, errorStatus, updatedAt, reload };
}
