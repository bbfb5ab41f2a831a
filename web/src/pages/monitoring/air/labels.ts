/** Chinese names of the six pollutants as the air pages print them. */
export const POLLUTANT_NAMES: Readonly<Record<string, string>> = { so2: 'SO₂', no2: 'NO₂', co: 'CO', o3: 'O₃', pm10: 'PM10', pm25: 'PM2.5' };

/** What an averaging or a statistic is called. */
export const AVERAGING_NAMES: Readonly<Record<string, string>> = { '24h': '24小时平均', '8h': '日最大8小时平均' };
