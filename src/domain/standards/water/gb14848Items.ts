import type { NamedItem } from '../_lib/resolveItem.js';

/** An item of GB/T 14848-2017. */
export interface Gb14848Item extends NamedItem {
  unit: string;
  /**
   * Upper limits of classes Ⅰ–Ⅳ; a value above the Ⅳ limit is Ⅴ. null for Ⅳ: the standard gives Ⅳ and Ⅴ both
   * as "> Ⅲ limit" (radioactivity) — such a value is Ⅳ here (从优不从劣) [INTERPRETATION].
   * Absent for pH, which has bands instead.
   */
  limits?: readonly [number, number, number, number | null];
  /** pH: Ⅰ–Ⅲ within `upToIII`, Ⅳ within `iv` (outside `upToIII`), Ⅴ outside `iv` (all bounds inclusive). */
  pHBands?: { upToIII: readonly [number, number]; iv: readonly [number, number] };
}

/**
 * GB/T 14848-2017 表1 (regular items) and the 表2 items listed in standards.md §5 (Ni, 四氯乙烯). mg/L unless noted;
 * organics in µg/L. Source: sm1lewc/Silence.Water `GBT_14848_2017.json` [CONFIRMED-2: matches the researcher's
 * knowledge item by item; the standard's table itself was not read]. The rest of 表2 (Be, B, Sb, Ba, Co, Mo, Ag, Tl,
 * chlorinated solvents, PAHs, pesticides) is not in standards.md.
 */
