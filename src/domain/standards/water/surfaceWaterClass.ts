import { toCalendarDate, type DateInput } from '../_lib/calendarDate.js';
import { toDecimal } from '../_lib/decimal.js';
import { inForce } from '../_lib/inForce.js';
import { readMeasured } from '../_lib/measured.js';
import { resolveItem } from '../_lib/resolveItem.js';
import type { ItemVerdict } from '../ItemVerdict.js';
import { StandardInputError } from '../StandardInputError.js';
import { printedMultiple } from '../stats/printedMultiple.js';
import { GB3838_EDITION, GB3838_ITEMS, type Gb3838Item } from './gb3838Items.js';
import { SURFACE_WATER_FUNCTIONS, SURFACE_WATER_GRADES, WATER_CLASS_LABELS, type WaterClass } from './waterClasses.js';

/** Options of {@link surfaceWaterClass}. */
export interface SurfaceWaterOptions {
  /** Sampling date (GB 3838-2002 in force). */
  date: DateInput;
  /** 'lake' for lakes and reservoirs (湖、库): TP on the lake column, TN evaluated. */
  waterBody: 'river' | 'lake';
  /** 水域功能类别 to meet (1–5); exceedance is judged and 超标倍数 computed against it. Default 3 (Ⅲ) [MEMORY: 评价办法]. */
  targetClass?: 1 | 2 | 3 | 4 | 5;
  /** 'assessment2011' leaves TN and fecal coliform out of the overall class (环办〔2011〕22号, [MEMORY]). Default 'gb3838'. */
  method?: 'gb3838' | 'assessment2011';
  /** DO saturation, %: class Ⅰ also when ≥ 90 % (表1 注). */
  doSaturationPercent?: number;
}

/** One item: a verdict plus its class (null for pH within 6–9, 表2 items and TN in a river). */
export type SurfaceWaterItem = ItemVerdict & { class: WaterClass | null; classLabel: string | null };

/** Result of {@link surfaceWaterClass}. */
export interface SurfaceWaterResult {
  standard: string;
  waterBody: 'river' | 'lake';
  targetClass: WaterClass;
  /** What the target class is for (GB 3838 §3). */
  targetFunction: string;
  /** Worst class of the items counted; null when none has a class. */
  class: WaterClass | null;
  classLabel: string | null;
  /** 水质状况 and colour by the 2011 评价办法. */
  grade: { name: string; colour: string } | null;
  /** Overall class no worse than the target, and no item (incl. 表2) exceeding. */
  meetsTarget: boolean;
  items: SurfaceWaterItem[];
  /** Ids of the items that exceed (超标项目). */
  exceedingItems: string[];
}

/**
 * @summary GB 3838-2002 single-factor evaluation (单因子评价): class of each item and of the sample, exceeding items
 * and multiples against the target class.
 *
 * @description
 * Per item, the best class whose limit the value meets — equal limits give the better class (COD 15 → Ⅰ); above
 * the Ⅴ limit → 劣Ⅴ. DO counts "≥" (class Ⅰ also at ≥ 90 % saturation). pH within 6–9 does not affect the class;
 * outside it fails every class → 劣Ⅴ [INTERPRETATION, as Silence.SurfaceWater]. TP uses the lake column for
 * lakes/reservoirs; TN applies to lakes/reservoirs only. 表2 items (drinking-water sources) have one limit and no
 * class. Overall class = worst item. 超标倍数 = (C − S_target)/S_target, not for pH and DO (2011 评价办法 [MEMORY]).
 * Values are compared in full (GB/T 8170 §4.3). 水温 and 表3 items are not evaluated.
 * Source: GB 3838-2002 表1–2, §5 (standards.md §4).
 *
 * @param sample - item → result (id, Chinese name or alias: 'NH3-N', '氨氮'); 'ND' / '0.01L' for not detected
 * @throws {StandardInputError} for an unknown item, a bad value, a bad option or a date before 2002-06-01
 *
 * @example
 * const w1 = { pH: 7.6, DO: 6.5, CODMn: 4.2, COD: 18, BOD5: 3.5, 'NH3-N': 0.62, TP: 0.15 };
 * surfaceWaterClass(w1, { date: '2024-05-10', waterBody: 'river' }).classLabel //=> 'Ⅲ'
 * surfaceWaterClass(w1, { date: '2024-05-10', waterBody: 'lake' }).classLabel //=> 'Ⅴ'
 */
