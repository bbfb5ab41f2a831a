/** The time range a series chart shows: from the first to the last point, not the whole window asked for. */
export interface TimeRange {
  from: number;
  to: number;
}

/** Space left either side of the data, as a share of its span. */
const PAD_SHARE = 0.05;

/**
 * Fits the chart's x axis to the data inside the window that was fetched: from the first to the last point with a
 * little padding, at least `minSpanMs` wide (a minute of data must not fill the chart with two dots, nor be a sliver
 * of an hour), never wider than the window and never outside it. Without points, the window itself.
 */
export function fitChartWindow(times: readonly number[], window: TimeRange, minSpanMs: number): TimeRange {
  if (times.length === 0) return window;
  const windowSpan = window.to - window.from;
  let first = Infinity;
  let last = -Infinity;
  for (const t of times) {
    if (t < first) first = t;
    if (t > last) last = t;
  }
  const pad = (last - first) * PAD_SHARE;
  const span = Math.max(last - first + 2 * pad, minSpanMs);
  if (span >= windowSpan) return window;
  const middle = (first + last) / 2;
  let from = middle - span / 2;
  // Keep the range inside the window: shift it, keeping its width.
  from = Math.min(Math.max(from, window.from), window.to - span);
  return { from, to: from + span };
}
