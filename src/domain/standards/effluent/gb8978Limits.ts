import type { NamedItem } from '../_lib/resolveItem.js';
import type { EffluentLimit } from './effluentLimit.js';

/** GB 8978-1996 grades 一级, 二级, 三级. */
export type Gb8978Grade = '1' | '2' | '3';

/** An item: its table and limits per grade (null: not controlled, "—"; absent: not transcribed). */
export interface Gb8978Item extends NamedItem {
  unit: string;
  /** 表1 第一类污染物 (every unit, every grade, workshop outlet) or 表4 第二类污染物 (units built from 1998-01-01). */
  table: '表1' | '表4';
  limits: Readonly<Record<Gb8978Grade, EffluentLimit | null>>;
  /** 表2 (units built on or before 1997-12-31), grade 1 only — as far as standards.md transcribes it. */
  table2Grade1?: EffluentLimit;
}

const m = (v: number | null): EffluentLimit | null => (v === null ? null : { max: v });
const g = (a: number | null, b: number | null, c: number | null) => ({ '1': m(a), '2': m(b), '3': m(c) });
const all = (v: number) => g(v, v, v);

/**
 * GB 8978-1996 污水综合排放标准, mg/L. 表1 (第一类污染物); 表4 (第二类污染物, units built from 1998-01-01), the
 * "其他排污单位"/"一切排污单位" rows only — sector rows (城镇二级污水处理厂, 石油化工, 医药原料药, 医院 …) are not
 * modelled; 表2 grade-1 values for units built on or before 1997-12-31 as far as standards.md lists them.
 * Source: official scanned PDF, Fungwingwaa/cee GB-8978-1996.pdf pp.273–279 [CONFIRMED] (standards.md §8.2).
 */
