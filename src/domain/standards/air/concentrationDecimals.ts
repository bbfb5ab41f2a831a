/**
 * Decimals a published air concentration is rounded to by GB/T 8170: integers (µg/m³), CO one decimal (mg/m³).
 * Source: HJ 633-2026 §4.2.2/4.2.3 [CONFIRMED]; the same convention for data before 2026 [CONFIRMED-2 as practice]
 * (standards.md §1.2, §10).
 */
export const CONCENTRATION_DECIMALS = { so2: 0, no2: 0, co: 1, o3: 0, pm10: 0, pm25: 0, nox: 0 } as const;

/** A pollutant measured hourly by automatic stations. */
export type HourlyPollutant = keyof typeof CONCENTRATION_DECIMALS;
