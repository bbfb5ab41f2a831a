/** Asia/Shanghai has been UTC+8 without daylight saving since 1991: reporting years are Shanghai years. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The calendar year in Asia/Shanghai at `now`. */
export function shanghaiYear(now: Date): number {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

/**
 * The default reporting year (报告年度): the last complete year in Asia/Shanghai. On 2025-12-31T16:30Z it is already
 * 2026-01-01 00:30 in Shanghai, so 2025 is complete and is the default.
 */
export function lastCompleteYear(now: Date): number {
  return shanghaiYear(now) - 1;
}
