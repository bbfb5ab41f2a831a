import type { NamedItem } from '../_lib/resolveItem.js';
import type { EffluentLimit } from './effluentLimit.js';

/** GB 18918-2002 grades: 一级A, 一级B, 二级, 三级. */
export type Gb18918Grade = '1A' | '1B' | '2' | '3';

/** An item with its limit per grade (null: not controlled at that grade, "—"). */
export interface Gb18918Item extends NamedItem {
  unit: string;
  limits: Readonly<Record<Gb18918Grade, EffluentLimit | null>>;
  /** NH3-N: limits when the water temperature is ≤ 12 ℃ (the bracketed values, 注②). */
  coldLimits?: Readonly<Record<Gb18918Grade, EffluentLimit | null>>;
  /** TP: limits for plants built (EIA approved) on or before 2005-12-31. */
  builtBefore2006Limits?: Readonly<Record<Gb18918Grade, EffluentLimit | null>>;
  /** Grade 3 COD/BOD5: removal-rate criteria when the influent exceeds a concentration (注①). */
  grade3Removal?: { influentAbove: number; minRemovalPercent: number };
}

const max = (v: number): EffluentLimit => ({ max: v });
const grades = (a: number | null, b: number | null, c: number | null, d: number | null): Record<Gb18918Grade, EffluentLimit | null> => ({
  '1A': a === null ? null : max(a),
  '1B': b === null ? null : max(b),
  '2': c === null ? null : max(c),
  '3': d === null ? null : max(d),
});
const allGrades = (v: number) => grades(v, v, v, v);

/**
 * GB 18918-2002 城镇污水处理厂污染物排放标准, daily means, mg/L.
 * 表1 basic items, 表2 class-1 metals (all grades), and the 表3 items standards.md quotes (Ni, Cu, Zn, volatile
 * phenol, cyanide, sulfide; the other 37 of 表3 are not transcribed).
 * Source: official text PDF, Fungwingwaa/cee GB-18918-2002.pdf 表1/表2 [CONFIRMED] (standards.md §8.1).
 * The 2006 amendment (国家环保总局公告2006年第21号: key basins and lakes/reservoirs must meet 1A) is [MEMORY] and
 * only decides which grade applies — choose the grade accordingly.
 */
export const GB18918_ITEMS: readonly Gb18918Item[] = [
  { id: 'COD', name: '化学需氧量', aliases: ['COD', 'CODCr'], unit: 'mg/L', limits: grades(50, 60, 100, 120), grade3Removal: { influentAbove: 350, minRemovalPercent: 60 } },
  { id: 'BOD5', name: '生化需氧量', aliases: ['BOD5', '五日生化需氧量'], unit: 'mg/L', limits: grades(10, 20, 30, 60), grade3Removal: { influentAbove: 160, minRemovalPercent: 50 } },
  { id: 'SS', name: '悬浮物', aliases: ['SS'], unit: 'mg/L', limits: grades(10, 20, 30, 50) },
  { id: 'animalOil', name: '动植物油', unit: 'mg/L', limits: grades(1, 3, 5, 20) },
  { id: 'petroleum', name: '石油类', unit: 'mg/L', limits: grades(1, 3, 5, 15) },
  { id: 'LAS', name: '阴离子表面活性剂', aliases: ['LAS'], unit: 'mg/L', limits: grades(0.5, 1, 2, 5) },
  { id: 'TN', name: '总氮', aliases: ['TN'], unit: 'mg/L', limits: grades(15, 20, null, null) },
  // 注②: outside brackets for water temperature > 12 ℃, in brackets for ≤ 12 ℃.
  { id: 'NH3-N', name: '氨氮', aliases: ['NH3-N', 'NH3N'], unit: 'mg/L', limits: grades(5, 8, 25, null), coldLimits: grades(8, 15, 30, null) },
  // By construction date = date of EIA approval (§4.5).
  { id: 'TP', name: '总磷', aliases: ['TP'], unit: 'mg/L', limits: grades(0.5, 1, 3, 5), builtBefore2006Limits: grades(1, 1.5, 3, 5) },
  { id: 'colour', name: '色度', aliases: ['色度（稀释倍数）'], unit: '稀释倍数', limits: grades(30, 30, 40, 50) },
  { id: 'pH', name: 'pH', unit: '无量纲', limits: { '1A': { range: [6, 9] }, '1B': { range: [6, 9] }, '2': { range: [6, 9] }, '3': { range: [6, 9] } } },
  { id: 'fecalColiform', name: '粪大肠菌群数', aliases: ['粪大肠菌群'], unit: '个/L', limits: grades(1000, 10000, 10000, null) },
  // 表2 — 部分一类污染物, every grade
  { id: 'Hg', name: '总汞', aliases: ['Hg', '汞'], unit: 'mg/L', limits: allGrades(0.001) },
  { id: 'alkylHg', name: '烷基汞', unit: 'mg/L', limits: { '1A': { notDetected: true }, '1B': { notDetected: true }, '2': { notDetected: true }, '3': { notDetected: true } } },
  { id: 'Cd', name: '总镉', aliases: ['Cd', '镉'], unit: 'mg/L', limits: allGrades(0.01) },
  { id: 'Cr', name: '总铬', aliases: ['Cr', '铬'], unit: 'mg/L', limits: allGrades(0.1) },
  { id: 'Cr6+', name: '六价铬', aliases: ['Cr6', 'Cr(VI)', '铬（六价）'], unit: 'mg/L', limits: allGrades(0.05) },
  { id: 'As', name: '总砷', aliases: ['As', '砷'], unit: 'mg/L', limits: allGrades(0.1) },
  { id: 'Pb', name: '总铅', aliases: ['Pb', '铅'], unit: 'mg/L', limits: allGrades(0.1) },
  // 表3 — 选择控制项目 (those quoted in standards.md)
  { id: 'Ni', name: '总镍', aliases: ['Ni', '镍'], unit: 'mg/L', limits: allGrades(0.05) },
  { id: 'Cu', name: '总铜', aliases: ['Cu', '铜'], unit: 'mg/L', limits: allGrades(0.5) },
  { id: 'Zn', name: '总锌', aliases: ['Zn', '锌'], unit: 'mg/L', limits: allGrades(1.0) },
  { id: 'phenol', name: '挥发酚', unit: 'mg/L', limits: allGrades(0.5) },
  { id: 'CN', name: '总氰化物', aliases: ['CN', '氰化物'], unit: 'mg/L', limits: allGrades(0.5) },
  { id: 'sulfide', name: '硫化物', unit: 'mg/L', limits: allGrades(1.0) },
];

export const GB18918_RULES = {
  standard: 'GB 18918-2002 城镇污水处理厂污染物排放标准',
  // In force from 2003-07-01 [MEMORY: the date is not in standards.md].
  effectiveFrom: '2003-07-01',
  /** NH3-N: the bracketed (≤ 12 ℃) limits apply at or below this water temperature. */
  coldWaterMaxC: 12,
  /** TP: plants built on or before this day take `builtBefore2006Limits`. */
  tpBuiltUntil: '2005-12-31',
} as const;
