import { GB14848_ITEMS, GB15618_ITEMS, GB36600_ITEMS, GB3838_ITEMS, type AirPollutant } from '../../standards/index.js';
import { NOISE_ITEMS, type LabItem } from './labItems.js';

/**
 * The standards lab results are checked against here. GB 3095: a lab's ambient-air sample against the 24-hour limits
 * (`judgeAirSample`); a station's hourly and daily data have their own path (HJ 663 statistics).
 */
export const LAB_STANDARDS = ['GB3838', 'GB14848', 'GB36600', 'GB15618', 'GB3096', 'GB3095'] as const;
export type LabStandard = (typeof LAB_STANDARDS)[number];

/** Printed names of the standards. */
export const LAB_STANDARD_NAMES: Readonly<Record<LabStandard, string>> = {
  GB3838: 'GB 3838-2002 地表水环境质量标准',
  GB14848: 'GB/T 14848-2017 地下水质量标准',
  GB36600: 'GB 36600-2018 建设用地土壤污染风险管控标准',
  GB15618: 'GB 15618-2018 农用地土壤污染风险管控标准',
  GB3096: 'GB 3096-2008 声环境质量标准',
  // The edition follows the sampling date (GB 3095-2012; GB 3095-2026 from 2026-03-01): each sample's summary names it.
  GB3095: 'GB 3095 环境空气质量标准',
};

/** Lab items that are pollutants of GB 3095 表1–表2, by lab item id. */
const AIR_POLLUTANTS: Readonly<Record<string, AirPollutant>> = {
  SO2: 'so2',
  NO2: 'no2',
  NOx: 'nox',
  CO: 'co',
  O3: 'o3',
  PM10: 'pm10',
  'PM2.5': 'pm25',
  TSP: 'tsp',
  Pb: 'pb',
  BaP: 'bap',
};

/** How an item of a lab sheet enters the standards engine under one standard. */
export interface StandardItemRef {
  /** The engine's item key ('NH3-N'; 'leq'/'lmax' for noise; 'pH' for GB 15618, where it is an option). */
  engineItem: string;
  /** The unit of the standard's table; results are converted to it. */
  unit: string;
  /** GB 3096: the period the level belongs to. GB 3095: `engineItem` is the pollutant ('so2', 'pm25' …). */
  period?: 'day' | 'night';
  /** GB 15618: soil pH chooses the band of the limits (an option, not an item with a limit). */
  option?: 'pH';
}

/** Read a lab standard code as the CLI or a form gives it ('gb/t14848', 'GB 3838-2002'); null if unknown. */
export function labStandard(code: string): LabStandard | null {
  const c = String(code ?? '')
    .toUpperCase()
    .replace(/\s/g, '')
    .replace('/T', '')
    .replace(/-\d{4}$/, '');
  return (LAB_STANDARDS as readonly string[]).includes(c) ? (c as LabStandard) : null;
}

/**
 * The item of `standard` that a lab item is, with the unit to convert to; null when the standard's table has no
 * limit for it (水温 in GB 3838, 石油类 in GB/T 14848, a water item in a soil standard, VOCs in GB 3095 …). For GB 3095
 * the pollutant is returned whatever its averaging times; `judgeAirSample` decides whether one fits the sample.
 */
export function standardItemFor(standard: LabStandard, item: LabItem): StandardItemRef | null {
  switch (standard) {
    case 'GB3838': {
      const s = GB3838_ITEMS.find((i) => i.id === item.id);
      return s ? { engineItem: s.id, unit: s.unit } : null;
    }
    case 'GB14848': {
      const s = GB14848_ITEMS.find((i) => i.id === item.id);
      return s ? { engineItem: s.id, unit: s.unit } : null;
    }
    case 'GB36600': {
      const s = GB36600_ITEMS.find((i) => i.id === item.id);
      return s ? { engineItem: s.id, unit: 'mg/kg' } : null;
    }
    case 'GB15618': {
      if (item.id === 'pH') return { engineItem: 'pH', unit: '无量纲', option: 'pH' };
      const s = GB15618_ITEMS.find((i) => i.id === item.id);
      return s ? { engineItem: s.id, unit: 'mg/kg' } : null;
    }
    case 'GB3096': {
      const n = NOISE_ITEMS[item.id as keyof typeof NOISE_ITEMS];
      return n ? { engineItem: n.engineItem, unit: 'dB(A)', period: n.period } : null;
    }
    case 'GB3095': {
      const p = AIR_POLLUTANTS[item.id];
      return p ? { engineItem: p, unit: p === 'co' ? 'mg/m³' : 'µg/m³' } : null;
    }
  }
}
