import { emissionYearOnYear, type EmissionChange } from '../../../registers/quota/emissionYearOnYear.js';
import { quotaVerdict, type QuotaVerdict } from '../../../registers/quota/quotaVerdict.js';
import { emissionYearTotals, type YearTotal } from '../../../registers/quota/yearTotals.js';
import { Dec } from '../../../standards/_lib/decimal.js';
import { annualReportSection, sectionNumber } from '../../annualReportSections.js';
import { enteredFigure, valueFigure } from '../../figures.js';
import type { EnteredText, Figure, FigureComparison, Inline, ParagraphBlock, Provenance, ReportSection } from '../../reportModel.js';
import { mergeText } from '../ledgerParagraph.js';
import type { SectionBuild } from '../profileSection.js';
import type { QuotaReportEmission, QuotaReportInput } from './quotaInput.js';

/** Paragraph keys (edited text is stored by key). */
export const QUOTA_PARAGRAPH_KEYS = {
  quota: '1.quota',
  water: '2.3.emissions',
  air: '2.4.emissions',
  reductionTitle: '2.8.emissions.title',
  reductionIntro: '2.8.emissions.intro',
  waterTitle: '2.8.emissions.water.title',
  waterPrevious: '2.8.emissions.water.previous',
  waterCurrent: '2.8.emissions.water.current',
  waterChange: '2.8.emissions.water.change',
  airTitle: '2.8.emissions.air.title',
  airPrevious: '2.8.emissions.air.previous',
  airCurrent: '2.8.emissions.air.current',
  airChange: '2.8.emissions.air.change',
} as const;

/** Figure ids others rely on: a quota limit, a park total of a year (key from pollutantKey: COD, NH3-N, SO2, NOx, VOCs). */
export const quotaFigureId = (key: string) => `quota.${key}`;
export const emissionFigureId = (year: number, key: string) => `emission.${year}.${key}`;
/** The published total kept beside a total summed from the enterprises (the lint compares the two). */
export const publishedEmissionFigureId = (year: number, key: string) => `${emissionFigureId(year, key)}.published`;
/** The size of the change against the year before, in % (printed after 下降 or 上升). */
export const emissionChangeFigureId = (year: number, key: string) => `${emissionFigureId(year, key)}.change`;
/** How much a total exceeds its quota. */
export const emissionExcessFigureId = (year: number, key: string) => `${emissionFigureId(year, key)}.excess`;

/** Rules of the computed figures, for provenance and the lint. */
export const QUOTA_RULES = {
  parkTotal: { rule: 'emission.parkTotal', description: '园区各企业年度实际排放量之和' },
  change: { rule: 'emission.yoy', description: '（本年排放量−上年排放量）/上年排放量×100%，按GB/T 8170修约至0.01' },
  excess: { rule: 'quota.excess', description: '园区排放总量超出总量控制指标的量' },
} as const;

/** Wastewater pollutants (2.3, 2.8 1.) and waste-gas pollutants (2.4, 2.8 2.), in the seed's order. */
const WATER_KEYS = ['COD', 'NH3-N'];
const AIR_KEYS_2_4 = ['SO2', 'NOx', 'VOCs'];
const AIR_KEYS_2_8 = ['NOx', 'SO2', 'VOCs'];

type Total = YearTotal<QuotaReportEmission>;

/**
 * The total-pollutant-control parts of the annual report, from the quotas and the emission rows of the year and the
 * year before: the quota paragraph at the end of 一 (seed 000 line 526), the park's water-pollutant totals in 二（三）,
 * its air-pollutant totals in 二（四）, and part 一 of 二（八） with both years' totals and the changes computed from
 * them (seed lines 1405–1414). Figures: `quota.<key>`, `emission.<year>.<key>` (the current year's carries its
 * comparison with the year before), `emission.<year>.<key>.change` (%), `.published` beside a summed total.
 */
