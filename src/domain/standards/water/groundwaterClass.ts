import { toCalendarDate, type DateInput } from '../_lib/calendarDate.js';
import { inForce } from '../_lib/inForce.js';
import { readMeasured } from '../_lib/measured.js';
import { resolveItem } from '../_lib/resolveItem.js';
import type { ItemVerdict } from '../ItemVerdict.js';
import { StandardInputError } from '../StandardInputError.js';
import { printedMultiple } from '../stats/printedMultiple.js';
import { GB14848_EDITION, GB14848_ITEMS, type Gb14848Item } from './gb14848Items.js';
import { WATER_CLASS_LABELS } from './waterClasses.js';

/** A groundwater class, Ⅰ–Ⅴ. */
export type GroundwaterClass = 1 | 2 | 3 | 4 | 5;

/** One item with its class. */
export type GroundwaterItem = ItemVerdict & { class: GroundwaterClass; classLabel: string };

/** Result of {@link groundwaterClass}. */
export interface GroundwaterResult {
  standard: string;
  targetClass: GroundwaterClass;
  /** Worst single-item class. */
  class: GroundwaterClass;
  classLabel: string;
  /** The items of that (worst) class. */
  worstItems: string[];
  items: GroundwaterItem[];
  /** Items worse than the target class. */
  exceedingItems: string[];
}

/**
 * @summary GB/T 14848-2017 groundwater quality class of each item and of the sample.
 *
 * @description
 * An item's class is the range its value falls in; equal limits give the better class ("从优不从劣": volatile
 * phenol 0.001 → Ⅰ); above the Ⅳ limit → Ⅴ. pH: 6.5–8.5 Ⅰ; 5.5–6.5 or 8.5–9.0 Ⅳ; otherwise Ⅴ. The sample's class
 * is the worst item, with the items of that class named [MEMORY: §6 wording]. Items worse than `targetClass`
 * exceed it; 超标倍数 against the target-class limit (not for pH). Values compared in full (GB/T 8170 §4.3).
 * Source: GB/T 14848-2017 表1–2, §6 (standards.md §5).
 *
 * @param sample - item → result ('ND' / '0.01L' for not detected); µg/L for the organics, as the table
 * @param options - sampling `date`; `targetClass` (default 3, Ⅲ: the drinking-water class [INTERPRETATION])
 * @throws {StandardInputError} for an unknown item, a bad value or option, or a date before 2018-05-01
 *
 * @example
 * groundwaterClass({ 氯化物: 400, 四氯乙烯: 350, 氨氮: 0.1 }, { date: '2024-06-01' }).worstItems //=> ['chloride', 'PCE']
 */
export function groundwaterClass(
  sample: Readonly<Record<string, unknown>>,
  options: { date: DateInput; targetClass?: GroundwaterClass },
): GroundwaterResult {
  inForce([GB14848_EDITION], toCalendarDate(options?.date), 'GB/T 14848-2017 ');
  const target = options.targetClass ?? 3;
  if (![1, 2, 3, 4, 5].includes(target)) throw new StandardInputError('targetClass', target, '1～5（Ⅰ～Ⅴ类）');
  if (sample === null || typeof sample !== 'object' || Object.keys(sample).length === 0) {
    throw new StandardInputError('sample', sample, '至少一个项目的检测结果');
  }
  const items = Object.entries(sample).map(([key, raw]) => {
    const item = resolveItem(GB14848_ITEMS, key, 'GB/T 14848-2017');
    return evaluateItem(item, key, raw, target);
  });
  const worst = Math.max(...items.map((i) => i.class)) as GroundwaterClass;
  return {
    standard: GB14848_EDITION.standard,
    targetClass: target,
    class: worst,
    classLabel: WATER_CLASS_LABELS[worst - 1],
    worstItems: items.filter((i) => i.class === worst).map((i) => i.item),
    items,
    exceedingItems: items.filter((i) => i.exceeds).map((i) => i.item),
  };
}

function evaluateItem(item: Gb14848Item, key: string, raw: unknown, target: GroundwaterClass): GroundwaterItem {
  const m = readMeasured(raw, key);
  let cls: GroundwaterClass;
  const limits = item.limits ?? null;
  if (item.pHBands) {
    if (m.notDetected) throw new StandardInputError(key, raw, 'pH 数值');
    const within = ([lo, hi]: readonly [number, number]) => m.value.gte(lo) && m.value.lte(hi);
    cls = within(item.pHBands.upToIII) ? 1 : within(item.pHBands.iv) ? 4 : 5;
  } else if (m.notDetected || limits === null) {
    cls = 1;
  } else {
    const k = limits.findIndex((l) => l === null || m.value.lte(l));
    cls = (k === -1 ? 5 : k + 1) as GroundwaterClass;
  }
  const targetLimit = limits === null || target === 5 ? null : limits[target - 1];
  return {
    item: item.id,
    name: item.name,
    unit: item.unit,
    value: m.text,
    notDetected: m.notDetected,
    limit: targetLimit === null ? null : String(targetLimit),
    exceeds: cls > target,
    multiple: cls > target && targetLimit !== null ? printedMultiple(m.value, targetLimit) : null,
    class: cls,
    classLabel: WATER_CLASS_LABELS[cls - 1],
  };
}
