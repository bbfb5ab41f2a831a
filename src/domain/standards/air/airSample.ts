import { toCalendarDate, type DateInput } from '../_lib/calendarDate.js';
import { roundedConcentration } from '../aqi/roundedConcentration.js';
import { formatScaled } from '../_lib/integer.js';
import { readMeasured } from '../_lib/measured.js';
import type { ItemVerdict } from '../ItemVerdict.js';
import { StandardInputError } from '../StandardInputError.js';
import { printedMultiple } from '../stats/printedMultiple.js';
import { airLimit } from './airLimit.js';
import { CONCENTRATION_DECIMALS } from './concentrationDecimals.js';
import { gb3095Edition } from './gb3095Edition.js';
import { GB3095_LIMITS } from './gb3095Limits.js';
import type { AirAveraging, AirPollutant, AirZoneClass } from './types.js';

/** Result of {@link airSample}. */
export interface AirSampleResult {
  standard: string;
  zoneClass: AirZoneClass;
  items: ItemVerdict[];
  exceedingItems: string[];
  compliant: boolean;
}

const AVERAGING_NAMES: Record<AirAveraging, string> = { year: '年平均', quarter: '季平均', '24h': '24小时平均', '8h': '日最大8小时平均', '1h': '1小时平均' };
const POLLUTANT_NAMES: Record<AirPollutant, string> = {
  so2: '二氧化硫', no2: '二氧化氮', co: '一氧化碳', o3: '臭氧', pm10: 'PM10', pm25: 'PM2.5', tsp: '总悬浮颗粒物', nox: '氮氧化物', pb: '铅', bap: '苯并[a]芘',
};

/**
 * @summary GB 3095: air concentrations (each with its averaging time) against the limits of a zone class on a date.
 *
 * @description
 * Items are named `<pollutant>_<averaging>`: `pm25_24h`, `so2_1h`, `o3_8h`, `no2_year`, `pb_quarter` …
 * SO2, NO2, CO, O3, PM10, PM2.5 and NOx are judged as published, rounded by GB/T 8170 (integers, CO 0.1)
 * [INTERPRETATION, standards.md §3.4; NOx by analogy]; TSP, Pb and BaP in full. 超标倍数 against the limit.
 * Source: GB 3095-2012 / GB 3095-2026 表1–2 (standards.md §2, §3.4).
 *
 * @param sample - item → concentration, µg/m³ (CO mg/m³)
 * @param options - `date` and `zoneClass` (1 or 2)
 * @throws {StandardInputError} for an unknown item, a bad value or zone class, or a date before 2016-01-01
 *
 * @example
 * airSample({ pm25_24h: 75.4 }, { date: '2025-01-01', zoneClass: 2 }).compliant //=> true
 * airSample({ pm25_24h: 75.4 }, { date: '2026-03-01', zoneClass: 2 }).exceedingItems //=> ['pm25_24h']
 */
export function airSample(sample: Readonly<Record<string, unknown>>, options: { date: DateInput; zoneClass: AirZoneClass }): AirSampleResult {
  const date = toCalendarDate(options?.date);
  const edition = gb3095Edition({ date });
  if (sample === null || typeof sample !== 'object' || Object.keys(sample).length === 0) {
    throw new StandardInputError('sample', sample, '至少一个项目的浓度');
  }
  const rows = GB3095_LIMITS[edition.limits];
  const items = Object.entries(sample).map(([key, raw]): ItemVerdict => {
    const row = rows.find((r) => `${r[0]}_${r[1]}` === key.trim().toLowerCase());
    if (!row) throw new StandardInputError('item', key, `${edition.standard} 的项目之一：${rows.map((r) => `${r[0]}_${r[1]}`).join('、')}`);
    if (raw === null || raw === undefined) throw new StandardInputError(key, raw, '浓度值');
    const [pollutant, averaging] = row;
    const limit = airLimit({ pollutant, averaging, zoneClass: options.zoneClass, edition: edition.id });
    const decimals = (CONCENTRATION_DECIMALS as Record<string, number>)[pollutant];
    const value = decimals === undefined ? readMeasured(raw, key).value.toString() : formatScaled(roundedConcentration(raw, key, decimals) as number, decimals);
    const multiple = printedMultiple(value, limit.value);
    return {
      item: key.trim().toLowerCase(),
      name: `${POLLUTANT_NAMES[pollutant]}（${AVERAGING_NAMES[averaging]}）`,
      unit: limit.unit,
      value,
      notDetected: false,
      limit: String(limit.value),
      exceeds: multiple !== null,
      multiple,
      ...(decimals === undefined ? {} : { note: '按GB/T 8170修约后判定' }),
    };
  });
  const exceedingItems = items.filter((i) => i.exceeds).map((i) => i.item);
  return { standard: edition.standard, zoneClass: options.zoneClass, items, exceedingItems, compliant: exceedingItems.length === 0 };
}
