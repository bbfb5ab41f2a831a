import type { Decimal } from 'decimal.js';
import { toDecimal } from '../_lib/decimal.js';
import { roundGbt8170 } from '../rounding/roundGbt8170.js';
import { StandardInputError } from '../StandardInputError.js';
import { PRINT_INTERVALS } from '../stats/printIntervals.js';

/** A figure of a year as printed, with how its change is told and which way is better. */
export interface YearFigure {
  /** The figure as a report names it: 'PM2.5年均浓度', '优良天数比例'. */
  name: string;
  /** Printed after the value: 'μg/m³', 'mg/m³', '%', '天'. */
  unit: string;
  /** 'relative': change in % of last year's value (concentrations); 'points': 百分点 (rates); 'difference': in the unit (day counts). */
  change: 'relative' | 'points' | 'difference';
  /** Lower concentrations are better; higher good-day and compliance rates are better. */
  betterWhen: 'lower' | 'higher';
  /** Last year's and this year's values as printed (decimal text); null = no valid figure. */
  previous: string | null;
  current: string | null;
}

/** The comparison of a figure with last year. */
export interface YearOnYear {
  name: string;
  unit: string;
  previous: string | null;
  current: string | null;
  /** null when either year has no figure. */
  direction: 'up' | 'down' | 'unchanged' | null;
  /** 'same' when unchanged — never better. */
  assessment: 'better' | 'worse' | 'same' | null;
  /** The size of the change as printed (no sign; % to 0.1, 百分点, or the unit); null when unchanged, not computable or without a figure. */
  amount: string | null;
  /** The clause a report prints: 'PM2.5年均浓度35μg/m³，较上年（38μg/m³）下降7.9%'. */
  clause: string;
}

const KINDS = ['relative', 'points', 'difference'] as const;
const WORDS = {
  relative: { up: '上升', down: '下降', suffix: '%' },
  points: { up: '上升', down: '下降', suffix: '个百分点' },
  difference: { up: '增加', down: '减少', suffix: null },
} as const;

/**
 * @summary The comparison of a figure with last year, with the clause a report prints, computed from the printed
 * numbers.
 *
 * @description
 * Both values are compared as printed, so the clause agrees with the figures next to it: equal printed values are
 * 与上年持平 (assessment 'same', never better), whatever digits lie beyond. A relative change is
 * (current − previous)/previous × 100, exact in decimals and printed to 0.1 % by GB/T 8170 ("不足0.1%" when it
 * rounds to zero; no percentage when last year was 0); rates change in 百分点 (the difference of the printed
 * rates); counts by their difference. Lower is better for concentrations, higher for rates.
 *
 * @throws {StandardInputError} for an empty name, an unknown change kind or direction, or a value that is not a
 * non-negative decimal text, number or null
 *
 * @example
 * yearOnYear({ name: 'PM2.5年均浓度', unit: 'μg/m³', change: 'relative', betterWhen: 'lower', previous: '38', current: '35' }).clause
 * //=> 'PM2.5年均浓度35μg/m³，较上年（38μg/m³）下降7.9%'
 * yearOnYear({ name: 'PM2.5年均浓度', unit: 'μg/m³', change: 'relative', betterWhen: 'lower', previous: '35', current: '35' }).clause
 * //=> 'PM2.5年均浓度35μg/m³，与上年持平'
 */
export function yearOnYear(figure: YearFigure): YearOnYear {
  const { name, unit, change, betterWhen } = figure ?? ({} as YearFigure);
  if (typeof name !== 'string' || name.trim() === '') throw new StandardInputError('name', name, '指标名称');
  if (typeof unit !== 'string') throw new StandardInputError('unit', unit, '单位文字（可为空）');
  if (!KINDS.includes(change)) throw new StandardInputError('change', change, KINDS.join('、'));
  if (betterWhen !== 'lower' && betterWhen !== 'higher') throw new StandardInputError('betterWhen', betterWhen, "'lower' 或 'higher'");
  const previous = printed(figure.previous, 'previous');
  const current = printed(figure.current, 'current');
  if (current === null) {
    return { name, unit, previous, current, direction: null, assessment: null, amount: null, clause: `${name}本年无有效数据` };
  }
  const now = `${name}${current}${unit}`;
  if (previous === null) {
    return { name, unit, previous, current, direction: null, assessment: null, amount: null, clause: `${now}，上年无可比数据` };
  }
  const prev = toDecimal(previous, 'previous');
  const diff = toDecimal(current, 'current').minus(prev);
  if (diff.isZero()) return { name, unit, previous, current, direction: 'unchanged', assessment: 'same', amount: null, clause: `${now}，与上年持平` };
  const direction = diff.isPositive() ? 'up' : 'down';
  const assessment = (direction === 'down') === (betterWhen === 'lower') ? 'better' : 'worse';
  const words = WORDS[change];
  const amount = amountOf(change, diff.abs(), prev, previous, current);
  const told = amount === null ? '' : amount === '0.0' && change === 'relative' ? '不足0.1' : amount;
  return {
    name,
    unit,
    previous,
    current,
    direction,
    assessment,
    amount,
    clause: `${now}，较上年（${previous}${unit}）${words[direction]}${told}${amount === null ? '' : (words.suffix ?? unit)}`,
  };
}

function amountOf(change: YearFigure['change'], diff: Decimal, prev: Decimal, previous: string, current: string): string | null {
  if (change === 'relative') return prev.isZero() ? null : roundGbt8170(diff.div(prev).times(100), PRINT_INTERVALS.percent);
  const decimals = Math.max(decimalsOf(previous), decimalsOf(current));
  return diff.toFixed(decimals);
}

const decimalsOf = (s: string) => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);

/** A printed value: decimal text kept as written, a number as its shortest form, null. */
function printed(value: unknown, field: string): string | null {
  if (value === null) return null;
  if (typeof value === 'number') return toDecimal(value, field).toString();
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) return value.trim();
  throw new StandardInputError(field, value, '打印的数值（如 35、1.2、90.2）或 null');
}
