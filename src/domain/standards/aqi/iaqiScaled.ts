import { ceilDiv } from '../_lib/integer.js';
import { StandardInputError } from '../StandardInputError.js';
import { AQI_INDICATORS } from './aqiIndicators.js';
import { IAQI_BREAKPOINTS, IAQI_LEVELS } from './iaqiBreakpoints.js';
import type { Above800Rule, Hj633Edition } from './hj633Editions.js';
import type { AqiIndicator, BreakpointColumn } from './types.js';

/** Sub-index where a concentration is above the last breakpoint of an ordinary column. */
// [INTERPRETATION, standards.md §1.3] the standard defines nothing above the top breakpoint; capped at 500
// ("爆表") as common practice. Callers flag such a value by its concentration.
export const IAQI_CAP = 500;

/** The breakpoint column that evaluates `indicator` in `edition`, or throws if it has no sub-index there. */
export function breakpointColumn(edition: Hj633Edition, indicator: AqiIndicator): BreakpointColumn {
  const column = edition.columnOf[indicator] ?? indicator;
  if (!Object.hasOwn(IAQI_BREAKPOINTS[edition.version], column)) {
    throw new StandardInputError('indicator', indicator, `${edition.standard.split(' ').slice(0, 2).join(' ')} 中有分指数的指标`);
  }
  return column as BreakpointColumn;
}

/**
 * How one indicator is evaluated in one edition, worked out once per edition and indicator: its column's
 * breakpoints already scaled to the indicator's concentration scale (× 10^decimals), and the column's > 800 rule.
 */
export interface IaqiColumn {
  column: BreakpointColumn;
  /** Decimals of the rounded concentration (CO 1, others 0). */
  decimals: number;
  /** Breakpoints × 10^decimals (integers). */
  scaledBreakpoints: readonly number[];
  /** The special rule of the column (SO2 1-hour, O3 8-hour), if any. */
  rule: Above800Rule | undefined;
  /** The rule's threshold × 10^decimals; +Infinity without a rule. */
  ruleAbove: number;
  /** Sub-index above the threshold: a number (2026), or null = not computed (2012, a substitute is taken). */
  ruleIaqi: number | null;
}

const COLUMNS = new WeakMap<Hj633Edition, Map<AqiIndicator, IaqiColumn>>();

/** {@link IaqiColumn} of `indicator` in `edition` (cached per edition); throws as {@link breakpointColumn}. */
export function iaqiColumn(edition: Hj633Edition, indicator: AqiIndicator): IaqiColumn {
  let byIndicator = COLUMNS.get(edition);
  if (byIndicator === undefined) COLUMNS.set(edition, (byIndicator = new Map()));
  let c = byIndicator.get(indicator);
  if (c === undefined) {
    const column = breakpointColumn(edition, indicator);
    const decimals = edition.concentrationDecimals[AQI_INDICATORS[indicator].pollutant];
    const scale = 10 ** decimals;
    const rule = edition.above800[column];
    c = {
      column,
      decimals,
      scaledBreakpoints: IAQI_BREAKPOINTS[edition.version][column].map((bp) => bp * scale),
      rule,
      ruleAbove: rule ? rule.above * scale : Number.POSITIVE_INFINITY,
      ruleIaqi: rule && 'iaqi' in rule ? rule.iaqi : null,
    };
    byIndicator.set(indicator, c);
  }
  return c;
}

/**
 * Formula (1) in exact integers on a prepared column: `scaled` is the rounded concentration × 10^decimals.
 * See {@link iaqiScaled}.
 */
export function iaqiOfColumn(c: IaqiColumn, scaled: number): number | null {
  if (scaled > c.ruleAbove) return c.ruleIaqi;
  const bp = c.scaledBreakpoints;
  for (let i = 1; i < bp.length; i++) {
    const hi = bp[i];
    if (scaled <= hi) {
      const lo = bp[i - 1];
      const iLo = IAQI_LEVELS[i - 1];
      return iLo + ceilDiv((IAQI_LEVELS[i] - iLo) * (scaled - lo), hi - lo);
    }
  }
  return IAQI_CAP;
}

/**
 * Formula (1) in exact integers (standards.md §1.2): `scaled` is the rounded concentration × 10^decimals of its
 * pollutant. IAQI = IAQI_Lo + ⌈(IAQI_Hi − IAQI_Lo)(C − BP_Lo) / (BP_Hi − BP_Lo)⌉, which is the ceiling of the
 * exact value because IAQI_Lo is an integer.
 * Returns null when the edition says no sub-index is computed from this column at this concentration
 * (HJ 633-2012 notes 2 and 3: the caller takes the substitute indicator).
 */
export function iaqiScaled(edition: Hj633Edition, indicator: AqiIndicator, scaled: number): number | null {
  return iaqiOfColumn(iaqiColumn(edition, indicator), scaled);
}
