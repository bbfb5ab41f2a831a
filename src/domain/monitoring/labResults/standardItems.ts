import { GB14848_ITEMS, GB15618_ITEMS, GB36600_ITEMS, GB3838_ITEMS } from '../../standards/index.js';
import { NOISE_ITEMS, type LabItem } from './labItems.js';

/** The standards lab results are checked against here (air has its own path: HJ 663 statistics). */
export const LAB_STANDARDS = ['GB3838', 'GB14848', 'GB36600', 'GB15618', 'GB3096'] as const;
export type LabStandard = (typeof LAB_STANDARDS)[number];

/** Printed names of the standards. */
export const LAB_STANDARD_NAMES: Readonly<Record<LabStandard, string>> = {
  GB3838: 'GB 3838-2002 地表水环境质量标准',
  GB14848: 'GB/T 14848-2017 地下水质量标准',
  GB36600: 'GB 36600-2018 建设用地土壤污染风险管控标准',
  GB15618: 'GB 15618-2018 农用地土壤污染风险管控标准',
  GB3096: 'GB 3096-2008 声环境质量标准',
};

/** How an item of a lab sheet enters the standards engine under one standard. */
export interface StandardItemRef {
  /** The engine's item key ('NH3-N'; 'leq'/'lmax' for noise; 'pH' for GB 15618, where it is an option). */
  engineItem: string;
  /** The unit of the standard's table; results are converted to it. */
  unit: string;
  /** GB 3096: the period the level belongs to. */
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
 * limit for it (水温 in GB 3838, 石油类 in GB/T 14848, a water item in a soil standard …).
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
  }
}
