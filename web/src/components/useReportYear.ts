import { useCallback, useState } from 'react';
import { useAuth } from '../auth/AuthContext';
import { initialReportYear, rememberReportYear } from './reportYear';

/** The report year of the pages (home, region, reports) and its setter, which remembers the choice for this user. */
export function useReportYear(): [number, (year: number) => void] {
  const { user } = useAuth();
  const [year, setYear] = useState(() => initialReportYear(window.localStorage, user.id, new Date()));
  const choose = useCallback(
    (y: number) => {
      rememberReportYear(window.localStorage, user.id, y);
      setYear(y);
    },
    [user.id],
  );
  return [year, choose];
}