export function surfaceWaterClass(sample: Readonly<Record<string, unknown>>, options: SurfaceWaterOptions): SurfaceWaterResult {
  inForce([GB3838_EDITION], toCalendarDate(options?.date), 'GB 3838-2002 ');
  const { waterBody, targetClass = 3, method = 'gb3838' } = options;
  if (waterBody !== 'river' && waterBody !== 'lake') throw new StandardInputError('waterBody', waterBody, "'river'（河流）或 'lake'（湖、库）");
  if (![1, 2, 3, 4, 5].includes(targetClass)) throw new StandardInputError('targetClass', targetClass, '1～5（Ⅰ～Ⅴ类）');
  if (method !== 'gb3838' && method !== 'assessment2011') throw new StandardInputError('method', method, "'gb3838' 或 'assessment2011'");
  const saturation = options.doSaturationPercent === undefined ? null : toDecimal(options.doSaturationPercent, 'doSaturationPercent');
  if (sample === null || typeof sample !== 'object' || Object.keys(sample).length === 0) {
    throw new StandardInputError('sample', sample, '至少一个项目的检测结果');
  }

  const items: SurfaceWaterItem[] = [];
  let worst: WaterClass | null = null;
  for (const [key, raw] of Object.entries(sample)) {
    const item = resolveItem(GB3838_ITEMS, key, 'GB 3838-2002');
    const r = evaluateItem(item, readMeasured(raw, key), waterBody, targetClass, saturation?.gte(90) ?? false);
    if (r.class !== null && !(method === 'assessment2011' && item.separateIn2011)) worst = Math.max(worst ?? 1, r.class) as WaterClass;
    if (method === 'assessment2011' && item.separateIn2011) r.note = '单独评价，不参与水质类别判定（2011年评价办法）';
    items.push(r);
  }
  const exceedingItems = items.filter((i) => i.exceeds).map((i) => i.item);
  return {
    standard: GB3838_EDITION.standard,
    waterBody,
    targetClass,
    targetFunction: SURFACE_WATER_FUNCTIONS[targetClass],
    class: worst,
    classLabel: worst === null ? null : WATER_CLASS_LABELS[worst - 1],
    grade: worst === null ? null : SURFACE_WATER_GRADES[worst],
    meetsTarget: (worst === null || worst <= targetClass) && exceedingItems.length === 0,
    items,
    exceedingItems,
  };
}

function evaluateItem(
  item: Gb3838Item,
  m: ReturnType<typeof readMeasured>,
  waterBody: 'river' | 'lake',
  target: WaterClass,
  doSaturated: boolean,
): SurfaceWaterItem {
  const base = { item: item.id, name: item.name, unit: item.unit, value: m.text, notDetected: m.notDetected };
  const v = m.value;
  const done = (cls: WaterClass | null, limit: number | null, multiple: string | null, note?: string): SurfaceWaterItem => ({
    ...base,
    limit: limit === null ? null : String(limit),
    class: cls,
    classLabel: cls === null ? null : WATER_CLASS_LABELS[cls - 1],
    exceeds: cls === null ? multiple !== null : cls > target,
    multiple,
    ...(note ? { note } : {}),
  });
  if (item.kind === 'range') {
    const [lo, hi] = item.limits;
    const inside = m.notDetected || (v.gte(lo) && v.lte(hi));
    return inside ? done(null, null, null) : done(6, null, null, `pH 超出 ${lo}～${hi}，任何类别均不满足（按劣Ⅴ类）`);
  }
  if (item.kind === 'single') {
    const limit = item.limits[0];
    return done(null, limit, m.notDetected ? null : printedMultiple(v, limit), '集中式生活饮用水地表水源地补充项目（表2）');
  }
  if (item.lakeOnly && waterBody === 'river') return { ...done(null, null, null, '总氮限值仅适用于湖、库'), exceeds: false };
  const limits = waterBody === 'lake' && item.lakeLimits ? item.lakeLimits : item.limits;
  const targetLimit = limits[target - 1];
  if (item.kind === 'min') {
    let cls = (limits.findIndex((l) => v.gte(l)) + 1 || 6) as WaterClass;
    if (m.notDetected) cls = 6;
    if (doSaturated) cls = 1;
    return done(cls, targetLimit, null);
  }
  const cls = (m.notDetected ? 1 : limits.findIndex((l) => v.lte(l)) + 1 || 6) as WaterClass;
  return done(cls, targetLimit, cls > target ? printedMultiple(v, targetLimit) : null);
}
