import type { AqiIndicator, AqiPollutant } from './types.js';

/** What an indicator is: its pollutant, its Chinese label and its unit. */
export interface AqiIndicatorInfo {
  pollutant: AqiPollutant;
  label: string;
  unit: 'µg/m³' | 'mg/m³';
}

/** Labels follow the column heads of HJ 633 表1/表3 and the platform's "O3_8h" naming (standards.md §1.5). */
export const AQI_INDICATORS: Readonly<Record<AqiIndicator, AqiIndicatorInfo>> = {
  so2_24h: { pollutant: 'so2', label: 'SO2（24小时平均）', unit: 'µg/m³' },
  so2_1h: { pollutant: 'so2', label: 'SO2（1小时平均）', unit: 'µg/m³' },
  no2_24h: { pollutant: 'no2', label: 'NO2（24小时平均）', unit: 'µg/m³' },
  no2_1h: { pollutant: 'no2', label: 'NO2（1小时平均）', unit: 'µg/m³' },
  co_24h: { pollutant: 'co', label: 'CO（24小时平均）', unit: 'mg/m³' },
  co_1h: { pollutant: 'co', label: 'CO（1小时平均）', unit: 'mg/m³' },
  o3_1h: { pollutant: 'o3', label: 'O3（1小时平均）', unit: 'µg/m³' },
  o3_8h: { pollutant: 'o3', label: 'O3（8小时平均）', unit: 'µg/m³' },
  pm10_24h: { pollutant: 'pm10', label: 'PM10（24小时平均）', unit: 'µg/m³' },
  pm10_1h: { pollutant: 'pm10', label: 'PM10（1小时平均）', unit: 'µg/m³' },
  pm25_24h: { pollutant: 'pm25', label: 'PM2.5（24小时平均）', unit: 'µg/m³' },
  pm25_1h: { pollutant: 'pm25', label: 'PM2.5（1小时平均）', unit: 'µg/m³' },
};

/** Short pollutant names as bulletins print them. */
export const AQI_POLLUTANT_NAMES: Readonly<Record<AqiPollutant, string>> = {
  so2: 'SO2',
  no2: 'NO2',
  co: 'CO',
  o3: 'O3',
  pm10: 'PM10',
  pm25: 'PM2.5',
};
