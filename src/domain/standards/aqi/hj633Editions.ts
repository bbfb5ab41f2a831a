import type { Dated } from '../_lib/inForce.js';
import type { AqiIndicator, AqiPollutant, AqiVersion, BreakpointColumn } from './types.js';

/**
 * One input of a report: the field name callers use, the indicator it is, and its role.
 * - 'index': has a sub-index and takes part in the AQI;
 * - 'concentration': published as a concentration only, no sub-index (PM 1-hour in the 2012 real-time report);
 * - 'substitute': only used when a special rule sends an indicator to it (SO2 24-hour in the 2012 real-time report).
 */
export interface AqiSlot {
  field: string;
  indicator: AqiIndicator;
  use: 'index' | 'concentration' | 'substitute';
}

/** What happens above the top of a column that the standard closes with a note (SO2 1-hour, O3 8-hour > 800). */
export type Above800Rule =
  | { above: number; substitute: AqiIndicator; note: string }
  | { above: number; iaqi: number; note: string };

export interface Hj633Edition extends Dated {
  version: AqiVersion;
  /** Code and title as printed. */
  standard: string;
  source: string;
  /** The breakpoint column that evaluates an indicator, where it is not the indicator itself. */
  columnOf: Partial<Record<AqiIndicator, BreakpointColumn>>;
  above800: Partial<Record<BreakpointColumn, Above800Rule>>;
  /** Decimals the concentration is rounded to (GB/T 8170) before formula (1). */
  concentrationDecimals: Readonly<Record<AqiPollutant, number>>;
  daily: readonly AqiSlot[];
  realtime: readonly AqiSlot[];
  /**
   * When an indicator is missing: 'never' — no AQI; or publish the AQI of the other indicators only when it is
   * above `publishAbove` (otherwise AQI and category are NA).
   */
  incompleteAqi: 'never' | { publishAbove: number };
  /** 超标污染物: IAQI above this value; null when the edition has no such definition. */
  nonAttainmentAbove: number | null;
}

const ROUNDING = { so2: 0, no2: 0, co: 1, o3: 0, pm10: 0, pm25: 0 } as const;

/**
 * HJ 633 editions, selected by the date of the data (standards.md §0: data before 2026-03-01 → 2012 rules).
 */