export const GB8978_ITEMS: readonly Gb8978Item[] = [
  // 表1 — 第一类污染物最高允许排放浓度
  { id: 'Hg', name: '总汞', aliases: ['Hg', '汞'], unit: 'mg/L', table: '表1', limits: all(0.05) },
  { id: 'alkylHg', name: '烷基汞', unit: 'mg/L', table: '表1', limits: { '1': { notDetected: true }, '2': { notDetected: true }, '3': { notDetected: true } } },
  { id: 'Cd', name: '总镉', aliases: ['Cd', '镉'], unit: 'mg/L', table: '表1', limits: all(0.1) },
  { id: 'Cr', name: '总铬', aliases: ['Cr', '铬'], unit: 'mg/L', table: '表1', limits: all(1.5) },
  { id: 'Cr6+', name: '六价铬', aliases: ['Cr6', 'Cr(VI)', '铬（六价）'], unit: 'mg/L', table: '表1', limits: all(0.5) },
  { id: 'As', name: '总砷', aliases: ['As', '砷'], unit: 'mg/L', table: '表1', limits: all(0.5) },
  { id: 'Pb', name: '总铅', aliases: ['Pb', '铅'], unit: 'mg/L', table: '表1', limits: all(1.0) },
  { id: 'Ni', name: '总镍', aliases: ['Ni', '镍'], unit: 'mg/L', table: '表1', limits: all(1.0) },
  { id: 'BaP', name: '苯并(a)芘', aliases: ['苯并[a]芘', '苯并芘', 'BaP'], unit: 'mg/L', table: '表1', limits: all(0.00003) },
  { id: 'Be', name: '总铍', aliases: ['Be', '铍'], unit: 'mg/L', table: '表1', limits: all(0.005) },
  { id: 'Ag', name: '总银', aliases: ['Ag', '银'], unit: 'mg/L', table: '表1', limits: all(0.5) },
  { id: 'grossAlpha', name: '总α放射性', unit: 'Bq/L', table: '表1', limits: all(1) },
  { id: 'grossBeta', name: '总β放射性', unit: 'Bq/L', table: '表1', limits: all(10) },
  // 表4 — 第二类污染物最高允许排放浓度 (1998-01-01 后建设的单位)
  { id: 'pH', name: 'pH', unit: '无量纲', table: '表4', limits: { '1': { range: [6, 9] }, '2': { range: [6, 9] }, '3': { range: [6, 9] } } },
  { id: 'colour', name: '色度', aliases: ['色度（稀释倍数）'], unit: '稀释倍数', table: '表4', limits: g(50, 80, null), table2Grade1: { max: 50 } },
  { id: 'SS', name: '悬浮物', aliases: ['SS'], unit: 'mg/L', table: '表4', limits: g(70, 150, 400), table2Grade1: { max: 70 } },
  { id: 'BOD5', name: '五日生化需氧量', aliases: ['BOD5', 'BOD'], unit: 'mg/L', table: '表4', limits: g(20, 30, 300), table2Grade1: { max: 30 } },
  { id: 'COD', name: '化学需氧量', aliases: ['COD', 'CODCr'], unit: 'mg/L', table: '表4', limits: g(100, 150, 500), table2Grade1: { max: 100 } },
  { id: 'petroleum', name: '石油类', unit: 'mg/L', table: '表4', limits: g(5, 10, 20), table2Grade1: { max: 10 } },
  { id: 'animalOil', name: '动植物油', unit: 'mg/L', table: '表4', limits: g(10, 15, 100), table2Grade1: { max: 20 } },
  { id: 'phenol', name: '挥发酚', unit: 'mg/L', table: '表4', limits: g(0.5, 0.5, 2.0) },
  { id: 'CN', name: '总氰化合物', aliases: ['CN', '氰化物', '总氰化物'], unit: 'mg/L', table: '表4', limits: g(0.5, 0.5, 1.0) },
  { id: 'sulfide', name: '硫化物', unit: 'mg/L', table: '表4', limits: g(1.0, 1.0, 1.0) },
  { id: 'NH3-N', name: '氨氮', aliases: ['NH3-N', 'NH3N'], unit: 'mg/L', table: '表4', limits: g(15, 25, null), table2Grade1: { max: 15 } },
  { id: 'F', name: '氟化物', aliases: ['F', 'F-'], unit: 'mg/L', table: '表4', limits: g(10, 10, 20), table2Grade1: { max: 10 } },
  { id: 'phosphate', name: '磷酸盐', aliases: ['磷酸盐（以P计）'], unit: 'mg/L', table: '表4', limits: g(0.5, 1.0, null), table2Grade1: { max: 0.5 } },
  { id: 'HCHO', name: '甲醛', unit: 'mg/L', table: '表4', limits: g(1.0, 2.0, 5.0) },
  { id: 'aniline', name: '苯胺类', unit: 'mg/L', table: '表4', limits: g(1.0, 2.0, 5.0) },
  { id: 'nitrobenzene', name: '硝基苯类', unit: 'mg/L', table: '表4', limits: g(2.0, 3.0, 5.0) },
  { id: 'LAS', name: '阴离子表面活性剂', aliases: ['LAS'], unit: 'mg/L', table: '表4', limits: g(5.0, 10, 20), table2Grade1: { max: 5.0 } },
  { id: 'Cu', name: '总铜', aliases: ['Cu', '铜'], unit: 'mg/L', table: '表4', limits: g(0.5, 1.0, 2.0), table2Grade1: { max: 0.5 } },
  { id: 'Zn', name: '总锌', aliases: ['Zn', '锌'], unit: 'mg/L', table: '表4', limits: g(2.0, 5.0, 5.0), table2Grade1: { max: 2.0 } },
  { id: 'Mn', name: '总锰', aliases: ['Mn', '锰'], unit: 'mg/L', table: '表4', limits: g(2.0, 2.0, 5.0), table2Grade1: { max: 2.0 } },
  { id: 'Se', name: '总硒', aliases: ['Se', '硒'], unit: 'mg/L', table: '表4', limits: g(0.1, 0.2, 0.5) },
  { id: 'TOC', name: '总有机碳', aliases: ['TOC'], unit: 'mg/L', table: '表4', limits: g(20, 30, null) },
];

export const GB8978_RULES = {
  standard: 'GB 8978-1996 污水综合排放标准',
  // In force from 1998-01-01 (units built from then take 表4) [MEMORY for the in-force date].
  effectiveFrom: '1998-01-01',
  /** Units built (EIA approved) on or before this day take 表2 (and 表3), later ones 表4 (and 表5). */
  table2BuiltUntil: '1997-12-31',
} as const;