export const GB14848_ITEMS: readonly Gb14848Item[] = [
  { id: 'pH', name: 'pH', unit: '无量纲', pHBands: { upToIII: [6.5, 8.5], iv: [5.5, 9.0] } },
  { id: 'totalHardness', name: '总硬度', aliases: ['总硬度（以CaCO3计）'], unit: 'mg/L', limits: [150, 300, 450, 650] },
  { id: 'TDS', name: '溶解性总固体', aliases: ['TDS'], unit: 'mg/L', limits: [300, 500, 1000, 2000] },
  { id: 'sulfate', name: '硫酸盐', unit: 'mg/L', limits: [50, 150, 250, 350] },
  { id: 'chloride', name: '氯化物', aliases: ['Cl', 'Cl-'], unit: 'mg/L', limits: [50, 150, 250, 350] },
  { id: 'Fe', name: '铁', aliases: ['Fe'], unit: 'mg/L', limits: [0.1, 0.2, 0.3, 2.0] },
  { id: 'Mn', name: '锰', aliases: ['Mn'], unit: 'mg/L', limits: [0.05, 0.05, 0.1, 1.5] },
  { id: 'Cu', name: '铜', aliases: ['Cu'], unit: 'mg/L', limits: [0.01, 0.05, 1.0, 1.5] },
  { id: 'Zn', name: '锌', aliases: ['Zn'], unit: 'mg/L', limits: [0.05, 0.5, 1.0, 5.0] },
  { id: 'Al', name: '铝', aliases: ['Al'], unit: 'mg/L', limits: [0.01, 0.05, 0.2, 0.5] },
  { id: 'phenol', name: '挥发性酚类', aliases: ['挥发酚'], unit: 'mg/L', limits: [0.001, 0.001, 0.002, 0.01] },
  // Class Ⅰ "不得检出" (not detected): only a not-detected (or zero) result is Ⅰ.
  { id: 'LAS', name: '阴离子表面活性剂', aliases: ['LAS'], unit: 'mg/L', limits: [0, 0.1, 0.3, 0.3] },
  { id: 'CODMn', name: '耗氧量', aliases: ['CODMn', '耗氧量（CODMn法）'], unit: 'mg/L', limits: [1.0, 2.0, 3.0, 10.0] },
  { id: 'NH3-N', name: '氨氮', aliases: ['NH3-N', 'NH3N'], unit: 'mg/L', limits: [0.02, 0.1, 0.5, 1.5] },
  { id: 'sulfide', name: '硫化物', unit: 'mg/L', limits: [0.005, 0.01, 0.02, 0.1] },
  { id: 'Na', name: '钠', aliases: ['Na'], unit: 'mg/L', limits: [100, 150, 200, 400] },
  { id: 'totalColiform', name: '总大肠菌群', unit: 'MPN/100mL', limits: [3.0, 3.0, 3.0, 100] },
  { id: 'bacteria', name: '菌落总数', unit: 'CFU/mL', limits: [100, 100, 100, 1000] },
  { id: 'nitrite', name: '亚硝酸盐', aliases: ['NO2-N', '亚硝酸盐（以N计）'], unit: 'mg/L', limits: [0.01, 0.1, 1.0, 4.8] },
  { id: 'nitrate', name: '硝酸盐', aliases: ['NO3-N', '硝酸盐（以N计）'], unit: 'mg/L', limits: [2.0, 5.0, 20.0, 30.0] },
  { id: 'CN', name: '氰化物', aliases: ['CN', 'CN-'], unit: 'mg/L', limits: [0.001, 0.01, 0.05, 0.1] },
  { id: 'F', name: '氟化物', aliases: ['F', 'F-'], unit: 'mg/L', limits: [1.0, 1.0, 1.0, 2.0] },
  { id: 'I', name: '碘化物', unit: 'mg/L', limits: [0.04, 0.04, 0.08, 0.5] },
  { id: 'Hg', name: '汞', aliases: ['Hg'], unit: 'mg/L', limits: [0.0001, 0.0001, 0.001, 0.002] },
  { id: 'As', name: '砷', aliases: ['As'], unit: 'mg/L', limits: [0.001, 0.001, 0.01, 0.05] },
  { id: 'Se', name: '硒', aliases: ['Se'], unit: 'mg/L', limits: [0.01, 0.01, 0.01, 0.1] },
  { id: 'Cd', name: '镉', aliases: ['Cd'], unit: 'mg/L', limits: [0.0001, 0.001, 0.005, 0.01] },
  { id: 'Cr6+', name: '铬（六价）', aliases: ['六价铬', 'Cr6', 'Cr(VI)'], unit: 'mg/L', limits: [0.005, 0.01, 0.05, 0.1] },
  { id: 'Pb', name: '铅', aliases: ['Pb'], unit: 'mg/L', limits: [0.005, 0.005, 0.01, 0.1] },
  { id: 'Ni', name: '镍', aliases: ['Ni'], unit: 'mg/L', limits: [0.002, 0.002, 0.02, 0.1] },
  { id: 'chloroform', name: '三氯甲烷', unit: 'µg/L', limits: [0.5, 6, 60, 300] },
  { id: 'CCl4', name: '四氯化碳', unit: 'µg/L', limits: [0.5, 0.5, 2.0, 50.0] },
  { id: 'benzene', name: '苯', unit: 'µg/L', limits: [0.5, 1.0, 10.0, 120] },
  { id: 'toluene', name: '甲苯', unit: 'µg/L', limits: [0.5, 140, 700, 1400] },
  { id: 'PCE', name: '四氯乙烯', aliases: ['PCE'], unit: 'µg/L', limits: [0.5, 4.0, 40.0, 300] },
  { id: 'grossAlpha', name: '总α放射性', unit: 'Bq/L', limits: [0.1, 0.1, 0.5, null] },
  { id: 'grossBeta', name: '总β放射性', unit: 'Bq/L', limits: [0.1, 1.0, 1.0, null] },
];

/** GB/T 14848-2017 as a dated table. In force from 2018-05-01 [MEMORY: the date is not in standards.md]. */
export const GB14848_EDITION = {
  standard: 'GB/T 14848-2017 地下水质量标准',
  effectiveFrom: '2018-05-01',
  source: 'GB/T 14848-2017 表1、表2, §6 (standards.md §5, CONFIRMED-2; §6 wording MEMORY)',
} as const;
