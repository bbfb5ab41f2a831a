import { evaluateSample, exceedMultiple, GB3838_ITEMS, roundGbt8170, StandardInputError, WATER_CLASS_LABELS, type SampleEvaluation } from '../../standards/index.js';
import { LabDecimal } from './decimal.js';
import { LabCellError, LabResultsError, type LabResultIssue } from './labResultsError.js';
import { judgeAirSample } from './judgeAirSample.js';
import type { LabResult } from './readLabResults.js';
import { LAB_STANDARD_NAMES, LAB_STANDARDS, standardItemFor, type LabStandard, type StandardItemRef } from './standardItems.js';
import { convertUnit } from './units.js';

/** What to judge the results against. */
export interface LabEvaluationOptions {
  standard: LabStandard;
  /**
   * GB3838/GB14848: target class 1–5 (default 3); GB3096: the acoustic zone 0, 1, 2, 3, 4a, 4b (required); GB3095: the
   * zone class 1 (一类区, 一级 limits) or 2 (二类区, 二级 limits; default).
   */
  targetClass?: string;
  /** GB36600: land class 1 or 2 (required). */
  landClass?: string;
  /** GB3838: river (default) or lake (湖、库). */
  waterBody?: string;
  /** GB15618: paddy, orchard, other or rotation (required). */
  landUse?: string;
  /** GB15618: soil pH when a sample has no pH result. */
  pH?: string;
}

/** One item of a sample with a limit in the standard. */
export interface LabItemVerdict {
  item: string;
  name: string;
  unit: string;
  /** The value judged, in the standard's unit ('0.62', '0.01L', 'ND'). */
  value: string;
  limit: string | null;
  /** Class (water, groundwater) or the family's verdict (soil). */
  class: string | null;
  verdict: string | null;
  exceeds: boolean;
  /** 超标倍数 (C − S)/S to 0.001 (GB/T 8170); null when not exceeding or not defined (pH, DO, noise). */
  multiple: string | null;
  /** GB 3096: 超标量 in dB. */
  excessDb: string | null;
  /** Below detection with a detection limit above the limit judged: "not detected" does not show compliance. */
  detectionLimitAboveLimit: boolean;
  rows: number[];
  note?: string;
}

/** One sample: a point on a date. */
export interface LabSampleReport {
  point: string;
  date: string;
  /** Rows of the file the sample's results came from. */
  rows: number[];
  /** The standard's verdict in Chinese ('水质类别：Ⅲ类（良好），达到Ⅲ类目标'); for no evaluable item, why. */
  summary: string;
  /** No item exceeds (null: nothing evaluable). */
  compliant: boolean | null;
  /** GB3838 / GB14848: class 1–6 and label (Ⅰ … 劣Ⅴ). */
  waterClass: number | null;
  waterClassLabel: string | null;
  items: LabItemVerdict[];
  exceedingItems: { item: string; name: string; multiple: string | null; excessDb: string | null }[];
  /** Largest 超标倍数 of the sample (0.001). */
  maxMultiple: { item: string; name: string; multiple: string } | null;
  /** Items measured whose limit the standard does not give: reported, never passed. */
  noLimit: { item: string; name: string; value: string; unit: string; reason: string; rows: number[] }[];
  /** Items marked not measured (—, /, blank). */
  notMeasured: { item: string; name: string; rows: number[] }[];
}

/** All samples of one point. */
export interface LabPointReport {
  point: string;
  samples: number;
  /** Samples with an evaluable item. */
  evaluatedSamples: number;
  exceedingSamples: number;
  compliant: boolean | null;
  /** Worst class over the samples (GB3838, GB14848). */
  worstClass: number | null;
  worstClassLabel: string | null;
  /** Per exceeding item: in how many samples, and the largest multiple with its date. */
  exceedingItems: { item: string; name: string; samples: number; maxMultiple: string | null; maxExcessDb: string | null; date: string }[];
  maxMultiple: { item: string; name: string; multiple: string; date: string } | null;
  /** Names of the items without a limit in the standard. */
  noLimitItems: string[];
}

