import type { CreditScheme } from './types.js';

/**
 * The grade a total earns under a scheme's thresholds: grades are tried from the highest `minTotal` down, and the
 * grade with `minTotal` null takes every lower total. Null only when a scheme has no grade for the total (a scheme
 * whose lowest grade still has a threshold; checkScheme refuses such a scheme).
 *
 * @example gradeOf(HUNAN_2024_SCHEME, 10) //=> '环保诚信园区'
 */
export function gradeOf(scheme: Pick<CreditScheme, 'grades'>, total: number): string | null {
  const withThreshold = scheme.grades
    .filter((g): g is { name: string; minTotal: number } => g.minTotal !== null)
    .sort((a, b) => b.minTotal - a.minTotal);
  for (const g of withThreshold) if (total >= g.minTotal) return g.name;
  return scheme.grades.find((g) => g.minTotal === null)?.name ?? null;
}
