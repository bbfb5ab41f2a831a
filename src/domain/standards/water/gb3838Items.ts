import type { NamedItem } from '../_lib/resolveItem.js';

/** An item of GB 3838-2002 with its class limits. */
export interface Gb3838Item extends NamedItem {
  unit: string;
  /**
   * 'max': class k holds while value ≤ limits[k−1]; 'min' (DO): while value ≥ limits[k−1];
   * 'range' (pH): 6–9 for every class; 'single' (表2): one limit, no classes.
   */
  kind: 'max' | 'min' | 'range' | 'single';
  /** Limits of classes Ⅰ–Ⅴ (one value for 'single'; [low, high] for 'range'). */
  limits: readonly number[];
  /** TP: the limits for lakes and reservoirs (湖、库). */
  lakeLimits?: readonly number[];
  /** TN: limits apply to lakes and reservoirs only. */
  lakeOnly?: boolean;
  /** Left out of the overall class by the 2011 评价办法 (evaluated separately) [MEMORY]. */
  separateIn2011?: boolean;
}

/**
 * GB 3838-2002 表1 (basic items, 24 less 水温, whose limit is a man-made change, not a class) and 表2
 * (supplementary items of centralised drinking-water sources). mg/L unless noted.
 * Source: official scanned PDF, Fungwingwaa/cee GB-3838-2002.pdf p.2 表1, p.3 表2 [CONFIRMED] (standards.md §4.1–4.2).
 * 表3 (80 specific items) is not transcribed in standards.md.
 */
export const GB3838_ITEMS: readonly Gb3838Item[] = [
  { id: 'pH', name: 'pH', unit: '无量纲', kind: 'range', limits: [6, 9] },
  // Class Ⅰ: 7.5 mg/L or saturation ≥ 90 % (饱和率90%) — see the doSaturationPercent option.
  { id: 'DO', name: '溶解氧', aliases: ['DO'], unit: 'mg/L', kind: 'min', limits: [7.5, 6, 5, 3, 2] },
  { id: 'CODMn', name: '高锰酸盐指数', aliases: ['CODMn', 'IMn'], unit: 'mg/L', kind: 'max', limits: [2, 4, 6, 10, 15] },
  { id: 'COD', name: '化学需氧量', aliases: ['COD', 'CODCr'], unit: 'mg/L', kind: 'max', limits: [15, 15, 20, 30, 40] },
  { id: 'BOD5', name: '五日生化需氧量', aliases: ['BOD5', 'BOD'], unit: 'mg/L', kind: 'max', limits: [3, 3, 4, 6, 10] },
  { id: 'NH3-N', name: '氨氮', aliases: ['NH3-N', 'NH3N', 'NH4-N'], unit: 'mg/L', kind: 'max', limits: [0.15, 0.5, 1.0, 1.5, 2.0] },
  {
    id: 'TP',
    name: '总磷',
    aliases: ['TP'],
    unit: 'mg/L',
    kind: 'max',
    limits: [0.02, 0.1, 0.2, 0.3, 0.4],
    lakeLimits: [0.01, 0.025, 0.05, 0.1, 0.2],
  },
  { id: 'TN', name: '总氮', aliases: ['TN'], unit: 'mg/L', kind: 'max', limits: [0.2, 0.5, 1.0, 1.5, 2.0], lakeOnly: true, separateIn2011: true },
  { id: 'Cu', name: '铜', aliases: ['Cu'], unit: 'mg/L', kind: 'max', limits: [0.01, 1.0, 1.0, 1.0, 1.0] },
  { id: 'Zn', name: '锌', aliases: ['Zn'], unit: 'mg/L', kind: 'max', limits: [0.05, 1.0, 1.0, 2.0, 2.0] },
  { id: 'F', name: '氟化物', aliases: ['F', 'F-'], unit: 'mg/L', kind: 'max', limits: [1.0, 1.0, 1.0, 1.5, 1.5] },
  { id: 'Se', name: '硒', aliases: ['Se'], unit: 'mg/L', kind: 'max', limits: [0.01, 0.01, 0.01, 0.02, 0.02] },
  { id: 'As', name: '砷', aliases: ['As'], unit: 'mg/L', kind: 'max', limits: [0.05, 0.05, 0.05, 0.1, 0.1] },
  { id: 'Hg', name: '汞', aliases: ['Hg'], unit: 'mg/L', kind: 'max', limits: [0.00005, 0.00005, 0.0001, 0.001, 0.001] },
  { id: 'Cd', name: '镉', aliases: ['Cd'], unit: 'mg/L', kind: 'max', limits: [0.001, 0.005, 0.005, 0.005, 0.01] },
  { id: 'Cr6+', name: '铬（六价）', aliases: ['六价铬', 'Cr6', 'Cr(VI)'], unit: 'mg/L', kind: 'max', limits: [0.01, 0.05, 0.05, 0.05, 0.1] },
  { id: 'Pb', name: '铅', aliases: ['Pb'], unit: 'mg/L', kind: 'max', limits: [0.01, 0.01, 0.05, 0.05, 0.1] },
  { id: 'CN', name: '氰化物', aliases: ['CN', 'CN-'], unit: 'mg/L', kind: 'max', limits: [0.005, 0.05, 0.2, 0.2, 0.2] },
  { id: 'phenol', name: '挥发酚', aliases: ['volatilePhenol'], unit: 'mg/L', kind: 'max', limits: [0.002, 0.002, 0.005, 0.01, 0.1] },
  { id: 'petroleum', name: '石油类', aliases: ['oil'], unit: 'mg/L', kind: 'max', limits: [0.05, 0.05, 0.05, 0.5, 1.0] },
  { id: 'LAS', name: '阴离子表面活性剂', aliases: ['LAS'], unit: 'mg/L', kind: 'max', limits: [0.2, 0.2, 0.2, 0.3, 0.3] },
  { id: 'sulfide', name: '硫化物', aliases: ['S2-'], unit: 'mg/L', kind: 'max', limits: [0.05, 0.1, 0.2, 0.5, 1.0] },
  {
    id: 'fecalColiform',
    name: '粪大肠菌群',
    aliases: ['FC'],
    unit: '个/L',
    kind: 'max',
    limits: [200, 2000, 10000, 20000, 40000],
    separateIn2011: true,
  },
  // 表2 — 集中式生活饮用水地表水源地补充项目
  { id: 'sulfate', name: '硫酸盐', aliases: ['SO4'], unit: 'mg/L', kind: 'single', limits: [250] },
  { id: 'chloride', name: '氯化物', aliases: ['Cl', 'Cl-'], unit: 'mg/L', kind: 'single', limits: [250] },
  { id: 'nitrate', name: '硝酸盐', aliases: ['NO3-N'], unit: 'mg/L', kind: 'single', limits: [10] },
  { id: 'Fe', name: '铁', aliases: ['Fe'], unit: 'mg/L', kind: 'single', limits: [0.3] },
  { id: 'Mn', name: '锰', aliases: ['Mn'], unit: 'mg/L', kind: 'single', limits: [0.1] },
];

/** GB 3838-2002 as a dated table. In force from 2002-06-01 [MEMORY: the date is not in standards.md]. */
export const GB3838_EDITION = {
  standard: 'GB 3838-2002 地表水环境质量标准',
  effectiveFrom: '2002-06-01',
  source: 'GB 3838-2002 表1、表2, §5 (standards.md §4, CONFIRMED)',
} as const;
