import { describe, expect, it } from 'vitest';
import { addDays } from '../_lib/calendarDate.js';
import { dayOfYear, yearDays } from './yearDays.js';

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

  it('dayOfYear is the index of exactly those days, −1 for anything else', () => {
    for (const year of [2023, 2024, 2100]) yearDays(year).forEach((d, i) => expect(dayOfYear(d, year)).toBe(i));
    for (const bad of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-01', ' 2024-01-01', '2024-01-01 ', '2024/01/01', '2O24-01-01', null, 20240101]) {
      expect(dayOfYear(bad, 2024), String(bad)).toBe(-1);
    }
    expect(dayOfYear('2024-01-01', 2023)).toBe(-1);
  });
});
