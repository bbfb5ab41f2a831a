import { airLimit, exceedMultiple, gb3095Edition, GB3095_LIMITS, roundGbt8170, type AirAveraging, type AirPollutant, type AirZoneClass } from '../../standards/index.js';
import { LabDecimal } from './decimal.js';
import type { LabItemVerdict, LabSampleReport } from './evaluateLabResults.js';
import type { LabResult } from './readLabResults.js';
import type { StandardItemRef } from './standardItems.js';

/**
 * The averaging time a lab's ambient-air sample is judged by. UNCONFIRMED: which averaging a lab sample represents is
 * not settled (standards.md is silent; the campaigns of seed 000 表3 sample "每天1次" over 3–5 days) — a daily sample is
 * taken as a 24-hour mean and judged against the 24-hour limit. Change it here if a lab's method says otherwise.
 */
export const LAB_AIR_AVERAGING: AirAveraging = '24h';

const AVERAGING_NAMES: Readonly<Record<AirAveraging, string>> = { year: '年平均', quarter: '季平均', '24h': '24小时平均', '8h': '日最大8小时平均', '1h': '1小时平均' };
const AVERAGING_NAME = AVERAGING_NAMES[LAB_AIR_AVERAGING];

/** A result with a limit to look for in GB 3095, in the standard's unit ('162', '7L', 'ND'). */
export interface AirMeasured {
  r: LabResult;
  ref: StandardItemRef;
  value: string;
}

/** What {@link judgeAirSample} gives a sample. */
export interface AirJudgement {
  /** 'GB 3095-2012 环境空气质量标准 二类区24小时平均：超标（二氧化硫）'; null when nothing had a limit. */
  summary: string | null;
  items: LabItemVerdict[];
  /** Pollutants GB 3095 limits, but not for the sample's averaging (铅: year and quarter only; 臭氧: 8 h and 1 h). */
  noLimit: LabSampleReport['noLimit'];
}

/**
 * @summary Judge one ambient-air sample of a lab report against the GB 3095 limits of its zone class in force on its
 * date, for the averaging a lab sample is taken to represent ({@link LAB_AIR_AVERAGING}, 24 hours — UNCONFIRMED).
 *
 * @description
 * The limit comes from `airLimit` (GB 3095-2012 表1–表2; GB 3095-2026 from 2026-03-01); a pollutant without a limit for
 * that averaging in the edition (GB3095_LIMITS) is listed in `noLimit`, never passed. The value is compared as the lab
 * reports it, converted exactly to the standard's unit; it is not first rounded to an integer as published daily means
 * are (airSample), because a lab's result carries the precision of its method [INTERPRETATION]. 超标倍数 (C − S)/S by
 * `exceedMultiple`, printed to 0.001 by GB/T 8170, as the water evaluation does. Below detection ('7L', 'ND') meets the
 * limit; a detection limit above the limit is flagged, as for water.
 *
 * @throws {StandardInputError} for a date before GB 3095 applies here (2016-01-01)
 *
 * @example
 * // SO2 0.162 mg/m³ = 162 µg/m³, 二类区 24 h limit 150: (162 − 150)/150 = 0.080
 * judgeAirSample('2024-05-10', 2, [{ r: { row: 2, item: findLabItem('SO2'), value: { kind: 'number', value: '162' } }, ref: { engineItem: 'so2', unit: 'µg/m³' }, value: '162' }]).items[0].multiple //=> '0.080'
 */
export function judgeAirSample(date: string, zoneClass: AirZoneClass, measured: readonly AirMeasured[]): AirJudgement {
  const edition = gb3095Edition({ date });
  const rows = GB3095_LIMITS[edition.limits];
  const items: LabItemVerdict[] = [];
  const noLimit: AirJudgement['noLimit'] = [];
  for (const { r, ref, value } of measured) {
    const pollutant = ref.engineItem as AirPollutant;
    if (!rows.some((row) => row[0] === pollutant && row[1] === LAB_AIR_AVERAGING)) {
      const has = rows.filter((row) => row[0] === pollutant).map((row) => AVERAGING_NAMES[row[1]]);
      noLimit.push({
        item: r.item.id,
        name: r.item.name,
        value,
        unit: ref.unit,
        reason: `${edition.standard}无${r.item.name}的${AVERAGING_NAME}浓度限值（仅有${has.join('、')}限值）`,
        rows: [r.row],
      });
      continue;
    }
    const limit = airLimit({ pollutant, averaging: LAB_AIR_AVERAGING, zoneClass, date });
    const below = r.value.kind === 'belowDetection';
    const exact = below ? null : exceedMultiple(value, limit.value);
    const dl = below ? /^(.+)L$/.exec(value)?.[1] : undefined;
    const dlAbove = dl !== undefined && new LabDecimal(dl).gt(limit.value);
    const notes = [
      `按${AVERAGING_NAME}浓度限值评价（实验室样品视作日均值，待核对）`,
      dlAbove ? `检出限 ${dl} 高于限值 ${limit.value}，未检出不能说明达标（待核对）` : undefined,
    ].filter(Boolean);
    items.push({
      item: r.item.id,
      name: r.item.name,
      unit: limit.unit,
      value,
      limit: String(limit.value),
      class: null,
      verdict: null,
      exceeds: exact !== null,
      multiple: exact === null ? null : roundGbt8170(exact, '0.001'),
      excessDb: null,
      detectionLimitAboveLimit: dlAbove,
      rows: [r.row],
      note: notes.join('；'),
    });
  }
  const exceeding = items.filter((i) => i.exceeds).map((i) => i.name);
  const zone = zoneClass === 1 ? '一类区' : '二类区';
  return {
    summary: items.length === 0 ? null : `${edition.standard} ${zone}${AVERAGING_NAME}：${exceeding.length ? `超标（${exceeding.join('、')}）` : '达标'}`,
    items,
    noLimit,
  };
}
