import type { NamedItem } from '../_lib/resolveItem.js';

/** Values of the four pH bands: pH ≤ 5.5 | 5.5 < pH ≤ 6.5 | 6.5 < pH ≤ 7.5 | pH > 7.5. */
export type ByPhBand = readonly [number, number, number, number];

/** Upper pH bound of the first three bands (a pH equal to a bound belongs to the lower band). */
export const PH_BAND_UPPER = [5.5, 6.5, 7.5] as const;

/** An item of GB 15618-2018, mg/kg. */
export interface Gb15618Item extends NamedItem {
  table: '表1' | '表2';
  /** 风险筛选值 by land use: 'paddy' 水田, 'orchard' 果园 (Cu), 'other' 其他, or 'all' for every use. */
  screening: Partial<Record<'paddy' | 'orchard' | 'other' | 'all', ByPhBand>>;
  /** 风险管制值 (表3: Cd, Hg, As, Pb, Cr only). */
  intervention?: ByPhBand;
}

const flat = (v: number): ByPhBand => [v, v, v, v];

/**
 * GB 15618-2018 农用地土壤污染风险筛选值 (表1, 表2) and 管制值 (表3), mg/kg. Metals and As as total content.
 * Source: xiaolingjingguai/- `gb15618_limits.py` ("已对照原文录入" from the official PDF pp.2–3) [CONFIRMED-2]
 * (standards.md §6.2).
 */
export const GB15618_ITEMS: readonly Gb15618Item[] = [
  { id: 'Cd', name: '镉', aliases: ['Cd'], table: '表1', screening: { paddy: [0.3, 0.4, 0.6, 0.8], other: [0.3, 0.3, 0.3, 0.6] }, intervention: [1.5, 2.0, 3.0, 4.0] },
  { id: 'Hg', name: '汞', aliases: ['Hg'], table: '表1', screening: { paddy: [0.5, 0.5, 0.6, 1.0], other: [1.3, 1.8, 2.4, 3.4] }, intervention: [2.0, 2.5, 4.0, 6.0] },
  { id: 'As', name: '砷', aliases: ['As'], table: '表1', screening: { paddy: [30, 30, 25, 20], other: [40, 40, 30, 25] }, intervention: [200, 150, 120, 100] },
  { id: 'Pb', name: '铅', aliases: ['Pb'], table: '表1', screening: { paddy: [80, 100, 140, 240], other: [70, 90, 120, 170] }, intervention: [400, 500, 700, 1000] },
  { id: 'Cr', name: '铬', aliases: ['Cr'], table: '表1', screening: { paddy: [250, 250, 300, 350], other: [150, 150, 200, 250] }, intervention: [800, 850, 1000, 1300] },
  { id: 'Cu', name: '铜', aliases: ['Cu'], table: '表1', screening: { orchard: [150, 150, 200, 200], other: [50, 50, 100, 100] } },
  { id: 'Ni', name: '镍', aliases: ['Ni'], table: '表1', screening: { all: [60, 70, 100, 190] } },
  { id: 'Zn', name: '锌', aliases: ['Zn'], table: '表1', screening: { all: [200, 200, 250, 300] } },
  { id: 'HCH', name: '六六六总量', aliases: ['六六六', 'HCH'], table: '表2', screening: { all: flat(0.1) } },
  { id: 'DDT', name: '滴滴涕总量', aliases: ['滴滴涕', 'DDT'], table: '表2', screening: { all: flat(0.1) } },
  { id: 'BaP', name: '苯并[a]芘', aliases: ['苯并(a)芘', '苯并芘', 'BaP'], table: '表2', screening: { all: flat(0.55) } },
];

/** GB 15618-2018 as a dated table. In force from 2018-08-01 [MEMORY: the date is not in standards.md]. */
export const GB15618_EDITION = {
  standard: 'GB 15618-2018 土壤环境质量 农用地土壤污染风险管控标准（试行）',
  effectiveFrom: '2018-08-01',
  source: 'GB 15618-2018 表1–表3, §6 (standards.md §6.2, CONFIRMED-2)',
} as const;
