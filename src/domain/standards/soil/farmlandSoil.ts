import { toCalendarDate, type DateInput } from '../_lib/calendarDate.js';
import { toDecimal } from '../_lib/decimal.js';
import { inForce } from '../_lib/inForce.js';
import { readMeasured } from '../_lib/measured.js';
import { resolveItem } from '../_lib/resolveItem.js';
import type { ItemVerdict } from '../ItemVerdict.js';
import { StandardInputError } from '../StandardInputError.js';
import { printedMultiple } from '../stats/printedMultiple.js';
import { GB15618_EDITION, GB15618_ITEMS, PH_BAND_UPPER, type ByPhBand, type Gb15618Item } from './gb15618Values.js';

/** Land use: 水田, 果园, 其他 (dry land etc.), or 水旱轮作 (takes the stricter of paddy and other). */
export type FarmlandUse = 'paddy' | 'orchard' | 'other' | 'rotation';

/** The verdict on an item (standards.md §6.2 classification). */
export type FarmlandVerdict = 'belowScreening' | 'aboveScreening' | 'safeUse' | 'strictControl';

export const FARMLAND_VERDICTS: Readonly<Record<FarmlandVerdict, string>> = {
  belowScreening: '不超过筛选值（风险低，优先保护类）',
  aboveScreening: '超过筛选值（无管制值，应加强监测）',
  safeUse: '超过筛选值、不超过管制值（安全利用类）',
  strictControl: '超过管制值（严格管控类）',
};

/** One item: `limit` and `multiple` refer to the screening value. */
export type FarmlandSoilItem = ItemVerdict & { screening: string; intervention: string | null; verdict: FarmlandVerdict };

/** Result of {@link farmlandSoil}. */
export interface FarmlandSoilResult {
  standard: string;
  pH: string;
  /** 0: pH ≤ 5.5, 1: 5.5–6.5, 2: 6.5–7.5, 3: > 7.5. */
  phBand: 0 | 1 | 2 | 3;
  landUse: FarmlandUse;
  items: FarmlandSoilItem[];
  /** The worst verdict of the sample. */
  verdict: FarmlandVerdict;
  exceedingItems: string[];
}

const ORDER: FarmlandVerdict[] = ['belowScreening', 'aboveScreening', 'safeUse', 'strictControl'];

/**
 * @summary GB 15618-2018 agricultural-land soil: each result against the screening and intervention values of its
 * pH band and land use.
 *
 * @description
 * pH bands ≤ 5.5 | (5.5, 6.5] | (6.5, 7.5] | > 7.5 (a boundary pH belongs to the lower band). Paddy, orchard (Cu
 * only; other metals use "其他"), other; paddy–upland rotation takes the stricter value. ≤ screening: low risk
 * (优先保护类); Cd, Hg, As, Pb, Cr above screening and ≤ intervention: 安全利用类; above intervention: 严格管控类;
 * Cu, Ni, Zn and 表2 items have no intervention value (above screening: monitor). Values compared in full.
 * Source: GB 15618-2018 表1–3, §6 (standards.md §6.2–6.3).
 *
 * @param sample - item → result, mg/kg
 * @param options - `date`, soil `pH`, `landUse`
 * @throws {StandardInputError} for an unknown item, a bad value, a pH outside 0–14, an unknown land use or a date before 2018-08-01
 *
 * @example
 * farmlandSoil({ Cd: 0.45 }, { date: '2024-04-01', pH: 6.0, landUse: 'paddy' }).verdict //=> 'safeUse'
 * farmlandSoil({ Pb: 1200 }, { date: '2024-04-01', pH: 8.0, landUse: 'paddy' }).verdict //=> 'strictControl'
 */
export function farmlandSoil(
  sample: Readonly<Record<string, unknown>>,
  options: { date: DateInput; pH: number | string; landUse: FarmlandUse },
): FarmlandSoilResult {
  inForce([GB15618_EDITION], toCalendarDate(options?.date), 'GB 15618-2018 ');
  const pH = toDecimal(options.pH, 'pH');
  if (pH.gt(14)) throw new StandardInputError('pH', options.pH, '0～14');
  const { landUse } = options;
  if (!['paddy', 'orchard', 'other', 'rotation'].includes(landUse)) {
    throw new StandardInputError('landUse', landUse, "'paddy'（水田）、'orchard'（果园）、'other'（其他）或 'rotation'（水旱轮作）");
  }
  if (sample === null || typeof sample !== 'object' || Object.keys(sample).length === 0) {
    throw new StandardInputError('sample', sample, '至少一个项目的检测结果');
  }
  const band = PH_BAND_UPPER.findIndex((upper) => pH.lte(upper));
  const phBand = (band === -1 ? 3 : band) as 0 | 1 | 2 | 3;
  const items = Object.entries(sample).map(([key, raw]): FarmlandSoilItem => {
    const item = resolveItem(GB15618_ITEMS, key, 'GB 15618-2018');
    const m = readMeasured(raw, key);
    const screening = screeningRow(item, landUse)[phBand];
    const intervention = item.intervention?.[phBand] ?? null;
    let verdict: FarmlandVerdict = 'belowScreening';
    if (!m.notDetected && m.value.gt(screening)) {
      verdict = intervention === null ? 'aboveScreening' : m.value.gt(intervention) ? 'strictControl' : 'safeUse';
    }
    return {
      item: item.id,
      name: item.name,
      unit: 'mg/kg',
      value: m.text,
      notDetected: m.notDetected,
      limit: String(screening),
      exceeds: verdict !== 'belowScreening',
      multiple: m.notDetected ? null : printedMultiple(m.value, screening),
      screening: String(screening),
      intervention: intervention === null ? null : String(intervention),
      verdict,
    };
  });
  return {
    standard: GB15618_EDITION.standard,
    pH: pH.toString(),
    phBand,
    landUse,
    items,
    verdict: ORDER[Math.max(...items.map((i) => ORDER.indexOf(i.verdict)))],
    exceedingItems: items.filter((i) => i.exceeds).map((i) => i.item),
  };
}

/** The screening row of an item for a land use (rotation: the stricter of paddy and other, 注②). */
function screeningRow(item: Gb15618Item, use: FarmlandUse): ByPhBand {
  const s = item.screening;
  const row = (u: 'paddy' | 'orchard' | 'other') => (s[u] ?? s.other ?? s.all) as ByPhBand;
  if (use !== 'rotation') return row(use);
  const paddy = row('paddy');
  const other = row('other');
  return paddy.map((v, i) => Math.min(v, other[i])) as unknown as ByPhBand;
}
