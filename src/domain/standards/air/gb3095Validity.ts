/** Minimum valid data for an annual statistic: days per year, per month and in February. */
export interface AnnualValidityRule {
  minDaysPerYear: number;
  minDaysPerMonth: number;
  minDaysFebruary: number;
}

/**
 * Data-validity minimums, GB 3095-2026 表4 [CONFIRMED, image p.6]; GB 3095-2012 表4 has the same content
 * [CONFIRMED-2 for 324/27/25/20/6 via a code comment quoting GB 3095-2012; MEMORY for the rest]
 * (standards.md §2.6). §6.4: data that miss these minimums are invalid; all valid data must be used.
 */
export const GB3095_VALIDITY = {
  /** SO2, NO2, CO, O3, NOx 1-hour mean: at least 45 minutes of sampling in the hour. */
  oneHourMinMinutes: 45,
  /** SO2, NO2, CO, PM10, PM2.5, NOx 24-hour mean: at least 20 hourly means. */
  dailyMinHours: 20,
  /** O3 8-hour mean: at least 6 hourly means in the 8 hours. */
  eightHourMinHours: 6,
  /** TSP, BaP, Pb 24-hour mean: 24 hours of sampling. */
  tspBapPbDailyHours: 24,
  /** Pb quarterly mean: at least 15 evenly distributed daily means per quarter, 5 per month. */
  pbQuarter: { minDaysPerQuarter: 15, minDaysPerMonth: 5 },
  /** Annual means (both parts must hold: the year total and every month). */
  annual: {
    so2: { minDaysPerYear: 324, minDaysPerMonth: 27, minDaysFebruary: 25 },
    no2: { minDaysPerYear: 324, minDaysPerMonth: 27, minDaysFebruary: 25 },
    pm10: { minDaysPerYear: 324, minDaysPerMonth: 27, minDaysFebruary: 25 },
    pm25: { minDaysPerYear: 324, minDaysPerMonth: 27, minDaysFebruary: 25 },
    nox: { minDaysPerYear: 324, minDaysPerMonth: 27, minDaysFebruary: 25 },
    // 表4 has no annual row for CO or O3 (they have no annual limit). Their annual percentile statistics are held
    // to the same minimum here [INTERPRETATION: HJ 663's own validity clause was not read].
    co: { minDaysPerYear: 324, minDaysPerMonth: 27, minDaysFebruary: 25 },
    o3: { minDaysPerYear: 324, minDaysPerMonth: 27, minDaysFebruary: 25 },
    // "evenly distributed" (均匀分布) is not checked.
    tsp: { minDaysPerYear: 60, minDaysPerMonth: 5, minDaysFebruary: 5 },
    bap: { minDaysPerYear: 60, minDaysPerMonth: 5, minDaysFebruary: 5 },
    pb: { minDaysPerYear: 60, minDaysPerMonth: 5, minDaysFebruary: 5 },
  } satisfies Record<string, AnnualValidityRule>,
} as const;
