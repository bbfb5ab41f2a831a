import { Dec } from '../../standards/_lib/decimal.js';
import { StandardInputError } from '../../standards/StandardInputError.js';
import { pollutantKey, type Pollutant } from './pollutants.js';
import { readTonnesPerYear } from './tonnesPerYear.js';

/** One enterprise's actual emission of one pollutant in one year (企业年度实际排放量). */
export interface EnterpriseEmission {
  /** The enterprise as its file (一企一档) names it. */
  enterprise: string;
  year: number;
  pollutant: Pollutant;
  /** t/a as exact decimal text. */
  tonnesPerYear: string;
}

/** A park's total of one pollutant in one year. */
export interface PollutantTotal {
  /** 'COD', 'NH3-N', … or 'other:<name>'. */
  key: string;
  name: string;
  /** Sum of the enterprises' rows, exact, t/a. */
  tonnesPerYear: string;
  /** How many enterprise rows were summed. */
  enterprises: number;
}

/**
 * @summary The park's total emission per pollutant in a year (园区污染物排放总量), summed exactly from the
 * enterprises' rows of that year, in the order pollutants first appear.
 *
 * @throws {StandardInputError} for a year that is not an integer, a row with a bad pollutant or amount, or an
 * enterprise with two rows for the same pollutant and year
 *
 * @example
 * parkEmissionTotals([
 *   { enterprise: '甲', year: 2024, pollutant: { code: 'COD' }, tonnesPerYear: '60.59' },
 *   { enterprise: '乙', year: 2024, pollutant: { code: 'COD' }, tonnesPerYear: '30.00' },
 * ], 2024)
 * //=> [{ key: 'COD', name: '化学需氧量', tonnesPerYear: '90.59', enterprises: 2 }]
 */
export function parkEmissionTotals(rows: readonly EnterpriseEmission[], year: number): PollutantTotal[] {
  if (!Number.isInteger(year)) throw new StandardInputError('year', year, '年份（整数）');
  const totals = new Map<string, { name: string; sum: InstanceType<typeof Dec>; enterprises: Set<string> }>();
  rows.forEach((row, i) => {
    if (row.year !== year) return;
    const field = `emissions[${i}]`;
    const { key, name } = pollutantKey(row.pollutant, `${field}.pollutant`);
    const amount = readTonnesPerYear(row.tonnesPerYear, `${field}.tonnesPerYear`);
    const total = totals.get(key) ?? { name, sum: new Dec(0), enterprises: new Set<string>() };
    if (total.enterprises.has(row.enterprise)) {
      throw new StandardInputError(`${field}.enterprise`, row.enterprise, `${year}年${name}每家企业一行（该企业已有一行）`);
    }
    total.enterprises.add(row.enterprise);
    total.sum = total.sum.plus(amount);
    totals.set(key, total);
  });
  return [...totals].map(([key, t]) => ({ key, name: t.name, tonnesPerYear: t.sum.toString(), enterprises: t.enterprises.size }));
}
