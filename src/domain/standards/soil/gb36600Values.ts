import type { NamedItem } from '../_lib/resolveItem.js';

/** An item of GB 36600-2018 with its risk screening and intervention values, mg/kg. */
export interface Gb36600Item extends NamedItem {
  table: '表1' | '表2';
  cas: string;
  /** 筛选值 for land class 1 and 2. */
  screening: readonly [number, number];
  /** 管制值 for land class 1 and 2. */
  intervention: readonly [number, number];
  /** Exceeding the screening value but not the local background (附录A) is not managed as contaminated (注①). */
  backgroundRule?: true;
}

/**
 * GB 36600-2018 建设用地土壤污染风险筛选值和管制值, mg/kg (dry weight).
 * 表1 heavy metals: boteman.cn transcription + xiaolingjingguai/- `gb36600_limits.py` (from the official PDF),
 * identical [CONFIRMED-2]. The organic and 表2 rows are the examples standards.md §6.1 quotes from that file;
 * the other 表1 (27 VOCs, 11 SVOCs) and 表2 (40) items are not in standards.md.
 */
export const GB36600_ITEMS: readonly Gb36600Item[] = [
  { id: 'As', name: '砷', aliases: ['As'], table: '表1', cas: '7440-38-2', screening: [20, 60], intervention: [120, 140], backgroundRule: true },
  { id: 'Cd', name: '镉', aliases: ['Cd'], table: '表1', cas: '7440-43-9', screening: [20, 65], intervention: [47, 172] },
  { id: 'Cr6+', name: '铬（六价）', aliases: ['六价铬', 'Cr6', 'Cr(VI)'], table: '表1', cas: '18540-29-9', screening: [3.0, 5.7], intervention: [30, 78] },
  { id: 'Cu', name: '铜', aliases: ['Cu'], table: '表1', cas: '7440-50-8', screening: [2000, 18000], intervention: [8000, 36000] },
  { id: 'Pb', name: '铅', aliases: ['Pb'], table: '表1', cas: '7439-92-1', screening: [400, 800], intervention: [800, 2500] },
  { id: 'Hg', name: '汞', aliases: ['Hg'], table: '表1', cas: '7439-97-6', screening: [8, 38], intervention: [33, 82] },
  { id: 'Ni', name: '镍', aliases: ['Ni'], table: '表1', cas: '7440-02-0', screening: [150, 900], intervention: [600, 2000] },
  { id: 'benzene', name: '苯', table: '表1', cas: '71-43-2', screening: [1, 4], intervention: [10, 40] },
  { id: 'BaP', name: '苯并[a]芘', aliases: ['苯并(a)芘', '苯并芘', 'BaP'], table: '表1', cas: '50-32-8', screening: [0.55, 1.5], intervention: [5.5, 15] },
  { id: 'CN', name: '氰化物', aliases: ['CN'], table: '表2', cas: '57-12-5', screening: [22, 135], intervention: [44, 270] },
  { id: 'TPH', name: '石油烃（C10-C40）', aliases: ['TPH', '石油烃'], table: '表2', cas: '-', screening: [826, 4500], intervention: [5000, 9000] },
];

/** GB 36600-2018 as a dated table. In force from 2018-08-01 [MEMORY: the date is not in standards.md]. */
export const GB36600_EDITION = {
  standard: 'GB 36600-2018 土壤环境质量 建设用地土壤污染风险管控标准（试行）',
  effectiveFrom: '2018-08-01',
  source: 'GB 36600-2018 表1、表2, §5.3 (standards.md §6.1, CONFIRMED-2)',
} as const;
