import { Dec } from '../../standards/_lib/decimal.js';
import { parkEmissionTotals } from './parkEmissionTotals.js';
import type { Pollutant } from './pollutants.js';
import { readTonnesPerYear } from './tonnesPerYear.js';

/** The order totals are listed in: the five quota pollutants as the seed lists them, then others as they come. */
const STANDARD_ORDER = ['COD', 'NH3-N', 'SO2', 'NOx', 'VOCs'];

/** A stored emission row of a year: an enterprise's (by its file name), or the park's published total (null). */
export interface EmissionYearRow<R = unknown> {
  /** The enterprise as its file names it; null: the park's total as published. */
  enterprise: string | null;
  pollutant: Pollutant;
  /** 'COD', 'NH3-N', … or 'other:<name>' (pollutantKey's key). */
  key: string;
  name: string;
  tonnesPerYear: string;
  /** What the caller needs back with the total (its record). */
  ref: R;
}

/** The park's total of a pollutant in a year, and where it comes from. */
export interface YearTotal<R = unknown> {
  key: string;
  name: string;
  /** The park total: the enterprises' sum where any enterprise has a row, else the published total. */
  tonnesPerYear: string;
  basis: 'enterprises' | 'published';
  /** Enterprise rows summed (0 for a published total). */
  enterprises: number;
  /** The published total, when there is one. */
  published: string | null;
  /** published − the enterprises' sum, exact, when both exist and differ; else null. */
  difference: string | null;
  /** The rows the total stands for (the enterprises', or the published one). */
  refs: R[];
  /** The published row, when there is one. */
  publishedRef: R | null;
}

/**
 * @summary The park's total per pollutant of a year (园区污染物排放总量), as the report and the summary use it.
 *
 * @description
 * Where enterprises have rows for a pollutant, their exact sum ({@link parkEmissionTotals}) is the park total; a
 * published total beside them is kept, and its difference from the sum is a finding for the lint. Where only the
 * published total exists (seed 000 publishes no split), it is the park total. Pollutants come in the order COD, NH3-N, SO2,
 * NOx, VOCs, then others in the order they first appear in `rows`.
 *
 * @throws {StandardInputError} for a bad amount, or two rows of one enterprise (or two published totals) for a pollutant
 */
export function emissionYearTotals<R>(rows: readonly EmissionYearRow<R>[], year: number): YearTotal<R>[] {
  const enterpriseRows = rows.filter((r) => r.enterprise !== null);
  const sums = new Map(
    parkEmissionTotals(
      enterpriseRows.map((r) => ({ enterprise: r.enterprise!, year, pollutant: r.pollutant, tonnesPerYear: r.tonnesPerYear })),
      year,
    ).map((t) => [t.key, t]),
  );
  const published = new Map<string, EmissionYearRow<R>>();
  rows.forEach((r, i) => {
    if (r.enterprise !== null) return;
    readTonnesPerYear(r.tonnesPerYear, `emissions[${i}].tonnesPerYear`);
    if (published.has(r.key)) throw new Error(`emissions[${i}]: a second published total of ${r.key}`);
    published.set(r.key, r);
  });
  const seen = [...new Set(rows.map((r) => r.key))];
  const rank = (k: string) => (STANDARD_ORDER.includes(k) ? STANDARD_ORDER.indexOf(k) : STANDARD_ORDER.length + seen.indexOf(k));
  const keys = seen.sort((a, b) => rank(a) - rank(b));
  return keys.map((key): YearTotal<R> => {
    const sum = sums.get(key);
    const pub = published.get(key) ?? null;
    const name = sum?.name ?? pub!.name;
    if (!sum) {
      return { key, name, tonnesPerYear: new Dec(pub!.tonnesPerYear.trim()).toString(), basis: 'published', enterprises: 0, published: new Dec(pub!.tonnesPerYear.trim()).toString(), difference: null, refs: [pub!.ref], publishedRef: pub!.ref };
    }
    const diff = pub ? new Dec(pub.tonnesPerYear.trim()).minus(sum.tonnesPerYear) : null;
    return {
      key,
      name,
      tonnesPerYear: sum.tonnesPerYear,
      basis: 'enterprises',
      enterprises: sum.enterprises,
      published: pub ? new Dec(pub.tonnesPerYear.trim()).toString() : null,
      difference: diff && !diff.isZero() ? diff.toString() : null,
      refs: enterpriseRows.filter((r) => r.key === key).map((r) => r.ref),
      publishedRef: pub?.ref ?? null,
    };
  });
}
