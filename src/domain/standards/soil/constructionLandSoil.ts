import { toCalendarDate, type DateInput } from '../_lib/calendarDate.js';
import { toDecimal } from '../_lib/decimal.js';
import { inForce } from '../_lib/inForce.js';
import { readMeasured } from '../_lib/measured.js';
import { resolveItem } from '../_lib/resolveItem.js';
import type { ItemVerdict } from '../ItemVerdict.js';
import { StandardInputError } from '../StandardInputError.js';
import { printedMultiple } from '../stats/printedMultiple.js';
import { GB36600_EDITION, GB36600_ITEMS } from './gb36600Values.js';

/** The verdict on one item of a development-land sample. */
export type ConstructionSoilVerdict = 'belowScreening' | 'aboveScreening' | 'withinBackground' | 'aboveIntervention';

/** Chinese wording of the verdicts (§5.3.2–5.3.5). */
export const CONSTRUCTION_SOIL_VERDICTS: Readonly<Record<ConstructionSoilVerdict, string>> = {
  belowScreening: '不超过筛选值（风险一般可忽略）',
  aboveScreening: '超过筛选值（需详细调查和风险评估）',
  withinBackground: '超过筛选值但不超过背景值（不纳入污染地块管理）',
  aboveIntervention: '超过管制值（通常存在不可接受风险，应采取风险管控或修复措施）',
};

/** One item: screening and intervention values of the land class, verdict; `limit`/`multiple` refer to the screening value. */
export type ConstructionSoilItem = ItemVerdict & { screening: string; intervention: string; verdict: ConstructionSoilVerdict };

/** Result of {@link constructionLandSoil}. */
export interface ConstructionSoilResult {
  standard: string;
  /** Land class applied (unknown planned use → 1). */
  landClass: 1 | 2;
  items: ConstructionSoilItem[];
  /** The worst verdict of the sample. */
  verdict: ConstructionSoilVerdict;
  exceedingItems: string[];
}

const ORDER: ConstructionSoilVerdict[] = ['belowScreening', 'withinBackground', 'aboveScreening', 'aboveIntervention'];

/**
 * @summary GB 36600-2018 development-land soil: each result against the screening and intervention values of the
 * land class.
 *
 * @description
 * 第一类用地 (residential, schools, hospitals, welfare, community parks) and 第二类用地 (industrial, logistics,
 * commercial, roads, utilities, public administration, green space); an unknown planned use takes class 1 (§5.3.1).
 * ≤ screening: risk generally negligible; > screening: investigate and assess; > intervention: unacceptable risk,
 * control or remediate (§5.3.2–5.3.5). For As (注①) a result above the screening value but not above the local
 * background value given in `background` is not managed as contaminated. 超标倍数 against the screening value.
 * Values compared in full (GB/T 8170 §4.3).
 * Source: GB 36600-2018 表1–2, §5.3 (standards.md §6.1, §6.3).
 *
 * @param sample - item → result, mg/kg
 * @param options - `date`; `landClass` 1, 2 or 'unknown'; `background` values (mg/kg) for items with the 注① rule
 * @throws {StandardInputError} for an unknown item, a bad value or option, or a date before 2018-08-01
 *
 * @example
 * constructionLandSoil({ As: 119 }, { date: '2024-04-01', landClass: 2 }).items[0].multiple //=> '0.98'
 * constructionLandSoil({ Cd: 70 }, { date: '2024-04-01', landClass: 1 }).verdict //=> 'aboveIntervention'
 */
export function constructionLandSoil(
  sample: Readonly<Record<string, unknown>>,
  options: { date: DateInput; landClass: 1 | 2 | 'unknown'; background?: Readonly<Record<string, unknown>> },
): ConstructionSoilResult {
  inForce([GB36600_EDITION], toCalendarDate(options?.date), 'GB 36600-2018 ');
  const { landClass } = options;
  if (landClass !== 1 && landClass !== 2 && landClass !== 'unknown') {
    throw new StandardInputError('landClass', landClass, "1（第一类用地）、2（第二类用地）或 'unknown'（规划用途不明确，按第一类）");
  }
  if (sample === null || typeof sample !== 'object' || Object.keys(sample).length === 0) {
    throw new StandardInputError('sample', sample, '至少一个项目的检测结果');
  }
  const k = landClass === 2 ? 1 : 0;
  const background = new Map(
    Object.entries(options.background ?? {}).map(([key, v]) => [resolveItem(GB36600_ITEMS, key, 'GB 36600-2018').id, toDecimal(v, `background.${key}`)]),
  );
  const items = Object.entries(sample).map(([key, raw]): ConstructionSoilItem => {
    const item = resolveItem(GB36600_ITEMS, key, 'GB 36600-2018');
    const m = readMeasured(raw, key);
    const screening = item.screening[k];
    const intervention = item.intervention[k];
    const bg = item.backgroundRule ? background.get(item.id) : undefined;
    let verdict: ConstructionSoilVerdict = 'belowScreening';
    if (!m.notDetected && m.value.gt(intervention)) verdict = 'aboveIntervention';
    else if (!m.notDetected && m.value.gt(screening)) verdict = bg && m.value.lte(bg) ? 'withinBackground' : 'aboveScreening';
    const note = item.backgroundRule && verdict === 'aboveScreening' && !bg ? '可与当地土壤环境背景值比较（附录A），不超过背景值的不纳入污染地块管理' : undefined;
    return {
      item: item.id,
      name: item.name,
      unit: 'mg/kg',
      value: m.text,
      notDetected: m.notDetected,
      limit: String(screening),
      exceeds: verdict === 'aboveScreening' || verdict === 'aboveIntervention',
      multiple: m.notDetected ? null : printedMultiple(m.value, screening),
      screening: String(screening),
      intervention: String(intervention),
      verdict,
      ...(note ? { note } : {}),
    };
  });
  return {
    standard: GB36600_EDITION.standard,
    landClass: landClass === 2 ? 2 : 1,
    items,
    verdict: ORDER[Math.max(...items.map((i) => ORDER.indexOf(i.verdict)))],
    exceedingItems: items.filter((i) => i.exceeds).map((i) => i.item),
  };
}
