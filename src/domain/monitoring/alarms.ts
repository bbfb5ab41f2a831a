import { Decimal } from 'decimal.js';

export interface AlarmLimit {
  upper: string | null;
  lower: string | null;
}

/** One exceedance of a station factor: from the first value outside the limit to the first value back within it. */
export interface AlarmSpan {
  /** The bound that was crossed: the upper limit, or the lower one (pH, dissolved oxygen). */
  limitValue: string;
  startedAt: Date;
  /** Data time of the first valid value back within the limit; null while the exceedance lasts. */
  endedAt: Date | null;
  peakValue: string;
  peakAt: Date;
}

/** A value of one factor as the alarm sees it. */
export interface AlarmPoint {
  at: Date;
  value: string;
  valid: boolean;
}

/** Whether a value lies outside the limit; the exceeded bound, or null. Compared exactly, never through floats. */
export function exceededBound(value: string, limit: AlarmLimit): string | null {
  const v = new Decimal(value);
  if (limit.upper !== null && v.gt(limit.upper)) return limit.upper;
  if (limit.lower !== null && v.lt(limit.lower)) return limit.lower;
  return null;
}

/**
 * The alarms of one station factor from its values in data-time order. `open` is an alarm still running before the
 * first value; it comes back first, extended or closed. Invalid data neither opens nor closes an alarm. Crossing
 * from one bound to the other (above the upper limit, then below the lower) closes one alarm and opens another.
 * The result depends only on the values and their order, so replaying a stretch of stored data gives the same
 * alarms as receiving it live.
 */
export function deriveAlarms(points: readonly AlarmPoint[], limit: AlarmLimit, open: AlarmSpan | null = null): AlarmSpan[] {
  const spans: AlarmSpan[] = [];
  let current: AlarmSpan | null = null;
  if (open) spans.push((current = { ...open }));
  for (const p of points) {
    if (!p.valid) continue;
    const bound = exceededBound(p.value, limit);
    if (current && (bound === null || !new Decimal(bound).eq(current.limitValue))) {
      current.endedAt = p.at;
      current = null;
    }
    if (bound === null) continue;
    if (!current) {
      spans.push((current = { limitValue: bound, startedAt: p.at, endedAt: null, peakValue: p.value, peakAt: p.at }));
    } else if (isFurther(p.value, current.peakValue, bound === limit.upper)) {
      current.peakValue = p.value;
      current.peakAt = p.at;
    }
  }
  return spans;
}

/** The peak is the value furthest from the limit: highest above an upper limit, lowest below a lower one. */
const isFurther = (value: string, peak: string, above: boolean) => (above ? new Decimal(value).gt(peak) : new Decimal(value).lt(peak));