export function buildQuotaSections(input: { year: number; quotas: QuotaReportInput; texts: Readonly<Record<string, EnteredText>> }): SectionBuild {
  const { year, quotas, texts } = input;
  const previousYear = year - 1;
  const figures: Record<string, Figure> = {};
  const fig = (f: Figure) => ((figures[f.id] = f), f);
  const rowsOf = (y: number) => quotas.years.find((x) => x.year === y)?.rows ?? [];
  const totalsOf = (y: number): Total[] =>
    emissionYearTotals(
      rowsOf(y).map((r) => ({ ...r, ref: r })),
      y,
    );
  const current = totalsOf(year);
  const previous = totalsOf(previousYear);

  const changes = new Map<string, EmissionChange>();
  const comparisons = new Map<string, FigureComparison>();
  for (const t of current) {
    const before = previous.find((p) => p.key === t.key);
    changes.set(t.key, emissionYearOnYear({ name: t.name, previous: before?.tonnesPerYear ?? null, current: t.tonnesPerYear }));
    if (before) comparisons.set(t.key, { previous: before.tonnesPerYear, current: t.tonnesPerYear, better: 'lower', previousYear });
  }

  const provenanceOf = (t: Total): Provenance => {
    if (t.basis === 'enterprises') return { kind: 'rule', ...QUOTA_RULES.parkTotal, records: t.refs.map((r) => r.record) };
    const r = t.publishedRef!;
    return { kind: 'entered', source: '总量控制：年度实际排放量（园区公布总量）', records: [r.record], by: r.by, at: r.at };
  };
  const totalFigure = (t: Total, y: number): Figure => {
    const id = emissionFigureId(y, t.key);
    if (figures[id]) return figures[id]!;
    const f = valueFigure(id, `${y}年${t.name}排放总量`, t.tonnesPerYear, 't/a', provenanceOf(t), {
      aggregate: t.basis === 'enterprises' ? 'sum' : 'value',
      cues: { terms: [t.name], ...(y !== year ? { after: [`${y}年`] } : {}) },
    });
    const comparison = y === year ? comparisons.get(t.key) : undefined;
    fig(comparison ? { ...f, comparison } : f);
    if (t.basis === 'enterprises' && t.published !== null) {
      const r = t.publishedRef!;
      fig(
        enteredFigure(publishedEmissionFigureId(y, t.key), `${y}年${t.name}排放总量（园区公布）`, t.published, 't/a', {
          kind: 'entered',
          source: '总量控制：年度实际排放量（园区公布总量）',
          records: [r.record],
          by: r.by,
          at: r.at,
        }),
      );
    }
    return figures[id]!;
  };
  for (const t of current) totalFigure(t, year);
  for (const t of previous) totalFigure(t, previousYear);

  const paragraphs = new Map<string, ParagraphBlock[]>();
  const paragraph = (sectionKey: string, key: string, runs: Inline[]) => {
    const edited = texts[key];
    const block: ParagraphBlock = { kind: 'paragraph', key, content: mergeText(runs), ...(edited ? { edited } : {}) };
    paragraphs.set(sectionKey, [...(paragraphs.get(sectionKey) ?? []), block]);
  };
  /** 化学需氧量90.59t/a，氨氮1.37t/a */
  const list = (totals: readonly Total[], y: number): Inline[] =>
    totals.flatMap((t, i): Inline[] => [...(i > 0 ? ['，'] : []), t.name, totalFigure(t, y)]);
  const pick = (totals: readonly Total[], keys: readonly string[]) => keys.flatMap((k) => totals.filter((t) => t.key === k));

  // 一、园区概况: the quota paragraph.
  if (quotas.quotas.length > 0 && quotas.approval) {
    const limits = quotas.quotas.map((q) =>
      fig(
        enteredFigure(quotaFigureId(q.key), `${q.name}总量控制指标`, q.tonnesPerYear, 't/a', {
          kind: 'entered',
          source: `总量控制指标（${quotas.approval!.documentNumber}）`,
          records: [q.record],
          by: q.by,
          at: q.at,
        }, { cues: { terms: [q.name], scope: ['总量控制指标', '控制指标'] } }),
      ),
    );
    const runs: Inline[] = ['园区主要污染物总量控制指标：', ...quotas.quotas.flatMap((q, i): Inline[] => [...(i > 0 ? ['，'] : []), q.name, limits[i]!]), '。'];
    if (current.length > 0) {
      const verdict = quotaVerdict(
        { approval: quotas.approval, quotas: quotas.quotas.map((q) => ({ pollutant: q.pollutant, tonnesPerYear: q.tonnesPerYear })) },
        current.map((t) => ({ key: t.key, name: t.name, tonnesPerYear: t.tonnesPerYear, enterprises: t.enterprises })),
      );
      runs.push(`${year}年实际排放总量情况（污染物总量：`, ...list(current, year), '），');
      const over = verdict.verdicts.filter((v) => !v.withinQuota);
      if (over.length === 0) runs.push(`园区${year}年污染物排放量在总量控制范围以内。`);
      else runs.push(`园区${year}年超出总量控制指标的污染物：`, ...over.flatMap((v, i) => [...(i > 0 ? ['；'] : []), ...overClause(v)]), '。');
    }
    paragraph('1', QUOTA_PARAGRAPH_KEYS.quota, runs);
  }

  /** 化学需氧量排放量312.5t/a，超出指标300t/a共12.5t/a */
  function overClause(v: QuotaVerdict): Inline[] {
    const t = current.find((x) => x.key === v.key)!;
    const excess = fig(
      valueFigure(emissionExcessFigureId(year, v.key), `${year}年${v.name}超出总量控制指标的量`, new Dec(v.marginTonnesPerYear).neg().toString(), 't/a', {
        kind: 'rule',
        ...QUOTA_RULES.excess,
        records: [...provenanceOf(t).records, ...quotas.quotas.filter((q) => q.key === v.key).map((q) => q.record)],
      }, { cues: { terms: ['超出'], scope: [v.name] } }),
    );
    return [`${v.name}排放量`, totalFigure(t, year), '，超出指标', figures[quotaFigureId(v.key)]!, '共', excess];
  }

  // 二（三） and 二（四）: the year's totals of water and air pollutants.
  const water = pick(current, WATER_KEYS);
  if (water.length) paragraph('2.3', QUOTA_PARAGRAPH_KEYS.water, ['园区年度水污染物总排放量：', ...list(water, year), '。']);
  const air = pick(current, AIR_KEYS_2_4);
  if (air.length) paragraph('2.4', QUOTA_PARAGRAPH_KEYS.air, ['大气污染物总排放量：', ...list(air, year), '。']);

  // 二（八） 一: both years' totals and the change of each pollutant.
  const changeRuns = (totals: readonly Total[]): Inline[] =>
    totals.flatMap((t, i): Inline[] => {
      const c = changes.get(t.key)!;
      const lead: Inline[] = i > 0 ? ['、'] : [];
      if (c.percent === null || c.percent.replace(/^-/, '') === '0.00') return [...lead, c.clause];
      const before = previous.find((p) => p.key === t.key)!;
      const size = valueFigure(emissionChangeFigureId(year, t.key), `${t.name}排放量同比变化幅度`, c.percent.replace(/^-/, ''), '%', {
        kind: 'rule',
        ...QUOTA_RULES.change,
        records: [...provenanceOf(t).records, ...provenanceOf(before).records],
      }, { format: { decimals: 2 }, cues: { terms: [t.name], scope: ['下降', '上升', '减少', '增加', '相较'] } });
      return [...lead, `${t.name}排放量${c.direction === 'down' ? '下降' : '上升'}`, fig({ ...size, comparison: comparisons.get(t.key)! })];
    });
  const part = (keys: readonly string[], words: { title: string; subject: string; changeSubject: string }, k: { title: string; previous: string; current: string; change: string }) => {
    const now = pick(current, keys);
    const before = pick(previous, keys);
    if (now.length === 0) return false;
    paragraph('2.8', k.title, [words.title]);
    if (before.length) paragraph('2.8', k.previous, [`${previousYear}年度${words.subject}`, ...list(before, previousYear), '。']);
    paragraph('2.8', k.current, [`${year}年度${words.subject}`, ...list(now, year), '。']);
    if (before.length) paragraph('2.8', k.change, [`相较于${previousYear}年，${year}${words.changeSubject}`, ...changeRuns(now), '。']);
    return true;
  };
  const waterNow = pick(current, WATER_KEYS).length > 0;
  const airNow = pick(current, AIR_KEYS_2_8).length > 0;
  if (waterNow || airNow) {
    paragraph('2.8', QUOTA_PARAGRAPH_KEYS.reductionTitle, [`一、园区${previousYear}年至${year}年主要污染物总排放量情况`]);
    paragraph('2.8', QUOTA_PARAGRAPH_KEYS.reductionIntro, [`现将${year}年度园区工业废水、废气中的主要污染物排放指标削减情况作如下说明：`]);
    let n = 0;
    if (waterNow) {
      part(WATER_KEYS, { title: `${++n}.工业废水主要污染物排放指标方面：`, subject: '园区工业废水中主要污染物总排放量：', changeSubject: '年工业废水中的' }, {
        title: QUOTA_PARAGRAPH_KEYS.waterTitle,
        previous: QUOTA_PARAGRAPH_KEYS.waterPrevious,
        current: QUOTA_PARAGRAPH_KEYS.waterCurrent,
        change: QUOTA_PARAGRAPH_KEYS.waterChange,
      });
    }
    if (airNow) {
      part(AIR_KEYS_2_8, { title: `${++n}.工业废气主要污染物排放指标方面：`, subject: '园区工业废气中的主要污染物总排放量：', changeSubject: '年度工业废气中' }, {
        title: QUOTA_PARAGRAPH_KEYS.airTitle,
        previous: QUOTA_PARAGRAPH_KEYS.airPrevious,
        current: QUOTA_PARAGRAPH_KEYS.airCurrent,
        change: QUOTA_PARAGRAPH_KEYS.airChange,
      });
    }
  }

  const sections: ReportSection[] = [...paragraphs].map(([key, blocks]) => {
    const s = annualReportSection(key);
    return { key, level: s.level, number: sectionNumber(key), title: s.title, blocks };
  });
  return { sections, figures, relations: [] };
}