export interface LabEvaluation {
  standard: LabStandard;
  standardName: string;
  options: LabEvaluationOptions;
  samples: LabSampleReport[];
  points: LabPointReport[];
}

/**
 * @summary Group lab results into samples (point + sampling date) and judge each with the standards engine
 * ({@link evaluateSample}) for its date; summarise per point.
 *
 * @description
 * Per sample: the engine's verdict, the class of water and groundwater, exceeding items and the 超标倍数
 * (C − S)/S to three decimals (GB/T 8170, `exceedMultiple`), where the engine defines one (not for pH, DO and
 * noise, whose 超标量 is in dB). Items the standard gives no limit for (水温, TN in a river, a soil item in a water
 * standard …) are listed as such and never counted as compliant. Per point: samples, exceeding samples, the worst
 * class, every exceeding item with its largest multiple, and the largest multiple overall.
 *
 * Below detection: evaluated as the engine does — it meets every "≤" limit and takes the best class (standards.md
 * §5, the convention of Silence.Water, [INTERPRETATION] in `_lib/measured.ts`). UNCONFIRMED (standards.md is
 * silent): when the detection limit itself is above the limit judged, "not detected" cannot show compliance; the
 * verdict stays the engine's, and the item is flagged `detectionLimitAboveLimit` with a note, so a reader sees it.
 *
 * @throws {LabResultsError} when a sample cannot be judged: a date before the standard came into force, a missing
 * option (zone, land class, land use, pH for GB 15618) — each issue names the sample's first row
 */
