/** The two editions of HJ 633: 'HJ 633-2012（试行）' and 'HJ 633-2026'. */
export type AqiVersion = '2012' | '2026';

/** The six pollutants of the AQI. */
export type AqiPollutant = 'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm25';

/**
 * A pollutant with its averaging time. The daily report uses 24-hour means (`_24h`), the O3 daily maximum
 * 8-hour mean (`o3_8h`) and, in 2012 only, the O3 daily maximum 1-hour mean (`o3_1h`); the real-time report uses
 * 1-hour means (`_1h`), and in 2012 also moving 8-hour (O3) and 24-hour (PM) means.
 */
export type AqiIndicator =
  | 'so2_24h'
  | 'so2_1h'
  | 'no2_24h'
  | 'no2_1h'
  | 'co_24h'
  | 'co_1h'
  | 'o3_1h'
  | 'o3_8h'
  | 'pm10_24h'
  | 'pm10_1h'
  | 'pm25_24h'
  | 'pm25_1h';

/** A column of the IAQI breakpoint table (PM have no 1-hour column). */
export type BreakpointColumn = Exclude<AqiIndicator, 'pm10_1h' | 'pm25_1h'>;

/** 日报 (daily report) or 实时报 (real-time, hourly report). */
export type AqiReport = 'daily' | 'realtime';
