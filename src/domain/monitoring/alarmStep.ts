import { Decimal } from 'decimal.js';

export interface AlarmLimit {
  upper: string | null;
  lower: string | null;
}

export interface OpenAlarm {
  peakValue: string;
  peakAt: Date;
}

/** What a new value does to a station factor's alarm. */
export type AlarmAction =
  | { kind: 'none' }
  | { kind: 'open'; limitValue: string; value: string; at: Date }
  | { kind: 'peak'; value: string; at: Date }
  | { kind: 'close'; at: Date };

/** Whether a value lies outside the limit; the exceeded bound, or null. Compared exactly, never through floats. */
export function exceededBound(value: string, limit: AlarmLimit): string | null {
  const v = new Decimal(value);
  if (limit.upper !== null && v.gt(limit.upper)) return limit.upper;
  if (limit.lower !== null && v.lt(limit.lower)) return limit.lower;
  return null;
}

/**
 * Steps the alarm of one station factor with a new valid value: an exceedance opens an alarm, a higher value while
 * open moves its peak, a value back within the limit closes it. Invalid data neither opens nor closes an alarm.
 */
export function alarmStep(open: OpenAlarm | null, value: string, valid: boolean, at: Date, limit: AlarmLimit): AlarmAction {
  if (!valid) return { kind: 'none' };
  const bound = exceededBound(value, limit);
  if (bound === null) return open ? { kind: 'close', at } : { kind: 'none' };
  if (!open) return { kind: 'open', limitValue: bound, value, at };
  // The peak is the value furthest from the limit: highest above an upper limit, lowest below a lower one.
  const further = limit.upper !== null && bound === limit.upper ? new Decimal(value).gt(open.peakValue) : new Decimal(value).lt(open.peakValue);
  return further ? { kind: 'peak', value, at } : { kind: 'none' };
}
