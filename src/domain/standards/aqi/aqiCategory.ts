import { StandardInputError } from '../StandardInputError.js';
import { AQI_CATEGORIES, type AqiCategory } from './aqiCategories.js';

/**
 * @summary The category (级别, 类别, 颜色) of an AQI.
 *
 * @description
 * AQI is an integer, so the test is `aqi <= 50` 优, `<= 100` 良, `<= 150` 轻度污染, `<= 200` 中度污染,
 * `<= 300` 重度污染, else 严重污染. Both editions share the table (standards.md §1.6, CONFIRMED); AQI 0 is 优
 * [INTERPRETATION for 2026, whose table starts at 1].
 *
 * @param aqi - an integer AQI or IAQI, 0–500
 * @throws {StandardInputError} if aqi is not an integer in 0–500
 *
 * @example
 * aqiCategory(100).name //=> '良'
 * aqiCategory(101).hex //=> '#FF7E00'
 */
export function aqiCategory(aqi: number): AqiCategory {
  if (!Number.isInteger(aqi) || aqi < 0 || aqi > 500) throw new StandardInputError('aqi', aqi, '0～500 的整数');
  return AQI_CATEGORIES.find((c) => c.maxAqi === null || aqi <= c.maxAqi) as AqiCategory;
}
