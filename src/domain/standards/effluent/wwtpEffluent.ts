import { toCalendarDate, type DateInput } from '../_lib/calendarDate.js';
import { toDecimal, type DecimalInput } from '../_lib/decimal.js';
import { inForce } from '../_lib/inForce.js';
import { readMeasured } from '../_lib/measured.js';
import { resolveItem } from '../_lib/resolveItem.js';
import type { ItemVerdict } from '../ItemVerdict.js';
import { StandardInputError } from '../StandardInputError.js';
import { judgeEffluent } from './effluentLimit.js';
import { GB18918_ITEMS, GB18918_RULES, type Gb18918Grade } from './gb18918Limits.js';

/** Options of {@link wwtpEffluent}. */
export interface WwtpEffluentOptions {
  /** Sampling date (GB 18918-2002 in force). */
  date: DateInput;
  grade: Gb18918Grade;
  /** Date the plant's EIA was approved (its construction date, §4.5) — needed for TP at 1A/1B. */
  builtOn?: DateInput;
  /** Water temperature, ℃ — needed for NH3-N at 1A/1B/2 (≤ 12 ℃ takes the bracketed limits). */
  waterTempC?: DecimalInput;
  /** Influent COD and BOD5, mg/L — at grade 3 above 350 / 160 the removal rate is judged instead (注①). */
  influent?: { COD?: DecimalInput; BOD5?: DecimalInput };
}

/** Result of {@link wwtpEffluent}. */
export interface EffluentResult {
  standard: string;
  grade: string;
  items: ItemVerdict[];
  exceedingItems: string[];
  /** Every item meets its limit. */
  compliant: boolean;
}

/**
 * @summary GB 18918-2002: a municipal wastewater plant's effluent (daily mean) against the limits of its grade.
 *
 * @description
 * Grades 1A, 1B, 2, 3 (表1); class-1 metals of 表2 and the quoted 表3 items at every grade. NH3-N takes the
 * bracketed limit when the water is at or below 12 ℃ (注②); TP takes the higher limit for plants built (EIA
 * approved) on or before 2005-12-31; at grade 3, influent COD above 350 mg/L (BOD5 above 160) is judged by a
 * removal rate above 60 % (50 %) instead (注①). Items not controlled at the grade ("—") are reported without a
 * limit. Values compared in full (GB/T 8170 §4.3); 超标倍数 against the limit.
 * Source: GB 18918-2002 表1–3, §4 (standards.md §8.1).
 *
 * @param sample - item → result ('ND' for not detected), mg/L (fecal coliform 个/L, colour dilution ratio)
 * @throws {StandardInputError} for an unknown item or grade, a bad value, a missing `waterTempC` / `builtOn` where
 * the limit depends on it, or a date before 2003-07-01
 *
 * @example
 * wwtpEffluent({ TP: 0.8 }, { date: '2024-05-01', grade: '1A', builtOn: '2008-03-01' }).compliant //=> false
 * wwtpEffluent({ 'NH3-N': 6 }, { date: '2024-01-10', grade: '1A', waterTempC: 10 }).compliant //=> true
 */
export function wwtpEffluent(sample: Readonly<Record<string, unknown>>, options: WwtpEffluentOptions): EffluentResult {
  inForce([GB18918_RULES], toCalendarDate(options?.date), 'GB 18918-2002 ');
  const { grade } = options;
  if (!['1A', '1B', '2', '3'].includes(grade)) throw new StandardInputError('grade', grade, "'1A'、'1B'、'2' 或 '3'");
  if (sample === null || typeof sample !== 'object' || Object.keys(sample).length === 0) {
    throw new StandardInputError('sample', sample, '至少一个项目的检测结果');
  }
  const items = Object.entries(sample).map(([key, raw]): ItemVerdict => {
    const item = resolveItem(GB18918_ITEMS, key, 'GB 18918-2002');
    const m = readMeasured(raw, key);
    const base = { item: item.id, name: item.name, unit: item.unit };
    let limits = item.limits;
    if (item.coldLimits && item.limits[grade] !== null) {
      if (options.waterTempC === undefined) throw new StandardInputError('waterTempC', undefined, '水温（℃），氨氮限值取决于水温是否高于12℃');
      if (toDecimal(options.waterTempC, 'waterTempC', false).lte(GB18918_RULES.coldWaterMaxC)) limits = item.coldLimits;
    }
    if (item.builtBefore2006Limits && grade !== '2' && grade !== '3') {
      if (options.builtOn === undefined) throw new StandardInputError('builtOn', undefined, '污水处理厂建设（环评批复）日期，总磷限值以2006-01-01为界');
      if (toCalendarDate(options.builtOn, 'builtOn') <= GB18918_RULES.tpBuiltUntil) limits = item.builtBefore2006Limits;
    }
    const influent = item.grade3Removal && grade === '3' ? options.influent?.[item.id as 'COD' | 'BOD5'] : undefined;
    if (item.grade3Removal && influent !== undefined) {
      const inflow = toDecimal(influent, `influent.${item.id}`);
      if (inflow.gt(item.grade3Removal.influentAbove)) {
        const removal = inflow.minus(m.value).div(inflow).times(100);
        const min = item.grade3Removal.minRemovalPercent;
        return {
          ...base,
          value: m.text,
          notDetected: m.notDetected,
          limit: `去除率>${min}%`,
          exceeds: !removal.gt(min),
          multiple: null,
          note: `进水浓度${inflow.toString()}大于${item.grade3Removal.influentAbove}，按去除率判定（去除率${removal.toDecimalPlaces(1).toString()}%）`,
        };
      }
    }
    const limit = limits[grade];
    if (limit === null) return { ...base, value: m.text, notDetected: m.notDetected, limit: null, exceeds: false, multiple: null, note: '该级别不控制此项目' };
    return judgeEffluent(base, m, limit);
  });
  const exceedingItems = items.filter((i) => i.exceeds).map((i) => i.item);
  return { standard: GB18918_RULES.standard, grade, items, exceedingItems, compliant: exceedingItems.length === 0 };
}
