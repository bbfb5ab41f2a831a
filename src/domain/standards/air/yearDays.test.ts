import { describe, expect, it } from 'vitest';
import { addDays } from '../_lib/calendarDate.js';
import { yearDays } from './yearDays.js';

describe('yearDays', () => {
  it('366 days in a leap year, 365 otherwise, each the day after the one before', () => {
    expect([yearDays(2024).length, yearDays(2023).length, yearDays(2000).length, yearDays(2100).length]).toEqual([366, 365, 366, 365]);
    const days = yearDays(2024);
    expect([days[0], days[59], days[365]]).toEqual(['2024-01-01', '2024-02-29', '2024-12-31']);
    expect(days.every((d, i) => i === 0 || addDays(days[i - 1], 1) === d)).toBe(true);
  });

  it('is built once and shared', () => {
    expect(yearDays(2026)).toBe(yearDays(2026));
  });
});