export const HJ633_EDITIONS: readonly Hj633Edition[] = [
  {
    version: '2012',
    standard: 'HJ 633-2012 环境空气质量指数（AQI）技术规定（试行）',
    source: 'HJ 633-2012 §4–§6, 表1–表4 (standards.md §1, CONFIRMED)',
    // Implemented nationwide 2016-01-01 with GB 3095-2012 [MEMORY: the date is not in standards.md].
    effectiveFrom: '2016-01-01',
    effectiveTo: '2026-02-28',
    columnOf: {},
    above800: {
      // 表1 注2: SO2 1-hour > 800 → no 1-hour IAQI; report SO2 from the 24-hour average. Which 24-hour average in
      // the real-time report is not said: the caller's `so2_24h` (a 24-hour moving mean) [INTERPRETATION].
      so2_1h: { above: 800, substitute: 'so2_24h', note: 'SO2 1小时平均浓度高于800，不计算1小时分指数，按24小时平均浓度计算' },
      // 表1 注3: O3 8-hour > 800 → no 8-hour IAQI; use the 1-hour IAQI.
      o3_8h: { above: 800, substitute: 'o3_1h', note: 'O3 8小时平均浓度高于800，不计算8小时分指数，按1小时平均浓度计算' },
    },
    // HJ 633-2012 does not say how to round concentrations; the national platform and practitioners use
    // GB/T 8170 to integers, CO to 0.1 — the 2026 rule [CONFIRMED-2 as practice, standards.md §1.2].
    concentrationDecimals: ROUNDING,
    // §5.1.2, 表3: 7 indicators.
    daily: [
      { field: 'so2', indicator: 'so2_24h', use: 'index' },
      { field: 'no2', indicator: 'no2_24h', use: 'index' },
      { field: 'co', indicator: 'co_24h', use: 'index' },
      { field: 'pm10', indicator: 'pm10_24h', use: 'index' },
      { field: 'pm25', indicator: 'pm25_24h', use: 'index' },
      { field: 'o3_8h', indicator: 'o3_8h', use: 'index' },
      { field: 'o3_1h', indicator: 'o3_1h', use: 'index' },
    ],
    // §5.1.3, 表4: sub-indices for SO2, NO2, CO, O3 1-hour, O3 8-hour moving and PM 24-hour moving means; PM 1-hour
    // concentrations are published without a sub-index. The set is [INTERPRETATION] (standards.md §1.9 H3).
    realtime: [
      { field: 'so2', indicator: 'so2_1h', use: 'index' },
      { field: 'no2', indicator: 'no2_1h', use: 'index' },
      { field: 'co', indicator: 'co_1h', use: 'index' },
      { field: 'o3', indicator: 'o3_1h', use: 'index' },
      { field: 'o3_8h', indicator: 'o3_8h', use: 'index' },
      { field: 'pm10_24h', indicator: 'pm10_24h', use: 'index' },
      { field: 'pm25_24h', indicator: 'pm25_24h', use: 'index' },
      { field: 'pm10', indicator: 'pm10_1h', use: 'concentration' },
      { field: 'pm25', indicator: 'pm25_1h', use: 'concentration' },
      { field: 'so2_24h', indicator: 'so2_24h', use: 'substitute' },
    ],
    // 表3/表4 注: a missing indicator's concentration and sub-index are NA. The 2012 text does not say whether an
    // AQI may be computed from the rest; this library publishes none [INTERPRETATION].
    incompleteAqi: 'never',
    // §3.4, §4.4.2.
    nonAttainmentAbove: 100,
  },
  {
    version: '2026',
    standard: 'HJ 633-2026 环境空气质量指数（AQI）技术规定',
    source: 'HJ 633-2026 §4–§5, 表1–表3 (standards.md §1, CONFIRMED)',
    effectiveFrom: '2026-03-01',
    // §4.2.4: in the real-time report PM 1-hour means are evaluated on the daily-mean (日平均) columns.
    columnOf: { pm10_1h: 'pm10_24h', pm25_1h: 'pm25_24h' },
    above800: {
      so2_1h: { above: 800, iaqi: 200, note: 'SO2 1小时平均浓度高于800，分指数按200计' }, // 表3 注b
      o3_8h: { above: 800, iaqi: 300, note: 'O3 8小时平均浓度高于800，分指数按300计' }, // 表3 注c
    },
    concentrationDecimals: ROUNDING, // §4.2.2/4.2.3: GB/T 8170, integers; CO 1 decimal
    // §4.2.2: 6 indicators, O3 1-hour no longer in the daily AQI.
    daily: [
      { field: 'so2', indicator: 'so2_24h', use: 'index' },
      { field: 'no2', indicator: 'no2_24h', use: 'index' },
      { field: 'co', indicator: 'co_24h', use: 'index' },
      { field: 'pm10', indicator: 'pm10_24h', use: 'index' },
      { field: 'pm25', indicator: 'pm25_24h', use: 'index' },
      { field: 'o3_8h', indicator: 'o3_8h', use: 'index' },
    ],
    // §4.2.3: 6 one-hour means.
    realtime: [
      { field: 'so2', indicator: 'so2_1h', use: 'index' },
      { field: 'no2', indicator: 'no2_1h', use: 'index' },
      { field: 'co', indicator: 'co_1h', use: 'index' },
      { field: 'o3', indicator: 'o3_1h', use: 'index' },
      { field: 'pm10', indicator: 'pm10_1h', use: 'index' },
      { field: 'pm25', indicator: 'pm25_1h', use: 'index' },
    ],
    // §5.3.1: compute from the other indicators; publish the AQI if > 100, otherwise AQI and category are NA.
    // §5.3.2 (a pollutant not monitored at all, judged on three years of history) is not modelled.
    incompleteAqi: { publishAbove: 100 },
    nonAttainmentAbove: null, // 前言: the definition of 超标污染物 was deleted
  },
];
