import { formatScaled } from '../_lib/integer.js';
import { AQI_CATEGORIES, SENSITIVE_GROUPS_2026, type AqiCategory } from './aqiCategories.js';
import { AQI_INDICATORS } from './aqiIndicators.js';
import type { Hj633Edition } from './hj633Editions.js';
import { iaqiColumn, iaqiOfColumn, type IaqiColumn } from './iaqiScaled.js';
import { PRIMARY_POLLUTANT_ABOVE } from './primaryPollutants.js';
import type { AqiIndicator, AqiPollutant, AqiReport, AqiVersion } from './types.js';
/**
 * One line of a daily or real-time report. Lines without a note are shared between results (the same field and
 * concentration always give the same line) and frozen: copy a line to change it.
 */
export interface SubIndex {
  /** The input field it came from. */
  field: string;
  indicator: AqiIndicator;
  /** The concentration as used and published: rounded by GB/T 8170 (integers, CO 1 decimal); null = NA. */
  concentration: string | null;
  /** The sub-index; null = NA, not computed (a special rule) or not part of the AQI (concentration only). */
  iaqi: number | null;
  /** Why a special rule applied, in Chinese. */
  note?: string;
}

/** A daily or real-time AQI. */
export interface AqiResult {
  version: AqiVersion;
  standard: string;
  report: AqiReport;
  subIndices: SubIndex[];
  /** The published AQI; null = NA (a missing indicator, see `missing`). */
  aqi: number | null;
  /** The maximum of the sub-indices that could be computed (what the AQI would be); null if none. */
  aqiOfAvailable: number | null;
  /** Fields whose indicator is NA. */
  missing: string[];
  /** 首要污染物 (ties all listed); empty when AQI ≤ 50 or NA. */
  primaryPollutants: AqiIndicator[];
  category: AqiCategory | null;
  /** 超标污染物 (IAQI > 100), HJ 633-2012 only; null under HJ 633-2026, which deleted the definition. */
  nonAttainmentPollutants: AqiIndicator[] | null;
  /** HJ 633-2026 表2: sensitive groups of each pollutant whose IAQI exceeds 100; null under HJ 633-2012. */
  sensitiveGroups: { pollutant: AqiPollutant; groups: string }[] | null;
}

/** A report slot as evaluated: worked out once per edition and report (see {@link aqiReportPlan}). */
interface PlannedSlot {
  field: string;
  indicator: AqiIndicator;
  pollutant: AqiPollutant;
  /** Decimals of the published concentration. */
  decimals: number;
  /** The breakpoint column for a sub-index; null for a concentration-only slot. */
  column: IaqiColumn | null;
  /**
   * The slot a special rule sends the indicator to (HJ 633-2012 SO2 1-hour → 24-hour in the real-time report),
   * when no sub-index slot of the report already carries that indicator; null otherwise.
   */
  substitute: PlannedSlot | null;
  /** The line of an NA value (shared, frozen). */
  naLine: SubIndex;
  /** Lines already built, by scaled concentration below {@link LINE_CACHE_SIZE} (shared, frozen). */
  lines: (SubIndex | undefined)[];
}

/**
 * Sub-index lines are kept per slot for scaled concentrations below this (µg/m³ up to 4095, CO up to 409.5 mg/m³),
 * so a year of days shares a few hundred line objects instead of building seven per day.
 */
const LINE_CACHE_SIZE = 4096;

/** An edition's report with its slots prepared: columns scaled, rules and substitutes resolved. */
interface AqiReportPlan {
  edition: Hj633Edition;
  slots: readonly PlannedSlot[];
  /** Most lines a result can have (every slot, and every substitute). */
  maxLines: number;
  /** 超标污染物 threshold, or null (HJ 633-2026). */
  nonAttainmentAbove: number | null;
  /** AQI of the available sub-indices is published with an indicator missing when above this; +Infinity = never. */
  publishIncompleteAbove: number;
  sensitiveGroups: boolean;
}

const PLANS = new WeakMap<Hj633Edition, Partial<Record<AqiReport, AqiReportPlan>>>();

