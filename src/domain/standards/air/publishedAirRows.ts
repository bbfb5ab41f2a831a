import { aqiCategory } from '../aqi/aqiCategory.js';
import { aqiResult, type AqiResult } from '../aqi/aqiResult.js';
import type { Hj633Edition } from '../aqi/hj633Editions.js';
import { hj633Edition } from '../aqi/hj633Edition.js';
import { primaryPollutants } from '../aqi/primaryPollutants.js';
import type { AqiVersion } from '../aqi/types.js';
import { CONCENTRATION_DECIMALS } from './concentrationDecimals.js';
import type { DailyAirRow } from './dailyAirSeries.js';
import type { PublishedAirSeries } from './parseDailyCsv.js';

/** A published day with its daily AQI, ready for {@link airDaysSummary}. */
export interface PublishedAirRow {
  date: string;
  values: DailyAirRow['values'];
  aqi: AqiResult;
  /**
   * HJ 633-2012 wants the O3 daily maximum 1-hour mean, which daily files often lack: without it the AQI is that of
   * the six indicators given [UNCONFIRMED: HJ 633-2012 publishes no AQI with an indicator missing; a file of
   * published daily values without O3 1-hour is read as the six-indicator daily report of the city platforms].
   */
  aqiWithoutO3Max1h: boolean;
}

const DECIMALS: Record<string, number> = { ...CONCENTRATION_DECIMALS, o3_8h: 0, o3_1h: 0 };

/**
 * @summary Daily AQI of published daily values (a station of {@link parseDailyCsv}), by the HJ 633 edition in force on
 * each day (or `version`).
 *
 * @description
 * Values are used as published (integers, CO 0.1). Under HJ 633-2012, when the file has no O3 1-hour column, the AQI,
 * category and primary pollutants are those of the other six indicators ({@link PublishedAirRow.aqiWithoutO3Max1h},
 * UNCONFIRMED); a day missing any other indicator keeps AQI NA as the edition says.
 *
 * @example
 * publishedAirRows({ station: 'A', hasO3Max1h: false, days: [{ date: '2024-07-01', row: 2, values: { so2: 10, no2: 45, co: 1.2, o3_8h: 170, pm10: 120, pm25: 80, o3_1h: null } }] })[0].aqi.aqi //=> 110
 */
export function publishedAirRows(series: PublishedAirSeries, options: { version?: AqiVersion } = {}): PublishedAirRow[] {
  let edition: Hj633Edition | null = options.version ? hj633Edition({ version: options.version }) : null;
  return series.days.map(({ date, values }) => {
    if (!options.version && (edition === null || date > (edition.effectiveTo ?? '9999') || date < edition.effectiveFrom)) edition = hj633Edition({ date });
    const e = edition as Hj633Edition;
    const scaled: Record<string, number | null> = {};
    for (const [field, v] of Object.entries(values)) scaled[field] = v === null ? null : Math.round(v * 10 ** DECIMALS[field]);
    let aqi = aqiResult(e, 'daily', scaled);
    const withoutO3Max1h = e.version === '2012' && !series.hasO3Max1h && aqi.missing.length === 1 && aqi.missing[0] === 'o3_1h' && aqi.aqiOfAvailable !== null;
    if (withoutO3Max1h) {
      const subIndices = aqi.subIndices.filter((s) => s.field !== 'o3_1h');
      const value = aqi.aqiOfAvailable as number;
      aqi = { ...aqi, subIndices, aqi: value, missing: [], primaryPollutants: primaryPollutants(subIndices), category: aqiCategory(value) };
    }
    return { date, values, aqi, aqiWithoutO3Max1h: withoutO3Max1h };
  });
}
