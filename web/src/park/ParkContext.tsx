import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { listParks } from '../api/parks';
import type { ParkSummary } from '../api/types';
import { errorMessage } from '../api/client';

const STORAGE_KEY = 'parkeco.parkCode';

interface ParkState {
  parks: ParkSummary[];
  /** The park every page works on; null while loading or when there is none. */
  park: ParkSummary | null;
  loading: boolean;
  error: string | null;
  selectPark: (code: string) => void;
  reload: () => void;
}

const ParkContext = createContext<ParkState | null>(null);

function storedCode(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Loads the parks once and remembers the chosen one in localStorage (default: the first park). */
export function ParkProvider({ children }: { children: ReactNode }) {
  const [parks, setParks] = useState<ParkSummary[]>([]);
  const [code, setCode] = useState<string | null>(storedCode);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    const ac = new AbortController();
    setLoading(true);
    listParks(ac.signal)
      .then((list) => {
        setParks(list);
        setError(null);
      })
      .catch((err: unknown) => {
        if (!ac.signal.aborted) setError(errorMessage(err));
      })
      .finally(() => {
        if (!ac.signal.aborted) setLoading(false);
      });
    return () => ac.abort();
  }, [nonce]);

  const selectPark = useCallback((next: string) => {
    setCode(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage disabled: the choice lasts for this page only
    }
  }, []);

  const park = useMemo(() => parks.find((p) => p.code === code) ?? parks[0] ?? null, [parks, code]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);

  const value = useMemo<ParkState>(
    () => ({ parks, park, loading, error, selectPark, reload }),
    [parks, park, loading, error, selectPark, reload],
  );
  return <ParkContext.Provider value={value}>{children}</ParkContext.Provider>;
}

export function usePark(): ParkState {
  const ctx = useContext(ParkContext);
  if (!ctx) throw new Error('usePark must be used inside <ParkProvider>');
  return ctx;
}

/** For pages that need a park: the layout renders them only once one is chosen. */
export function useCurrentPark(): ParkSummary {
  const { park } = usePark();
  if (!park) throw new Error('no park selected');
  return park;
}
