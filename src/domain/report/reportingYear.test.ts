import { describe, expect, it } from 'vitest';
import { lastCompleteYear, shanghaiYear } from './reportingYear.js';

describe('reporting year in Asia/Shanghai', () => {
  it('turns at midnight in Shanghai, 16:00 UTC on 31 December', () => {
    expect(shanghaiYear(new Date('2025-12-31T15:59:59Z'))).toBe(2025);
    expect(shanghaiYear(new Date('2025-12-31T16:00:00Z'))).toBe(2026);
    expect(lastCompleteYear(new Date('2025-12-31T15:59:59Z'))).toBe(2024);
    // 00:30 on 1 January 2026 in Shanghai: 2025 is complete.
    expect(lastCompleteYear(new Date('2025-12-31T16:30:00Z'))).toBe(2025);
  });

  it('is last year through the whole Shanghai year', () => {
    expect(lastCompleteYear(new Date('2026-01-01T00:00:00Z'))).toBe(2025);
    expect(lastCompleteYear(new Date('2026-12-03T09:00:00Z'))).toBe(2025);
    expect(lastCompleteYear(new Date('2026-12-31T15:59:59Z'))).toBe(2025);
    expect(lastCompleteYear(new Date('2026-12-31T16:00:00Z'))).toBe(2026);
  });
});
