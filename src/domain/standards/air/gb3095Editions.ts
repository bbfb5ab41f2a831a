import type { Dated } from '../_lib/inForce.js';
import type { Gb3095EditionId } from './types.js';

/** The state in which concentrations are expressed. */
export interface ReferenceState {
  /** Gases (SO2, NO2, CO, O3, NOx). */
  gases: string;
  /** The gases' state as numbers. */
  gasTemperatureK: number;
  gasPressurePa: number;
  /** Particles (PM10, PM2.5, TSP) and their components (Pb, BaP). */
  particles: string;
}

export interface Gb3095Edition extends Dated {
  id: Gb3095EditionId;
  standard: string;
  /** Which limit table applies. */
  limits: '2012' | '2026-transition' | '2026';
  referenceState: ReferenceState;
  /** 环境空气功能区: 一类区 and 二类区 as the edition defines them. */
  zones: Readonly<Record<1 | 2, string>>;
  source: string;
}

// §4.1 of each edition: 2012 wording [MEMORY], 2026 wording [CONFIRMED] (standards.md §2.1).
const ZONES_2012 = { 1: '自然保护区、风景名胜区和其他需要特殊保护的区域', 2: '居住区、商业交通居民混合区、文化区、工业区和农村地区' } as const;
const ZONES_2026 = { 1: '国家公园、自然保护区、自然公园和其他需要特殊保护的区域', 2: '居住区、商业交通居民混合区、文化区、工业区和农村地区' } as const;
const STANDARD_STATE = '标准状态（273 K，101.325 kPa）';
const REFERENCE_STATE = '参比状态（298.15 K，1013.25 hPa）';
const ACTUAL_STATE = '监测时大气温度和压力下的实际状态';

/**
 * GB 3095 over time (standards.md §0, §2.2, §2.4). Select with {@link gb3095Edition}.
 * Gas concentrations at 298.15 K are 273/298.15 = 0.9156 × those at 273 K: values before and after
 * 2018-09-01 are not directly comparable for gases.
 */
export const GB3095_EDITIONS: readonly Gb3095Edition[] = [
  {
    id: '2012',
    standard: 'GB 3095-2012 环境空气质量标准',
    limits: '2012',
    // In force nationwide 2016-01-01 [MEMORY: the date is not in standards.md; earlier in some cities].
    effectiveFrom: '2016-01-01',
    effectiveTo: '2018-08-31',
    // §3.14 as published: all pollutants at standard state [CONFIRMED-2].
    referenceState: { gases: STANDARD_STATE, gasTemperatureK: 273, gasPressurePa: 101_325, particles: STANDARD_STATE },
    zones: ZONES_2012,
    source: 'GB 3095-2012 表1、表2, §3.14 (standards.md §2.2–2.4, CONFIRMED-2)',
  },
  {
    id: '2012-2018',
    standard: 'GB 3095-2012 环境空气质量标准（含2018年修改单）',
    limits: '2012',
    effectiveFrom: '2018-09-01',
    effectiveTo: '2026-02-28',
    // 生态环境部 2018 amendment, in force 2018-09-01 [CONFIRMED-2: two transcriptions of the notice agree].
    referenceState: { gases: REFERENCE_STATE, gasTemperatureK: 298.15, gasPressurePa: 101_325, particles: ACTUAL_STATE },
    zones: ZONES_2012,
    source: 'GB 3095-2012 表1、表2 + 2018年修改单 (standards.md §2.4, CONFIRMED-2)',
  },
  {
    id: '2026-transition',
    standard: 'GB 3095-2026 环境空气质量标准（过渡阶段限值）',
    limits: '2026-transition',
    effectiveFrom: '2026-03-01',
    effectiveTo: '2030-12-31',
    referenceState: { gases: REFERENCE_STATE, gasTemperatureK: 298.15, gasPressurePa: 101_325, particles: ACTUAL_STATE }, // §3.14, §4.3
    zones: ZONES_2026,
    source: 'GB 3095-2026 表1、表2, §4.3–4.4 (standards.md §2.2–2.4, CONFIRMED)',
  },
  {
    id: '2026',
    standard: 'GB 3095-2026 环境空气质量标准',
    limits: '2026',
    effectiveFrom: '2031-01-01',
    referenceState: { gases: REFERENCE_STATE, gasTemperatureK: 298.15, gasPressurePa: 101_325, particles: ACTUAL_STATE },
    zones: ZONES_2026,
    source: 'GB 3095-2026 表1、表2, §4.3–4.4 (standards.md §2.2–2.4, CONFIRMED)',
  },
];
