import { Decimal } from 'decimal.js';

/**
 * The extent of China's territory, land and islands, in decimal degrees: west 73°33′E (帕米尔高原), east 135°05′E
 * (黑龙江与乌苏里江主航道汇合处), north 53°33′N (漠河以北黑龙江主航道), south 3°51′N (曾母暗沙).
 */
export const CHINA_EXTENT = { west: 73.55, east: 135.0833, south: 3.85, north: 53.55 } as const;

/**
 * Warnings (not refusals) for a point outside China's extent: usually swapped longitude and latitude, or a typo.
 * Either value may be missing; nothing is said about a missing one.
 */
export function chinaExtentWarnings(longitude: Decimal.Value | null, latitude: Decimal.Value | null): string[] {
  const warnings: string[] = [];
  const lon = longitude === null ? null : new Decimal(longitude);
  const lat = latitude === null ? null : new Decimal(latitude);
  if (lon && lat && lon.gte(CHINA_EXTENT.south) && lon.lte(CHINA_EXTENT.north) && lat.gte(CHINA_EXTENT.west) && lat.lte(CHINA_EXTENT.east)) {
    warnings.push(`经度 ${lon.toString()} 与纬度 ${lat.toString()} 似乎填反了：中国境内经度约为 73°33′E 至 135°05′E，纬度约为 3°51′N 至 53°33′N`);
    return warnings;
  }
  if (lon && (lon.lt(CHINA_EXTENT.west) || lon.gt(CHINA_EXTENT.east))) {
    warnings.push(`经度 ${lon.toString()} 不在中国境内范围（约 73°33′E 至 135°05′E），请核对`);
  }
  if (lat && (lat.lt(CHINA_EXTENT.south) || lat.gt(CHINA_EXTENT.north))) {
    warnings.push(`纬度 ${lat.toString()} 不在中国境内范围（约 3°51′N 至 53°33′N），请核对`);
  }
  return warnings;
}
