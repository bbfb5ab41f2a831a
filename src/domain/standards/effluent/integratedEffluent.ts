import { toCalendarDate, type DateInput } from '../_lib/calendarDate.js';
import { inForce } from '../_lib/inForce.js';
import { readMeasured } from '../_lib/measured.js';
import { resolveItem } from '../_lib/resolveItem.js';
import type { ItemVerdict } from '../ItemVerdict.js';
import { StandardInputError } from '../StandardInputError.js';
import { judgeEffluent } from './effluentLimit.js';
import { GB8978_ITEMS, GB8978_RULES, type Gb8978Grade } from './gb8978Limits.js';
import type { EffluentResult } from './wwtpEffluent.js';

/**
 * @summary GB 8978-1996: a unit's wastewater against the limits of its grade and construction date.
 *
 * @description
 * 第一类污染物 (表1) at every grade, sampled at the workshop outlet; 第二类污染物 by grade from 表4 for units built
 * (EIA approved) from 1998-01-01, or from 表2 grade 1 for units built on or before 1997-12-31 (only the items
 * standards.md lists; other 表2/表3 cells are not transcribed and are refused). Grade 1 applies to discharges into
 * GB 3838 Ⅲ waters (except protection zones and swimming areas) and GB 3097 class-2 sea; grade 2 to GB 3838 Ⅳ/Ⅴ
 * and sea class 3; grade 3 to sewers of a secondary municipal plant (§4.1). Values compared in full.
 * Source: GB 8978-1996 表1, 表2, 表4, §4 (standards.md §8.2).
 *
 * @param sample - item → result, mg/L ('ND' for not detected)
 * @param options - sampling `date`, `grade`, and `builtOn` (EIA approval date of the unit)
 * @throws {StandardInputError} for an unknown item or grade, a bad value, a missing `builtOn`, a 表2 value that is
 * not transcribed, or a date before 1998-01-01
 *
 * @example
 * integratedEffluent({ COD: 120 }, { date: '2024-05-01', grade: '1', builtOn: '2010-01-01' }).exceedingItems //=> ['COD']
 * integratedEffluent({ BOD5: 25 }, { date: '2024-05-01', grade: '1', builtOn: '1995-01-01' }).compliant //=> true
 */
export function integratedEffluent(
  sample: Readonly<Record<string, unknown>>,
  options: { date: DateInput; grade: Gb8978Grade; builtOn: DateInput },
): EffluentResult {
  inForce([GB8978_RULES], toCalendarDate(options?.date), 'GB 8978-1996 ');
  const { grade } = options;
  if (grade !== '1' && grade !== '2' && grade !== '3') throw new StandardInputError('grade', grade, "'1'、'2' 或 '3'");
  if (options.builtOn === undefined) throw new StandardInputError('builtOn', undefined, '排污单位建设（环评批复）日期，以1998-01-01为界选用表2或表4');
  const old = toCalendarDate(options.builtOn, 'builtOn') <= GB8978_RULES.table2BuiltUntil;
  if (sample === null || typeof sample !== 'object' || Object.keys(sample).length === 0) {
    throw new StandardInputError('sample', sample, '至少一个项目的检测结果');
  }
  const items = Object.entries(sample).map(([key, raw]): ItemVerdict => {
    const item = resolveItem(GB8978_ITEMS, key, 'GB 8978-1996');
    const m = readMeasured(raw, key);
    const base = { item: item.id, name: item.name, unit: item.unit };
    if (item.table === '表4' && old && item.id !== 'pH') {
      if (grade !== '1' || !item.table2Grade1) throw new StandardInputError(key, raw, `1997年底前建设单位的表2限值（本库仅收录表2一级：${GB8978_ITEMS.filter((i) => i.table2Grade1).map((i) => i.name).join('、')}）`);
      return judgeEffluent(base, m, item.table2Grade1, '1997-12-31前建设的单位，执行表2');
    }
    const limit = item.limits[grade];
    if (limit === null) return { ...base, value: m.text, notDetected: m.notDetected, limit: null, exceeds: false, multiple: null, note: '该级别不控制此项目' };
    return judgeEffluent(base, m, limit, item.table === '表1' ? '第一类污染物，在车间或车间处理设施排放口采样' : undefined);
  });
  const exceedingItems = items.filter((i) => i.exceeds).map((i) => i.item);
  return { standard: GB8978_RULES.standard, grade, items, exceedingItems, compliant: exceedingItems.length === 0 };
}
