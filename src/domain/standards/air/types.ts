/** Pollutants of GB 3095 表1 (basic) and 表2 (other items). */
export type AirPollutant = 'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm25' | 'tsp' | 'nox' | 'pb' | 'bap';

/** Averaging times: 年平均, 季平均, 24小时(日)平均, 日最大8小时平均, 1小时平均. */
export type AirAveraging = 'year' | 'quarter' | '24h' | '8h' | '1h';

/** 环境空气功能区类别: 一类区 → 一级浓度限值, 二类区 → 二级浓度限值. */
export type AirZoneClass = 1 | 2;

/** Editions of GB 3095 as they apply over time. */
export type Gb3095EditionId = '2012' | '2012-2018' | '2026-transition' | '2026';
