import type { AqiPollutant } from '../../standards/index.js';

/**
 * HJ 212-2017 factor codes (附录 B) of the six pollutants an ambient-air station (ST 22) sends, and their units there:
 * SO2 and NO2 in µg/m³ (the ambient unit, not the flue-gas mg/m³), CO in mg/m³, O3, PM10 and PM2.5 in µg/m³ — the
 * units GB 3095 and dailyAirSeries use, so values are taken as sent.
 */
export const AIR_FACTOR_CODES: Readonly<Record<AqiPollutant, string>> = {
  so2: 'a21026',
  no2: 'a21004',
  co: 'a21005',
  o3: 'a05024',
  pm10: 'a34002',
  pm25: 'a34004',
};

/**
 * What the data time of an hourly record (CN 2061) labels: the start of the hour (DataTime 2024-01-01 08:00:00 = the
 * mean of 08:00–09:00). UNCONFIRMED: HJ 212-2017 does not say in so many words; loggers seen in the field send the
 * start of the hour. Change to 'end' if a station's logger labels the hour by its end.
 */
export const HOURLY_DATA_TIME_LABEL: 'start' | 'end' = 'start';

/** Asia/Shanghai is UTC+8 all year (no daylight saving since 1991). */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
