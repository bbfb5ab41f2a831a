import { describe, expect, it } from 'vitest';
import { initialReportYear, rememberReportYear, type YearStorage } from '../../web/src/components/reportYear.js';

function memoryStorage(): YearStorage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

describe('the report year pages start at', () => {
  it('is the last complete year in Shanghai when the user has picked none', () => {
    const s = memoryStorage();
    expect(initialReportYear(s, 7, new Date('2025-12-31T15:59:00Z'))).toBe(2024);
    expect(initialReportYear(s, 7, new Date('2025-12-31T16:30:00Z'))).toBe(2025);
    expect(initialReportYear(s, 7, new Date('2026-12-03T08:00:00Z'))).toBe(2025);
  });

  it('is the year the user picked, for that user only', () => {
    const s = memoryStorage();
    rememberReportYear(s, 7, 2023);
    expect(initialReportYear(s, 7, new Date('2026-12-03T08:00:00Z'))).toBe(2023);
    expect(initialReportYear(s, 8, new Date('2026-12-03T08:00:00Z'))).toBe(2025);
  });

  it('ignores a stored value that is not a year', () => {
    const s = memoryStorage();
    s.setItem('parkeco:reportYear:7', 'abc');
    expect(initialReportYear(s, 7, new Date('2026-12-03T08:00:00Z'))).toBe(2025);
  });
});
