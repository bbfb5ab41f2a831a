import type { Dated } from '../_lib/inForce.js';

export interface Hj663Edition extends Dated {
  id: '2013' | '2026';
  standard: string;
}

/**
 * HJ 663 editions. The text of neither was read for standards.md (§3): every rule in {@link HJ663_RULES} is
 * CONFIRMED-2 at best, and HJ 663-2026 is assumed to keep the 2013 rules.
 */
export const HJ663_EDITIONS: readonly Hj663Edition[] = [
  { id: '2013', standard: 'HJ 663-2013 环境空气质量评价技术规范（试行）', effectiveFrom: '2013-10-01', effectiveTo: '2026-02-28' },
  { id: '2026', standard: 'HJ 663-2026 环境空气质量评价技术规范', effectiveFrom: '2026-03-01' },
];

/** The pollutants of the annual evaluation. */
export type EvaluatedPollutant = 'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm25';

/** HJ 663 statistics and conventions (standards.md §2.5, §3). */
export const HJ663_RULES = {
  /**
   * Percentile of the daily values judged against the 24-hour (O3: 8-hour) limit: SO2, NO2 98th; PM10, PM2.5,
   * CO 95th; O3 daily max 8-hour 90th [CONFIRMED-2: several implementations and official bulletins].
   */
  annualPercentile: { so2: 98, no2: 98, pm10: 95, pm25: 95, co: 95, o3: 90 } as Readonly<Record<EvaluatedPollutant, number>>,
  /** Pollutants with an annual mean (judged against the annual limit) [CONFIRMED-2]. */
  annualMean: ['so2', 'no2', 'pm10', 'pm25'] as readonly EvaluatedPollutant[],
  /**
   * O3 daily maximum 8-hour mean: the 8-hour means ending 08:00 … 24:00 of the day (17 windows, all inside the
   * day) [MEMORY: the window range]; valid with at least 14 valid 8-hour means, otherwise only when it exceeds
   * the limit [CONFIRMED-2: HJ 663-2013 and -2026 §6.1.2 as recorded by the sitian project].
   */
  mda8: { firstWindowEndHour: 8, lastWindowEndHour: 24, minValidWindows: 14 },
  /** O3 daily maximum 1-hour mean (HJ 633-2012 daily AQI): at least 20 valid hours [INTERPRETATION: no rule found]. */
  o3Max1hMinHours: 20,
} as const;
