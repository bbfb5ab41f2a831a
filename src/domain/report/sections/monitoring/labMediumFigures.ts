import { Dec } from '../../../standards/_lib/decimal.js';
import type { Figure, Inline, SumRelation } from '../../reportModel.js';
import type { LabPointInput, MonitoringMedium } from './monitoringInput.js';
import { countOf, MEDIUM_LABELS, MEDIUM_WORDS, MONITORING_RULES, rateFigure, ruleFigure, unionRecords } from './monitoringFigures.js';

/** An item exceeding at some point of the medium, over all its points. */
export interface ExceedingItem {
  name: string;
  /** Points where it exceeds, by label, in input order. */
  points: string[];
  samples: Figure;
  /** The largest 超标倍数 of the item, three decimals; null when none could be computed (pH out of its range). */
  maxMultiple: Figure | null;
}

/** The lab figures of one medium over the year, computed once and printed by every paragraph that speaks of them. */
export interface LabMediumFigures {
  medium: MonitoringMedium;
  points: LabPointInput[];
  /** Samples with an evaluable item, those exceeding, those complying, and 达标率 (null without a sample). */
  evaluated: Figure;
  exceeding: Figure;
  compliant: Figure;
  rate: Figure | null;
  /** The largest 超标倍数 of the medium; 0 when nothing exceeds. */
  maxMultiple: Figure;
  items: ExceedingItem[];
  /** Items measured that no limit applies to, each once. */
  noLimitItems: string[];
  /** Distinct standards of the judged points as printed: 地表水环境质量标准（GB 3838-2002）Ⅲ类标准. */
  standards: string[];
  /** Points not judged, with why. */
  notJudged: { label: string; note: string | null }[];
  simulated: boolean;
  /** Every figure above, by id. */
  figures: Record<string, Figure>;
  relation: SumRelation;
}

const sampleKey = (r: { entity: string; id: number | string }) => `${r.entity}:${r.id}`;

/** "Ⅲ类标准", "第二类用地风险筛选值", "" (no class): what follows the standard's name. */
function classWords(standardClass: string | null): string {
  if (!standardClass) return '';
  return standardClass.endsWith('用地') ? `${standardClass}风险筛选值` : `${standardClass}标准`;
}

/**
 * The year's lab figures of a medium from its points: samples evaluated, exceeding and complying (each a count of
 * the samples), 达标率 = complying / evaluated, every exceeding item with its points, sample count and largest
 * 超标倍数, the items without a limit, and the standards the points are judged by.
 */
