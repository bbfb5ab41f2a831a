import { describe, expect, it } from 'vitest';
import { rowsByYear } from './rowsByYear.js';

describe('rowsByYear', () => {
  it('groups by the year of the date, years ascending, rows in their order', () => {
    const rows = ['2024-12-31', '2023-01-01', '2024-01-01', '2023-12-31', '2025-06-01'].map((date) => ({ date }));
    expect(rowsByYear(rows).map(([y, list]) => [y, list.map((r) => r.date)])).toEqual([
      [2023, ['2023-01-01', '2023-12-31']],
      [2024, ['2024-12-31', '2024-01-01']],
      [2025, ['2025-06-01']],
    ]);
  });

  it('a date that does not start with four digits gets the year Number() reads (NaN), for the validation to name', () => {
    expect(rowsByYear([{ date: 'abcd-01-01' }, { date: undefined as never }]).map(([y]) => y)).toEqual([Number.NaN]);
  });
});
