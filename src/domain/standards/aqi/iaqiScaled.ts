import { ceilDiv } from '../_lib/integer.js';
import { StandardInputError } from '../StandardInputError.js';
import { AQI_INDICATORS } from './aqiIndicators.js';
import { IAQI_BREAKPOINTS, IAQI_LEVELS } from './iaqiBreakpoints.js';
import type { Hj633Edition } from './hj633Editions.js';
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
 * Formula (1) in exact integers (standards.md §1.2): `scaled` is the rounded concentration × 10^decimals of its
 * pollutant. IAQI = IAQI_Lo + ⌈(IAQI_Hi − IAQI_Lo)(C − BP_Lo) / (BP_Hi − BP_Lo)⌉, which is the ceiling of the
 * exact value because IAQI_Lo is an integer.
 * Returns null when the edition says no sub-index is computed from this column at this concentration
 * (HJ 633-2012 notes 2 and 3: the caller takes the substitute indicator).
 */
export function iaqiScaled(edition: Hj633Edition, indicator: AqiIndicator, scaled: number): number | null {
  const column = breakpointColumn(edition, indicator);
  const scale = 10 ** edition.concentrationDecimals[AQI_INDICATORS[indicator].pollutant];
  const rule = edition.above800[column];
  if (rule && scaled > rule.above * scale) return 'iaqi' in rule ? rule.iaqi : null;
  const bp = IAQI_BREAKPOINTS[edition.version][column];
  for (let i = 1; i < bp.length; i++) {
    const hi = bp[i] * scale;
    if (scaled <= hi) {
      const lo = bp[i - 1] * scale;
      const iLo = IAQI_LEVELS[i - 1];
      return iLo + ceilDiv((IAQI_LEVELS[i] - iLo) * (scaled - lo), hi - lo);
    }
  }
  return IAQI_CAP;
}
