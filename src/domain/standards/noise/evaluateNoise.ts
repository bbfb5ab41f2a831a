import { toCalendarDate, type DateInput } from '../_lib/calendarDate.js';
import { toDecimal, type DecimalInput } from '../_lib/decimal.js';
import { inForce } from '../_lib/inForce.js';
import type { ItemVerdict } from '../ItemVerdict.js';
import { StandardInputError } from '../StandardInputError.js';
import { GB3096_LIMITS, GB3096_RULES, type NoiseZone } from './gb3096Limits.js';

/** A noise measurement to judge. */
export interface NoiseMeasurement {
  /** Measuring date (GB 3096-2008 in force). */
  date: DateInput;
  zone: NoiseZone;
  period: 'day' | 'night';
  /** Equivalent continuous A-weighted level L_Aeq, dB(A). */
  leq: DecimalInput;
  /** Maximum level L_max of sudden night-time noise, dB(A) (§5.4). */
  lmax?: DecimalInput;
  /** Zone 4b beside an existing railway trunk line: background limits 70/55 without a passing train (§5.3). */
  existingRailway?: boolean;
}

/** Result of {@link evaluateNoise}; an item's `multiple` is the 超标量 in dB. */
export interface NoiseResult {
  standard: string;
  zone: NoiseZone;
  area: string;
  period: 'day' | 'night';
  items: ItemVerdict[];
  exceedingItems: string[];
  exceeds: boolean;
}

/**
 * @summary GB 3096-2008: L_Aeq (and night L_max) against the limit of the functional zone and period.
 *
 * @description
 * Limits from 表1 by zone and day/night; zone 4b beside an existing railway trunk line (with `existingRailway`)
 * takes 70/55 (§5.3). At night L_max may exceed the limit by at most 15 dB(A) (§5.4). Exceedance is reported as
 * 超标量 = measured − limit, dB, not a ratio; the measured value is compared in full (GB/T 8170 §4.3).
 * Source: GB 3096-2008 表1, §3.4, §5 (standards.md §7).
 *
 * @throws {StandardInputError} for an unknown zone or period, a bad level, `lmax` by day, or a date before 2008-10-01
 *
 * @example
 * evaluateNoise({ date: '2024-05-01', zone: '1', period: 'night', leq: 47.2 }).items[0].multiple //=> '2.2'
 * evaluateNoise({ date: '2024-05-01', zone: '2', period: 'day', leq: 58.4 }).exceeds //=> false
 */
export function evaluateNoise(m: NoiseMeasurement): NoiseResult {
  inForce([GB3096_RULES], toCalendarDate(m?.date), 'GB 3096-2008 ');
  const zone = GB3096_LIMITS.find((z) => z.zone === m.zone);
  if (!zone) throw new StandardInputError('zone', m.zone, `声环境功能区 ${GB3096_LIMITS.map((z) => z.zone).join('、')} 之一`);
  if (m.period !== 'day' && m.period !== 'night') throw new StandardInputError('period', m.period, "'day'（昼间）或 'night'（夜间）");
  if (m.existingRailway && m.zone !== '4b') throw new StandardInputError('existingRailway', m.existingRailway, '仅用于 4b 类区');
  if (m.lmax !== undefined && m.period !== 'night') throw new StandardInputError('lmax', m.lmax, '仅夜间突发噪声评价最大声级');
  const limits = m.existingRailway ? GB3096_RULES.existingRailwayBackground : zone;
  const limit = limits[m.period];
  const items = [judge('leq', '等效声级 L_Aeq', m.leq, limit)];
  if (m.lmax !== undefined) {
    items.push(judge('lmax', '夜间突发噪声最大声级 L_max', m.lmax, limit + GB3096_RULES.nightLmaxAllowance));
  }
  const exceedingItems = items.filter((i) => i.exceeds).map((i) => i.item);
  return { standard: GB3096_RULES.standard, zone: zone.zone, area: zone.area, period: m.period, items, exceedingItems, exceeds: exceedingItems.length > 0 };
}

function judge(item: string, name: string, raw: DecimalInput, limit: number): ItemVerdict {
  const v = toDecimal(raw, item);
  const exceeds = v.gt(limit);
  return {
    item,
    name,
    unit: 'dB(A)',
    value: v.toString(),
    notDetected: false,
    limit: String(limit),
    exceeds,
    multiple: exceeds ? v.minus(limit).toString() : null,
  };
}