export function evaluateLabResults(results: readonly LabResult[], options: LabEvaluationOptions): LabEvaluation {
  checkOptions(options);
  const groups = new Map<string, LabResult[]>();
  for (const r of results) {
    const k = `${r.point}\u0000${r.date}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const issues: LabResultIssue[] = [];
  const samples: LabSampleReport[] = [];
  for (const rs of groups.values()) {
    try {
      samples.push(evaluateOne(rs, options));
    } catch (e) {
      if (e instanceof LabCellError) {
        // A unit left as written by a reader given no standard, which this standard cannot convert.
        const r = rs.find((x) => x.unitText === e.value || x.unit === e.value) ?? rs[0];
        issues.push({ ...placeOf(r), column: '单位', value: e.value, expected: e.expected });
        continue;
      }
      if (!(e instanceof StandardInputError)) throw e;
      // The engine names an item by its key, the date as 'date', anything else is an option.
      const byItem = rs.find((x) => (e.row !== undefined ? x.row === e.row : standardItemFor(options.standard, x.item)?.engineItem === e.field));
      const r = byItem ?? rs[0];
      const column = byItem ? '监测结果' : e.field === 'date' ? '采样日期' : `选项 ${e.field}`;
      const value = byItem ? r.valueText : e.field === 'date' ? r.date : String(e.value ?? '');
      issues.push({ ...placeOf(r), column, value, expected: `可按 ${LAB_STANDARD_NAMES[options.standard]} 评价的样品（点位"${r.point}"，${r.date}）：${e.message}` });
    }
  }
  if (issues.length > 0) throw new LabResultsError(issues);
  // Points in the order they first appear in the file; each point's samples by date.
  const order = new Map([...new Set(results.map((r) => r.point))].map((p, i) => [p, i]));
  samples.sort((a, b) => (order.get(a.point) as number) - (order.get(b.point) as number) || a.date.localeCompare(b.date));
  return { standard: options.standard, standardName: LAB_STANDARD_NAMES[options.standard], options, samples, points: summarisePoints(samples) };
}

const placeOf = (r: LabResult) => ({ file: r.file, ...(r.sheet === undefined ? {} : { sheet: r.sheet }), row: r.row });

/** The engine's text for a result: '0.62', '0.01L' (below the limit 0.01), 'ND'. */
function engineValue(r: LabResult): string | null {
  const v = r.value;
  if (v.kind === 'number') return v.value;
  if (v.kind === 'belowDetection') return v.limit === null ? 'ND' : `${v.limit}L`;
  return null;
}

/** The result in the standard's unit (a reader given no standard leaves units as written). */
function inStandardUnit(r: LabResult, ref: StandardItemRef): string | null {
  const v = engineValue(r);
  if (v === null || r.unit === ref.unit) return v;
  const t = (x: string) => convertUnit(x, r.unit, ref.unit);
  if (r.value.kind === 'number') return t(r.value.value);
  if (r.value.kind === 'belowDetection') return r.value.limit === null ? 'ND' : `${t(r.value.limit)}L`;
  return null;
}

function evaluateOne(rs: LabResult[], options: LabEvaluationOptions): LabSampleReport {
  const { point, date } = rs[0];
  const std = options.standard;
  const noLimit: LabSampleReport['noLimit'] = [];
  const notMeasured: LabSampleReport['notMeasured'] = [];
  const measured: { r: LabResult; ref: StandardItemRef; value: string }[] = [];
  let pH: string | undefined = options.pH;
  for (const r of rs) {
    if (r.value.kind === 'notMeasured') {
      notMeasured.push({ item: r.item.id, name: r.item.name, rows: [r.row] });
      continue;
    }
    const ref = standardItemFor(std, r.item);
    if (!ref) {
      noLimit.push({ item: r.item.id, name: r.item.name, value: engineValue(r) as string, unit: r.unit, reason: `${LAB_STANDARD_NAMES[std]}无此项目限值`, rows: [r.row] });
      continue;
    }
    if (std === 'GB3838' && options.waterBody !== 'lake' && GB3838_ITEMS.find((i) => i.id === ref.engineItem)?.lakeOnly) {
      noLimit.push({ item: r.item.id, name: r.item.name, value: engineValue(r) as string, unit: r.unit, reason: `${r.item.name}限值仅适用于湖、库（GB 3838-2002 表1）`, rows: [r.row] });
      continue;
    }
    const value = inStandardUnit(r, ref) as string;
    if (ref.option === 'pH') {
      if (r.value.kind !== 'number') throw new StandardInputError('pH', value, '土壤 pH 数值', r.row);
      pH = value;
      continue;
    }
    measured.push({ r, ref, value });
  }

  const items: LabItemVerdict[] = [];
  const summaries: string[] = [];
  let waterClass: number | null = null;
  if (std === 'GB3095') {
    const air = judgeAirSample(date, options.targetClass === '1' ? 1 : 2, measured);
    items.push(...air.items);
    noLimit.push(...air.noLimit);
    if (air.summary !== null) summaries.push(air.summary);
  } else {
    const runs = std === 'GB3096' ? (['day', 'night'] as const).map((p) => measured.filter((m) => m.ref.period === p)) : [measured];
    for (const [i, run] of runs.entries()) {
      if (run.length === 0) continue;
      const period = std === 'GB3096' ? (i === 0 ? 'day' : 'night') : undefined;
      const engineOptions = optionsFor(std, options, pH);
      const ev = evaluateSample(std, {
        date,
        items: Object.fromEntries(run.map((m) => [m.ref.engineItem, m.value])),
        options: period ? { ...engineOptions, period } : engineOptions,
      });
      summaries.push(ev.summary);
      if (std === 'GB3838' || std === 'GB14848') {
        const d = ev.detail as { class: number | null };
        waterClass = d.class;
      }
      for (const v of ev.items) {
        const m = run.find((x) => x.ref.engineItem === v.item) as (typeof run)[number];
        items.push(itemVerdict(std, v, m.r));
      }
    }
  }
  const exceeding = items.filter((i) => i.exceeds);
  const withMultiple = exceeding.filter((i) => i.multiple !== null);
  const max = withMultiple.reduce<LabItemVerdict | null>((a, b) => (a === null || new LabDecimal(b.multiple as string).gt(a.multiple as string) ? b : a), null);
  return {
    point,
    date,
    rows: rs.map((r) => r.row),
    summary: summaries.length > 0 ? summaries.join('；') : `无可评价项目（${LAB_STANDARD_NAMES[std]}无所测项目的限值或均未测）`,
    compliant: items.length === 0 ? null : exceeding.length === 0,
    waterClass,
    waterClassLabel: waterClass === null ? null : WATER_CLASS_LABELS[waterClass - 1],
    items,
    exceedingItems: exceeding.map((i) => ({ item: i.item, name: i.name, multiple: i.multiple, excessDb: i.excessDb })),
    maxMultiple: max ? { item: max.item, name: max.name, multiple: max.multiple as string } : null,
    noLimit,
    notMeasured,
  };
}

/**
 * The options, checked once for the whole file (named as the CLI's flags), so that a bad one is one error, not one
 * per sample. @throws {StandardInputError}
 */
export function checkOptions(o: LabEvaluationOptions): void {
  const one = (flag: string, v: string | undefined, allowed: readonly string[], expected: string, required = false) => {
    if (v === undefined ? required : !allowed.includes(v)) throw new StandardInputError(flag, v, expected);
  };
  if (!LAB_STANDARDS.includes(o.standard)) throw new StandardInputError('--standard', o.standard, `${LAB_STANDARDS.join('、')} 之一`);
  if (o.standard === 'GB3838' || o.standard === 'GB14848') one('--target-class', o.targetClass, ['1', '2', '3', '4', '5'], '目标类别 1～5（Ⅰ～Ⅴ类）');
  if (o.standard === 'GB3838') one('--water-body', o.waterBody, ['river', 'lake'], 'river（河流）或 lake（湖、库）');
  if (o.standard === 'GB3096') one('--target-class', o.targetClass, ['0', '1', '2', '3', '4a', '4b'], 'GB 3096 声环境功能区类别 0、1、2、3、4a、4b', true);
  if (o.standard === 'GB3095') one('--target-class', o.targetClass, ['1', '2'], 'GB 3095 环境空气功能区类别 1（一类区）或 2（二类区）');
  if (o.standard === 'GB36600') one('--land-class', o.landClass, ['1', '2'], '用地类别 1（第一类用地）或 2（第二类用地）', true);
  if (o.standard === 'GB15618') {
    one('--land-use', o.landUse, ['paddy', 'orchard', 'other', 'rotation'], 'paddy（水田）、orchard（果园）、other（其他）或 rotation（水旱轮作）', true);
    if (o.pH !== undefined && !(/^\d+(\.\d+)?$/.test(o.pH) && new LabDecimal(o.pH).lte(14))) throw new StandardInputError('--ph', o.pH, '土壤 pH 0～14');
  }
}

/** The engine's options for a standard judged through `evaluateSample` (GB 3095 lab samples are judged by `judgeAirSample`). */
function optionsFor(standard: Exclude<LabStandard, 'GB3095'>, o: LabEvaluationOptions, pH: string | undefined): Record<string, string | undefined> {
  switch (standard) {
    case 'GB3838':
      return { targetClass: o.targetClass, waterBody: o.waterBody };
    case 'GB14848':
      return { targetClass: o.targetClass };
    case 'GB36600':
      if (o.landClass !== '1' && o.landClass !== '2') throw new StandardInputError('landClass', o.landClass, '用地类别 1（第一类用地）或 2（第二类用地）');
      return { landClass: o.landClass };
    case 'GB15618':
      if (pH === undefined) throw new StandardInputError('pH', undefined, '样品的土壤 pH 结果（或给出 pH 选项）');
      return { landUse: o.landUse, pH };
    case 'GB3096':
      if (o.targetClass === undefined) throw new StandardInputError('targetClass', undefined, '声环境功能区类别 0、1、2、3、4a、4b');
      return { zone: o.targetClass };
  }
}

type EngineItem = SampleEvaluation['items'][number];

function itemVerdict(std: LabStandard, v: EngineItem, r: LabResult): LabItemVerdict {
  const noise = std === 'GB3096';
  // The engine defines when a multiple exists (not pH, DO); we print it to 0.001 from the same C and S.
  const exact = !noise && v.exceeds && v.multiple !== null && v.limit !== null ? exceedMultiple(v.value, v.limit) : null;
  const multiple = exact === null ? null : roundGbt8170(exact, '0.001');
  const dl = r.value.kind === 'belowDetection' ? /^(.+)L$/.exec(v.value)?.[1] : undefined;
  const dlAbove = dl !== undefined && v.limit !== null && new LabDecimal(dl).gt(v.limit);
  const notes = [v.note, dlAbove ? `检出限 ${dl} 高于限值 ${v.limit}，未检出不能说明达标（待核对）` : undefined].filter(Boolean);
  return {
    item: noise ? r.item.id : v.item,
    name: noise ? r.item.name : v.name,
    unit: v.unit,
    value: v.value,
    limit: v.limit,
    class: v.class ?? null,
    verdict: v.verdict ?? null,
    exceeds: v.exceeds,
    multiple,
    excessDb: noise && v.exceeds ? v.multiple : null,
    detectionLimitAboveLimit: dlAbove,
    rows: [r.row],
    ...(notes.length ? { note: notes.join('；') } : {}),
  };
}

function summarisePoints(samples: LabSampleReport[]): LabPointReport[] {
  const byPoint = new Map<string, LabSampleReport[]>();
  for (const s of samples) byPoint.set(s.point, [...(byPoint.get(s.point) ?? []), s]);
  return [...byPoint].map(([point, ss]) => {
    const evaluated = ss.filter((s) => s.compliant !== null);
    const classes = ss.map((s) => s.waterClass).filter((c): c is number => c !== null);
    const worst = classes.length ? Math.max(...classes) : null;
    const exceeding = new Map<string, LabPointReport['exceedingItems'][number]>();
    let max: LabPointReport['maxMultiple'] = null;
    for (const s of ss) {
      for (const e of s.exceedingItems) {
        const x = exceeding.get(e.item) ?? { item: e.item, name: e.name, samples: 0, maxMultiple: null, maxExcessDb: null, date: s.date };
        x.samples++;
        if (e.multiple !== null && (x.maxMultiple === null || new LabDecimal(e.multiple).gt(x.maxMultiple))) Object.assign(x, { maxMultiple: e.multiple, date: s.date });
        if (e.excessDb !== null && (x.maxExcessDb === null || new LabDecimal(e.excessDb).gt(x.maxExcessDb))) Object.assign(x, { maxExcessDb: e.excessDb, date: s.date });
        exceeding.set(e.item, x);
        if (e.multiple !== null && (max === null || new LabDecimal(e.multiple).gt(max.multiple))) max = { item: e.item, name: e.name, multiple: e.multiple, date: s.date };
      }
    }
    return {
      point,
      samples: ss.length,
      evaluatedSamples: evaluated.length,
      exceedingSamples: evaluated.filter((s) => !s.compliant).length,
      compliant: evaluated.length === 0 ? null : evaluated.every((s) => s.compliant),
      worstClass: worst,
      worstClassLabel: worst === null ? null : WATER_CLASS_LABELS[worst - 1],
      exceedingItems: [...exceeding.values()],
      maxMultiple: max,
      noLimitItems: [...new Set(ss.flatMap((s) => s.noLimit.map((n) => n.name)))],
    };
  });
}
