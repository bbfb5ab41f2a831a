/**
 * What the 监测结果 page shows of a point: its items in the order the samples name them, one cell per sample and
 * item (judged, without a limit, not measured, or stored only), and one item's values across the year for the chart.
 */
// The server's types directly (with the extension the root tsconfig needs: test/web reads this file).
import type { LabPointView, LabSampleView } from '../../../../../src/services/monitoring/labResultsImport.js';

type Verdict = NonNullable<LabSampleView['verdict']>;
type StoredResult = LabSampleView['results'][number];

/** The word a source file carries when its data are synthetic. */
export const SIMULATED_WORD = '模拟数据';

export type SampleCell =
  /** Judged against the point's standard: the value in the standard's unit ('162', '7L'). */
  | { kind: 'judged'; result: StoredResult; verdict: Verdict['items'][number] }
  /** Measured, but the standard gives no limit (标准无限值): the value as stored. */
  | { kind: 'noLimit'; result: StoredResult; reason: string }
  | { kind: 'notMeasured'; result: StoredResult }
  /** The point is not judged (no standard lab results can be judged by): the value as stored. */
  | { kind: 'stored'; result: StoredResult }
  | { kind: 'none' };

/** The items of a point's samples, in the order they first appear. */
export function pointItems(point: LabPointView): { item: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const s of point.samples) for (const r of s.results) if (!seen.has(r.item)) seen.set(r.item, r.name);
  return [...seen].map(([item, name]) => ({ item, name }));
}

export function sampleCell(sample: LabSampleView, item: string): SampleCell {
  const result = sample.results.find((r) => r.item === item);
  if (!result) return { kind: 'none' };
  if (result.valueKind === 'notMeasured') return { kind: 'notMeasured', result };
  const verdict = sample.verdict?.items.find((i) => i.item === item);
  if (verdict) return { kind: 'judged', result, verdict };
  const noLimit = sample.verdict?.noLimit.find((n) => n.item === item);
  if (noLimit) return { kind: 'noLimit', result, reason: noLimit.reason };
  return { kind: 'stored', result };
}

/** Whether any result of the point came from a file named as synthetic (模拟数据). */
export const isSimulated = (point: LabPointView): boolean => point.samples.some((s) => s.results.some((r) => r.source.includes(SIMULATED_WORD)));

/** The source files of a point's results. */
export const pointSources = (point: LabPointView): string[] => [...new Set(point.samples.flatMap((s) => s.results.map((r) => r.source)))];

/** One sample of the chart: a number, or below detection plotted at its detection limit. */
export interface TrendPoint {
  date: string;
  value: number;
  text: string;
  belowDetection: boolean;
  exceeds: boolean;
  multiple: string | null;
}

/** One item of a point across the year, per unit (the standard's unit where judged), with the limits judged by. */
export interface ItemTrend {
  name: string;
  series: { unit: string; points: TrendPoint[] }[];
  /** Distinct limits (the edition may change within a year), in the standard's unit. */
  limits: { value: number; unit: string }[];
  /** The point's standard gives the item no limit (标准无限值). */
  noLimit: boolean;
}

/** '0.01L' → 0.01, 'ND' → null, '0.62' → 0.62. */
function plotted(text: string): { value: number; belowDetection: boolean } | null {
  if (text === 'ND') return null;
  const below = text.endsWith('L');
  const value = Number(below ? text.slice(0, -1) : text);
  return Number.isFinite(value) ? { value, belowDetection: below } : null;
}

export function itemTrend(point: LabPointView, item: string): ItemTrend {
  const byUnit = new Map<string, TrendPoint[]>();
  const limits = new Map<string, { value: number; unit: string }>();
  let name = item;
  let noLimit = false;
  for (const s of point.samples) {
    const cell = sampleCell(s, item);
    if (cell.kind === 'none' || cell.kind === 'notMeasured') continue;
    name = cell.result.name;
    noLimit ||= cell.kind === 'noLimit';
    const text = cell.kind === 'judged' ? cell.verdict.value : cell.result.value;
    const unit = cell.kind === 'judged' ? cell.verdict.unit : cell.result.unit;
    const p = plotted(text);
    if (!p) continue;
    const exceeds = cell.kind === 'judged' && cell.verdict.exceeds;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), { date: s.date, text, ...p, exceeds, multiple: cell.kind === 'judged' ? cell.verdict.multiple : null }]);
    if (cell.kind === 'judged' && cell.verdict.limit !== null) limits.set(`${cell.verdict.limit} ${unit}`, { value: Number(cell.verdict.limit), unit });
  }
  return { name, series: [...byUnit].map(([unit, points]) => ({ unit, points })), limits: [...limits.values()], noLimit };
}

/** The item the chart opens on: the point's largest exceedance, else its first judged item, else its first item. */
export function defaultTrendItem(point: LabPointView): string | null {
  const exceeding = point.summary?.maxMultiple?.item ?? point.summary?.exceedingItems[0]?.item;
  if (exceeding) return exceeding;
  const judged = point.samples.flatMap((s) => s.verdict?.items ?? [])[0];
  return judged?.item ?? pointItems(point)[0]?.item ?? null;
}
