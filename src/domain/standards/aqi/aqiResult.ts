import { formatScaled } from '../_lib/integer.js';
import { SENSITIVE_GROUPS_2026, type AqiCategory } from './aqiCategories.js';
import { aqiCategory } from './aqiCategory.js';
import { AQI_INDICATORS } from './aqiIndicators.js';
import type { Hj633Edition } from './hj633Editions.js';
import { breakpointColumn, iaqiScaled } from './iaqiScaled.js';
import { primaryPollutants } from './primaryPollutants.js';
import type { AqiIndicator, AqiPollutant, AqiReport, AqiVersion } from './types.js';

/** One line of a daily or real-time report. */
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

/**
 * Builds the report from rounded, scaled concentrations (`scaled[field]`: integer × 10^decimals, or null = NA).
 * Shared by {@link dailyAqi}, {@link realtimeAqi} and the hourly series, so all three apply the same rules.
 */
export function aqiResult(edition: Hj633Edition, report: AqiReport, scaled: Readonly<Record<string, number | null>>): AqiResult {
  const slots = edition[report];
  const subIndices: SubIndex[] = [];
  const missing: string[] = [];
  const push = (field: string, indicator: AqiIndicator, value: number | null, withIndex: boolean): SubIndex => {
    const decimals = edition.concentrationDecimals[AQI_INDICATORS[indicator].pollutant];
    const line: SubIndex = {
      field,
      indicator,
      concentration: value === null ? null : formatScaled(value, decimals),
      iaqi: withIndex && value !== null ? iaqiScaled(edition, indicator, value) : null,
    };
    subIndices.push(line);
    if (withIndex && value === null) missing.push(field);
    return line;
  };
  for (const slot of slots) {
    if (slot.use === 'substitute') continue;
    const value = scaled[slot.field] ?? null;
    if (slot.use === 'concentration') {
      if (value !== null) push(slot.field, slot.indicator, value, false);
      continue;
    }
    const line = push(slot.field, slot.indicator, value, true);
    const rule = edition.above800[breakpointColumn(edition, slot.indicator)];
    const scale = 10 ** edition.concentrationDecimals[AQI_INDICATORS[slot.indicator].pollutant];
    if (!rule || value === null || value <= rule.above * scale) continue;
    line.note = rule.note;
    if ('substitute' in rule && !slots.some((s) => s.use === 'index' && s.indicator === rule.substitute)) {
      const sub = slots.find((s) => s.indicator === rule.substitute) as (typeof slots)[number];
      push(sub.field, sub.indicator, scaled[sub.field] ?? null, true);
    }
  }
  let best: number | null = null;
  for (const s of subIndices) if (s.iaqi !== null && (best === null || s.iaqi > best)) best = s.iaqi;
  const published =
    missing.length === 0 ||
    (edition.incompleteAqi !== 'never' && best !== null && best > edition.incompleteAqi.publishAbove);
  const aqi = published ? best : null;
  const above = edition.nonAttainmentAbove;
  return {
    version: edition.version,
    standard: edition.standard,
    report,
    subIndices,
    aqi,
    aqiOfAvailable: best,
    missing,
    primaryPollutants: aqi === null ? [] : primaryPollutants(subIndices),
    category: aqi === null ? null : aqiCategory(aqi),
    nonAttainmentPollutants: above === null ? null : subIndices.filter((s) => s.iaqi !== null && s.iaqi > above).map((s) => s.indicator),
    sensitiveGroups: edition.version === '2012' ? null : sensitiveGroups(subIndices),
  };
}

/** HJ 633-2026 表2 rows of the pollutants with an IAQI above 100 (each pollutant once, in report order). */
function sensitiveGroups(subIndices: readonly SubIndex[]): { pollutant: AqiPollutant; groups: string }[] {
  const pollutants = new Set(subIndices.filter((s) => s.iaqi !== null && s.iaqi > 100).map((s) => AQI_INDICATORS[s.indicator].pollutant));
  return [...pollutants].map((pollutant) => ({ pollutant, groups: SENSITIVE_GROUPS_2026[pollutant] }));
}
