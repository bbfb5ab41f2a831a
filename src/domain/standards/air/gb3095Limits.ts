import type { AirAveraging, AirPollutant } from './types.js';

/** One limit row: [pollutant, averaging, class-1 limit, class-2 limit]. Units: µg/m³, CO mg/m³. */
export type AirLimitRow = readonly [AirPollutant, AirAveraging, number, number];

/**
 * GB 3095-2012 表1 and 表2 [CONFIRMED-2: onxelh.cn transcription; matches every 2012-era implementation and the
 * GB 3095-2026 transition column] (standards.md §2.2–2.3). The 2018 amendment changed the reference state,
 * not these numbers.
 */
const GB3095_2012: readonly AirLimitRow[] = [
  ['so2', 'year', 20, 60],
  ['so2', '24h', 50, 150],
  ['so2', '1h', 150, 500],
  ['no2', 'year', 40, 40],
  ['no2', '24h', 80, 80],
  ['no2', '1h', 200, 200],
  ['co', '24h', 4, 4],
  ['co', '1h', 10, 10],
  ['o3', '8h', 100, 160],
  ['o3', '1h', 160, 200],
  ['pm10', 'year', 40, 70],
  ['pm10', '24h', 50, 150],
  ['pm25', 'year', 15, 35],
  ['pm25', '24h', 35, 75],
  ['tsp', 'year', 80, 200],
  ['tsp', '24h', 120, 300],
  ['nox', 'year', 50, 50],
  ['nox', '24h', 100, 100],
  ['nox', '1h', 250, 250],
  ['pb', 'year', 0.5, 0.5],
  ['pb', 'quarter', 1, 1],
  ['bap', 'year', 0.001, 0.001],
  ['bap', '24h', 0.0025, 0.0025],
];

/** Rows GB 3095-2026 表1/表2 share between the transition and the final limits. */
const GB3095_2026_COMMON: readonly AirLimitRow[] = [
  ['no2', '1h', 200, 200],
  ['co', '24h', 4, 4],
  ['co', '1h', 10, 10],
  ['o3', '8h', 100, 160],
  ['o3', '1h', 160, 200],
  ['tsp', 'year', 80, 200],
  ['tsp', '24h', 120, 300],
  ['nox', '1h', 250, 250],
  ['pb', 'year', 0.5, 0.5],
  ['pb', 'quarter', 1, 1],
  ['bap', 'year', 0.001, 0.001],
  ['bap', '24h', 0.0025, 0.0025],
];

/**
 * GB 3095-2026 表1 and 表2 [CONFIRMED: rendered pages 3–4 of the official e-version] (standards.md §2.2–2.3).
 * 过渡阶段 (transition) limits apply 2026-03-01 → 2030-12-31; the final limits from 2031-01-01 (§4.4, 前言).
 * NOx transition limits (年 50, 日 100) are the 表2 note "过渡阶段至2030-12-31".
 * §4.5: 表2 items (TSP, NOx, Pb, BaP) are implemented as the MEE or provincial governments decide.
 */
export const GB3095_LIMITS: Readonly<Record<'2012' | '2026-transition' | '2026', readonly AirLimitRow[]>> = {
  '2012': GB3095_2012,
  '2026-transition': [
    ...GB3095_2026_COMMON,
    ['so2', 'year', 20, 60],
    ['so2', '24h', 50, 150],
    ['so2', '1h', 150, 500],
    ['no2', 'year', 40, 40],
    ['no2', '24h', 80, 80],
    ['pm10', 'year', 40, 60],
    ['pm10', '24h', 50, 120],
    ['pm25', 'year', 15, 30],
    ['pm25', '24h', 35, 60],
    ['nox', 'year', 50, 50],
    ['nox', '24h', 100, 100],
  ],
  '2026': [
    ...GB3095_2026_COMMON,
    ['so2', 'year', 20, 20],
    ['so2', '24h', 50, 50],
    ['so2', '1h', 150, 150],
    ['no2', 'year', 30, 30],
    ['no2', '24h', 50, 50],
    ['pm10', 'year', 20, 50],
    ['pm10', '24h', 50, 100],
    ['pm25', 'year', 10, 25],
    ['pm25', '24h', 25, 50],
    ['nox', 'year', 40, 40],
    ['nox', '24h', 70, 70],
  ],
};
