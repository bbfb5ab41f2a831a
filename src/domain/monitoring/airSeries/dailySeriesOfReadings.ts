import { CONCENTRATION_DECIMALS, roundGbt8170, type AqiPollutant, type PublishedAirSeries } from '../../standards/index.js';
import { AIR_FACTOR_CODES } from './airFactorCodes.js';
import { localDay, type StationReading } from './hourlySeriesOfReadings.js';

const POLLUTANTS: readonly Exclude<AqiPollutant, 'o3'>[] = ['so2', 'no2', 'co', 'pm10', 'pm25'];

/**
 * @summary A station's daily records (HJ 212 CN 2031) as published daily values: each 24-hour mean rounded once by
 * GB/T 8170 to the published interval (integers, CO 0.1), null where not valid.
 *
 * @description The day is the data time's Asia/Shanghai day. O3 is left missing: a daily record's a05024 is the
 * 24-hour mean, not the daily maximum 8-hour mean GB 3095 judges (UNCONFIRMED: no HJ 212-2017 code carries the
 * 8-hour maximum; a station sending daily records only is judged without O3 — its hourly records, when stored, are
 * used instead).
 *
 * @example
 * dailySeriesOfReadings('A', [{ dataTime: new Date('2024-01-01T00:00:00+08:00'), factors: { a21005: { avg: '0.85', valid: true } } }]).days[0].values.co //=> 0.8
 */
export function dailySeriesOfReadings(station: string, readings: readonly StationReading[]): PublishedAirSeries {
  const days = readings.map((r, i) => {
    const values: PublishedAirSeries['days'][number]['values'] = { so2: null, no2: null, co: null, o3_8h: null, pm10: null, pm25: null, o3_1h: null };
    for (const p of POLLUTANTS) {
      const f = r.factors[AIR_FACTOR_CODES[p]];
      const text = f?.avg ?? f?.rtd;
      if (!f || !f.valid || text === undefined || !Number.isFinite(Number(text)) || Number(text) < 0) continue;
      values[p] = Number(roundGbt8170(text, 10 ** -CONCENTRATION_DECIMALS[p]));
    }
    return { date: localDay(r.dataTime), row: i + 1, values };
  });
  return { station, hasO3Max1h: false, days: days.sort((a, b) => (a.date < b.date ? -1 : 1)) };
}
