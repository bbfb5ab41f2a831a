/**
 * Daily rows grouped by the calendar year of their `date` ('YYYY-MM-DD'), years ascending, rows in their order.
 * The year is read from the first four characters (digits read directly; anything else as `Number(…)` would, so a
 * bad date still reaches the validation of the statistics, which names it). Internal to the annual summaries.
 */
export function rowsByYear<T extends { date: string }>(rows: readonly T[]): [number, T[]][] {
  const years = new Map<number, T[]>();
  let lastYear = Number.NaN;
  let list: T[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const year = yearOf(row?.date);
    if (year !== lastYear) {
      let found = years.get(year);
      if (!found) years.set(year, (found = []));
      list = found;
      lastYear = year;
    }
    list.push(row);
  }
  return [...years.entries()].sort((a, b) => a[0] - b[0]);
}

function yearOf(date: unknown): number {
  if (typeof date === 'string' && date.length >= 4) {
    let year = 0;
    for (let k = 0; k < 4; k++) {
      const c = date.charCodeAt(k) - 48;
      if (c < 0 || c > 9) return Number(date.slice(0, 4));
      year = year * 10 + c;
    }
    return year;
  }
  return Number(String(date).slice(0, 4));
}
