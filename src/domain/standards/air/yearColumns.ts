import type { EvaluatedPollutant } from './hj663Rules.js';

/**
 * A calendar year of a station's daily rows, read and checked once, so that the HJ 663 statistics of the six
 * pollutants and the GB 3095 compliance count share one reading: entry i (in the order of the rows) is day `day[i]`
 * of the year (0-based), and `scaled[p][i]` its value of p as published, an integer count of 10^−decimals (NaN =
 * invalid). Internal to the annual summaries.
 */
export interface YearColumns {
  year: number;
  /** Entries (rows) of the year. */
  n: number;
  day: Int16Array;
  scaled: Record<EvaluatedPollutant, Float64Array>;
}

/** Empty columns for `n` entries of `year`. */
export function yearColumns(year: number, n: number): YearColumns {
  const column = () => new Float64Array(n);
  return { year, n, day: new Int16Array(n), scaled: { so2: column(), no2: column(), co: column(), o3: column(), pm10: column(), pm25: column() } };
}