/** The prepared report of an edition, built on first use and kept for the edition. */
function aqiReportPlan(edition: Hj633Edition, report: AqiReport): AqiReportPlan {
  let byReport = PLANS.get(edition);
  if (byReport === undefined) PLANS.set(edition, (byReport = {}));
  let plan = byReport[report];
  if (plan === undefined) {
    const slots = edition[report];
    const planned = (field: string, indicator: AqiIndicator, withIndex: boolean): PlannedSlot => {
      const pollutant = AQI_INDICATORS[indicator].pollutant;
      return {
        field,
        indicator,
        pollutant,
        decimals: edition.concentrationDecimals[pollutant],
        column: withIndex ? iaqiColumn(edition, indicator) : null,
        substitute: null,
        naLine: Object.freeze({ field, indicator, concentration: null, iaqi: null }),
        lines: new Array(LINE_CACHE_SIZE),
      };
    };
    const list: PlannedSlot[] = [];
    for (const slot of slots) {
      if (slot.use === 'substitute') continue;
      const p = planned(slot.field, slot.indicator, slot.use === 'index');
      const rule = p.column?.rule;
      if (rule && 'substitute' in rule && !slots.some((s) => s.use === 'index' && s.indicator === rule.substitute)) {
        const sub = slots.find((s) => s.indicator === rule.substitute) as (typeof slots)[number];
        p.substitute = planned(sub.field, sub.indicator, true);
      }
      list.push(p);
    }
    plan = {
      edition,
      slots: list,
      maxLines: list.length + list.filter((p) => p.substitute !== null).length,
      nonAttainmentAbove: edition.nonAttainmentAbove,
      publishIncompleteAbove: edition.incompleteAqi === 'never' ? Number.POSITIVE_INFINITY : edition.incompleteAqi.publishAbove,
      sensitiveGroups: edition.version !== '2012',
    };
    byReport[report] = plan;
  }
  return plan;
}

/** Category of every integer AQI 0–500, looked up instead of searched. */
const CATEGORY_OF: readonly AqiCategory[] = Array.from(
  { length: 501 },
  (_, aqi) => AQI_CATEGORIES.find((c) => c.maxAqi === null || aqi <= c.maxAqi) as AqiCategory,
);

/** A new sub-index line of a value (key order as published). */
function subIndex(slot: PlannedSlot, value: number, iaqi: number | null): SubIndex {
  return { field: slot.field, indicator: slot.indicator, concentration: formatScaled(value, slot.decimals), iaqi };
}

/**
 * The line of a value that no special rule touches: the same (field, concentration, sub-index) always gives the
 * same line, so it is built once per slot and value and shared, frozen, by every result that has it.
 */
function sharedLine(slot: PlannedSlot, value: number): SubIndex {
  const cached = value < LINE_CACHE_SIZE && (value | 0) === value;
  let line = cached ? slot.lines[value] : undefined;
  if (line === undefined) {
    line = subIndex(slot, value, slot.column === null ? null : iaqiOfColumn(slot.column, value));
    if (cached) slot.lines[value] = Object.freeze(line);
  }
  return line;
}

/**
 * Builds the report from rounded, scaled concentrations (`scaled[field]`: integer × 10^decimals, or null = NA).
 * Shared by {@link dailyAqi}, {@link realtimeAqi} and the hourly series, so all three apply the same rules.
 * The edition's slots, columns and rules are prepared once per edition and report; `scaled` is only read.
 */
