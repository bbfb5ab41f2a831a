import dayjs from 'dayjs';
import { shanghaiYear } from '../../../src/domain/report/reportingYear';

/** Empty values print as a dash, as the ledger tables do. */
export const EMPTY = '—';

export function text(v: string | null | undefined): string {
  return v === null || v === undefined || v === '' ? EMPTY : v;
}

/** A decimal as the API sends it (PostgreSQL numeric as text), printed as it is. */
export function decimal(v: string | null | undefined, unit = ''): string {
  if (v === null || v === undefined || v === '') return EMPTY;
  return `${v}${unit}`;
}

export function dateTime(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm:ss') : iso;
}

/** Years offered by the year selectors: from 2015 to this year, newest first. */
export function yearOptions(extra: readonly number[] = []): { value: number; label: string }[] {
  const now = shanghaiYear(new Date());
  const years = new Set<number>(extra);
  for (let y = now; y >= 2015; y--) years.add(y);
  return [...years].sort((a, b) => b - a).map((y) => ({ value: y, label: `${y}年` }));
}