export function labMediumFigures(medium: MonitoringMedium, points: readonly LabPointInput[]): LabMediumFigures {
  const id = (name: string) => `lab.${medium}.${name}`;
  const label = MEDIUM_LABELS[medium];
  const scope = MEDIUM_WORDS[medium];
  const evaluatedRecords = unionRecords(points.map((p) => p.evaluatedSamples));
  const exceedingKeys = new Set(points.flatMap((p) => p.exceedingSamples.map(sampleKey)));
  const exceedingRecords = evaluatedRecords.filter((r) => exceedingKeys.has(sampleKey(r)));
  const compliantRecords = evaluatedRecords.filter((r) => !exceedingKeys.has(sampleKey(r)));

  const evaluated = countOf(id('evaluated'), `${label}评价样品数`, '个', {
    rule: 'monitoring.lab.evaluated',
    description: `${label}监测点位本年度有可评价项目的样品（点位、采样日期）`,
  }, evaluatedRecords, { terms: ['评价样品', '监测样品', '样品'], scope });
  const exceeding = countOf(id('exceeding'), `${label}超标样品数`, '个', {
    rule: MONITORING_RULES.labExceeding,
    description: `${label}监测点位本年度至少一项超过标准限值的样品`,
  }, exceedingRecords, { terms: ['超标样品'], scope });
  const compliant = countOf(id('compliant'), `${label}达标样品数`, '个', {
    rule: 'monitoring.lab.compliant',
    description: `${label}监测点位本年度评价项目均未超过标准限值的样品`,
  }, compliantRecords, { terms: ['达标样品', '达标'], scope });
  const rate = rateFigure(id('rate'), `${label}监测达标率`, compliant, evaluated, 1, {
    kind: 'rule',
    rule: 'monitoring.lab.rate',
    description: `${label}达标样品数 / 评价样品数`,
    records: evaluatedRecords,
  }, { terms: ['达标率'], scope });

  const byItem = new Map<string, { name: string; points: string[]; samples: number; max: { value: string; date: string } | null; records: LabPointInput['record'][] }>();
  for (const p of points) {
    for (const e of p.exceedingItems) {
      const entry = byItem.get(e.item) ?? { name: e.name, points: [], samples: 0, max: null, records: [] };
      byItem.set(e.item, entry);
      if (!entry.points.includes(p.record.label)) entry.points.push(p.record.label);
      entry.records.push(p.record);
      entry.samples += e.samples;
      if (e.maxMultiple !== null && (!entry.max || new Dec(e.maxMultiple).gt(entry.max.value))) entry.max = { value: e.maxMultiple, date: e.date };
    }
  }
  const items: ExceedingItem[] = [...byItem.entries()].map(([code, e]) => ({
    name: e.name,
    points: e.points,
    samples: ruleFigure(id(`item.${code}.samples`), `${label}${e.name}超标样品数`, String(e.samples), '个', {
      rule: 'monitoring.lab.itemExceeding',
      description: `${label}监测点位中${e.name}超过标准限值的样品`,
      records: unionRecords([e.records]),
    }, { cues: { terms: ['超标样品'], scope: [e.name] } }),
    maxMultiple: e.max
      ? ruleFigure(id(`item.${code}.maxMultiple`), `${label}${e.name}最大超标倍数`, e.max.value, '倍', {
          rule: 'monitoring.lab.maxMultiple',
          description: `${e.name}超标倍数 (C − S)/S 的最大值（${e.max.date}）`,
          records: unionRecords([e.records]),
        }, { format: { decimals: 3 }, cues: { terms: ['最大超标倍数', '超标倍数'], scope: [e.name] } })
      : null,
  }));
  const multiples = items.flatMap((i) => (i.maxMultiple ? [i.maxMultiple] : []));
  const largest = multiples.reduce<Figure | null>((m, f) => (!m || new Dec(f.value).gt(m.value) ? f : m), null);
  const maxMultiple = ruleFigure(id('maxMultiple'), `${label}最大超标倍数`, largest?.value ?? '0', '倍', {
    rule: 'monitoring.lab.maxMultiple',
    description: largest ? `${label}各超标项目超标倍数的最大值（${largest.label}）` : `${label}无超标项目，最大超标倍数为0`,
    records: exceedingRecords,
  }, { format: { decimals: 3 }, cues: { terms: ['最大超标倍数', '超标倍数'], scope } });

  const judged = points.filter((p) => p.standardName);
  const standards = [...new Set(judged.map((p) => `${p.standardName}${classWords(p.standardClass)}`))];
  const figures: Record<string, Figure> = {};
  for (const f of [evaluated, exceeding, compliant, rate, maxMultiple, ...items.flatMap((i) => [i.samples, i.maxMultiple])]) if (f) figures[f.id] = f;
  return {
    medium,
    points: [...points],
    evaluated,
    exceeding,
    compliant,
    rate,
    maxMultiple,
    items,
    noLimitItems: [...new Set(points.flatMap((p) => p.noLimitItems))],
    standards,
    notJudged: points.filter((p) => !p.standardName).map((p) => ({ label: p.record.label, note: p.note })),
    simulated: points.some((p) => p.simulated),
    figures,
    relation: {
      kind: 'sum',
      id: id('samples'),
      description: `${label}评价样品 = 达标样品 + 超标样品`,
      whole: evaluated.id,
      parts: [compliant.id, exceeding.id],
    },
  };
}

/**
 * The exceeding items as a clause: 超标因子为氨氮（管山村断面，超标样品1个，最大超标倍数0.320倍）; or 无超标因子.
 * `prefix` names the medium inside the clause where the sentence wants it (无土壤超标因子).
 */
export function exceedanceClause(m: LabMediumFigures, prefix = ''): Inline[] {
  if (m.items.length === 0) return [`无${prefix}超标因子`];
  return [
    `${prefix}超标因子为`,
    ...m.items.flatMap((item, i): Inline[] => [
      ...(i > 0 ? ['、'] : []),
      `${item.name}（${item.points.join('、')}，超标样品`,
      item.samples,
      ...(item.maxMultiple ? ['，最大超标倍数', item.maxMultiple] : []),
      '）',
    ]),
  ];
}

/** 无标准限值 items as a clause: ，石油类、粪大肠菌群无标准限值，未作评价; or nothing. */
export function noLimitClause(m: LabMediumFigures): Inline[] {
  return m.noLimitItems.length ? [`，${m.noLimitItems.join('、')}无标准限值，未作评价`] : [];
}
