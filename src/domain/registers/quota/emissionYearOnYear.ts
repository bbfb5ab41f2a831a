import { roundGbt8170 } from '../../standards/rounding/roundGbt8170.js';
import { StandardInputError } from '../../standards/StandardInputError.js';
import { readTonnesPerYear } from './tonnesPerYear.js';

/** Print interval of an emission's year-on-year change, in %: the seed prints 5.96%, 4.86%, 6.20%, 7.21%. */
export const EMISSION_CHANGE_INTERVAL = '0.01';

/** A pollutant's park totals of two consecutive years, t/a as exact decimal text; null = no figure that year. */
export interface EmissionYears {
  /** The pollutant as printed: '化学需氧量'. */
  name: string;
  previous: string | null;
  current: string | null;
}

/** The change of a pollutant's emission against last year. */
export interface EmissionChange {
  name: string;
  previous: string | null;
  current: string | null;
  /** null when either year has no figure. */
  direction: 'up' | 'down' | 'unchanged' | null;
  /** (current − previous)/previous × 100 with its sign, printed to 0.01 by GB/T 8170 ('-5.96'); null when unchanged, last year was 0, or a year has no figure. */
  percent: string | null;
  /** The clause a report prints: '化学需氧量排放量下降5.96%'. */
  clause: string;
}

const WORDS = { up: '上升', down: '下降' } as const;

/**
 * @summary A pollutant's emission this year against last year, with the clause computed from the numbers.
 *
 * @description
 * The same conventions as `standards/air/yearOnYear.ts`: equal amounts are 与上年持平 (never 减少 or 下降),
 * the change is exact in decimals and printed once by GB/T 8170, a change that rounds to zero is told as
 * "不足0.01%", and no percentage is computed from a zero last year. Emissions are compared with the relative
 * change only (上升 / 下降), as the seed's emission-reduction paragraph does.
 *
 * @throws {StandardInputError} for an empty name or an amount that is neither decimal text nor null
 *
 * @example
 * emissionYearOnYear({ name: '化学需氧量', previous: '96.33', current: '90.59' }).clause
 * //=> '化学需氧量排放量下降5.96%'
 */
export function emissionYearOnYear(years: EmissionYears): EmissionChange {
  const name = years?.name;
  if (typeof name !== 'string' || name.trim() === '') throw new StandardInputError('name', name, '污染物名称');
  const { previous, current } = years;
  const base = { name, previous, current };
  const subject = `${name}排放量`;
  if (current === null) return { ...base, direction: null, percent: null, clause: `${subject}本年无数据` };
  const now = readTonnesPerYear(current, 'current');
  if (previous === null) return { ...base, direction: null, percent: null, clause: `${subject}上年无可比数据` };
  const prev = readTonnesPerYear(previous, 'previous');
  const diff = now.minus(prev);
  if (diff.isZero()) return { ...base, direction: 'unchanged', percent: null, clause: `${subject}与上年持平` };
  const direction = diff.isPositive() ? 'up' : 'down';
  if (prev.isZero()) return { ...base, direction, percent: null, clause: `${subject}${WORDS[direction]}（上年为0）` };
  const percent = roundGbt8170(diff.div(prev).times(100), EMISSION_CHANGE_INTERVAL);
  const size = percent.replace(/^-/, '');
  const told = size === '0.00' ? '不足0.01' : size;
  return { ...base, direction, percent, clause: `${subject}${WORDS[direction]}${told}%` };
}

/**
 * @summary The sentence of the emission-reduction paragraph: '相较于2023年，2024年化学需氧量排放量下降5.96%、氨氮排放量下降4.86%。'
 *
 * @throws {StandardInputError} when the years are not consecutive integers or there is no change to tell
 */
export function emissionChangeSentence(previousYear: number, currentYear: number, changes: readonly EmissionChange[]): string {
  if (!Number.isInteger(previousYear)) throw new StandardInputError('previousYear', previousYear, '年份（整数）');
  if (!Number.isInteger(currentYear) || currentYear !== previousYear + 1) {
    throw new StandardInputError('currentYear', currentYear, `${previousYear + 1}（上一年的次年）`);
  }
  if (changes.length === 0) throw new StandardInputError('changes', changes, '至少一种污染物的同比变化');
  return `相较于${previousYear}年，${currentYear}年${changes.map((c) => c.clause).join('、')}。`;
}