export function aqiResult(edition: Hj633Edition, report: AqiReport, scaled: Readonly<Record<string, number | null>>): AqiResult {
  const plan = aqiReportPlan(edition, report);
  const slots = plan.slots;
  const subIndices: SubIndex[] = new Array(plan.maxLines);
  let lines = 0;
  let missing: string[] | null = null;
  let best: number | null = null;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k];
    const value = scaled[slot.field] ?? null;
    const column = slot.column;
    if (value === null) {
      if (column === null) continue;
      subIndices[lines++] = slot.naLine;
      (missing ??= []).push(slot.field);
      continue;
    }
    if (column === null || value <= column.ruleAbove) {
      const line = sharedLine(slot, value);
      subIndices[lines++] = line;
      const iaqi = line.iaqi;
      if (iaqi !== null && (best === null || iaqi > best)) best = iaqi;
      continue;
    }
    // A special rule (> 800): the line carries its note; HJ 633-2012 SO2 1-hour adds the substitute's line.
    const iaqi = iaqiOfColumn(column, value);
    const line = subIndex(slot, value, iaqi);
    line.note = (column.rule as NonNullable<IaqiColumn['rule']>).note;
    subIndices[lines++] = line;
    if (iaqi !== null && (best === null || iaqi > best)) best = iaqi;
    const sub = slot.substitute;
    if (sub === null) continue;
    const subValue = scaled[sub.field] ?? null;
    if (subValue === null) {
      subIndices[lines++] = sub.naLine;
      (missing ??= []).push(sub.field);
      continue;
    }
    const subLine = sharedLine(sub, subValue);
    subIndices[lines++] = subLine;
    const subIaqi = subLine.iaqi;
    if (subIaqi !== null && (best === null || subIaqi > best)) best = subIaqi;
  }
  if (lines < subIndices.length) subIndices.length = lines;
  if (missing === null) missing = [];
  const published = missing.length === 0 || (best !== null && best > plan.publishIncompleteAbove);
  const aqi = published ? best : null;
  const above = plan.nonAttainmentAbove;
  return {
    version: edition.version,
    standard: edition.standard,
    report,
    subIndices,
    aqi,
    aqiOfAvailable: best,
    missing,
    primaryPollutants: aqi === null ? [] : primaryOf(subIndices, aqi),
    category: aqi === null ? null : CATEGORY_OF[aqi],
    nonAttainmentPollutants: above === null ? null : indicatorsAbove(subIndices, above),
    sensitiveGroups: plan.sensitiveGroups ? sensitiveGroups(subIndices) : null,
  };
}

/** 首要污染物: the indicators whose sub-index is the AQI, when it is above 50 (as {@link primaryPollutants}). */
function primaryOf(subIndices: readonly SubIndex[], aqi: number): AqiIndicator[] {
  if (aqi <= PRIMARY_POLLUTANT_ABOVE) return [];
  return indicatorsWhere(subIndices, aqi, aqi);
}

/** Indicators whose sub-index is above `above`, in report order. */
function indicatorsAbove(subIndices: readonly SubIndex[], above: number): AqiIndicator[] {
  return indicatorsWhere(subIndices, above + 1, 500);
}

/**
 * Indicators whose sub-index lies in [from, to], in report order, as a packed array of its own length (usually one
 * indicator or none: a literal, so the year's tallies read plain arrays).
 */
function indicatorsWhere(subIndices: readonly SubIndex[], from: number, to: number): AqiIndicator[] {
  let first: AqiIndicator | null = null;
  let more: AqiIndicator[] | null = null;
  for (let i = 0; i < subIndices.length; i++) {
    const v = subIndices[i].iaqi;
    if (v === null || v < from || v > to) continue;
    if (first === null) first = subIndices[i].indicator;
    else (more ??= [first]).push(subIndices[i].indicator);
  }
  return more ?? (first === null ? [] : [first]);
}

/** HJ 633-2026 表2 rows of the pollutants with an IAQI above 100 (each pollutant once, in report order). */
function sensitiveGroups(subIndices: readonly SubIndex[]): { pollutant: AqiPollutant; groups: string }[] {
  const out: { pollutant: AqiPollutant; groups: string }[] = [];
  for (let i = 0; i < subIndices.length; i++) {
    const v = subIndices[i].iaqi;
    if (v === null || v <= 100) continue;
    const pollutant = AQI_INDICATORS[subIndices[i].indicator].pollutant;
    let seen = false;
    for (let j = 0; j < out.length; j++) if (out[j].pollutant === pollutant) seen = true;
    if (!seen) out.push({ pollutant, groups: SENSITIVE_GROUPS_2026[pollutant] });
  }
  return out;
}
