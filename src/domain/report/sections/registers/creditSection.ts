import type { CreditScheme, EvidenceRef, ItemProposal, ItemScore, SchemeItem } from '../../../credit/types.js';
import { annualReportSection, sectionNumber } from '../../annualReportSections.js';
import { datum, formatFigure, valueFigure } from '../../figures.js';
import type { EnteredText, Figure, Inline, ParagraphBlock, Provenance, RecordRef, ReportSection, TableBlock, TableCell, TableRow } from '../../reportModel.js';
import { mergeText } from '../ledgerParagraph.js';
import type { SectionBuild } from '../profileSection.js';
import type { CreditReportInput } from './creditInput.js';

export const CREDIT_SECTION_KEY = '2.9';
/** The lead paragraph (edited text is stored by key) and the credit table. */
export const CREDIT_PARAGRAPH_KEY = '2.9.credit';
export const CREDIT_TABLE_KEY = 'credit.table';

/**
 * Figure ids: the total (and the uncapped sum when the cap cut it), each item's entered score and the platform's
 * proposal for it. A proposal is not printed: the item's table row lists it in `figureIds`, and the lint
 * (`credit.proposal`) compares it with the score the row prints.
 */
export const CREDIT_FIGURES = {
  total: 'credit.total',
  rawTotal: 'credit.rawTotal',
  grade: 'credit.grade',
  score: (number: string) => `credit.item.${number}.score`,
  proposal: (number: string) => `credit.item.${number}.proposal`,
} as const;

/** Rules of the computed figures, for provenance and the lint. */
export const CREDIT_RULES = {
  total: { rule: 'credit.total', description: '初始分加各项自评分，超过满分按满分计；直接评定等级的项目优先（scoreEvaluation）' },
  proposal: 'credit.proposal',
} as const;

/** The record of an item's entered score, as findings and provenance link to it (the page of the year's evaluation). */
export const creditItemRecord = (year: number, item: Pick<SchemeItem, 'number' | 'level2' | 'level1'>): RecordRef => ({
  entity: 'creditItemScore',
  id: `${year}:${item.number}`,
  label: `信用自评第${item.number}项（${item.level2 && item.level2 !== '/' ? item.level2 : item.level1}）`,
});

/** Entities of evidence the report can link to; evidence naming a document only (or another kind) is left out. */
const LINKABLE: ReadonlySet<string> = new Set<RecordRef['entity']>([
  'enterprise',
  'park',
  'parkApproval',
  'station',
  'monitoringPlanItem',
  'monitoringPoint',
  'labSample',
  'monitoringFigure',
  'pollutantQuota',
  'emissionRecord',
  'managementFacts',
  'requirement',
  'requirementImplementation',
  'parkHonour',
  'creditItemScore',
]);

export const evidenceRecords = (refs: readonly EvidenceRef[]): RecordRef[] =>
  refs.flatMap((r) => (r.entity && r.id !== null && LINKABLE.has(r.entity) ? [{ entity: r.entity as RecordRef['entity'], id: r.id, label: r.label }] : []));

/** The item's points as the seed's 得分 column prints them: -1, +2, 0, 直接评为环保风险园区. */
export function itemPointsText(item: SchemeItem): string {
  if (item.effect.kind === 'setsGrade') return `直接评为${item.effect.grade}`;
  const p = item.effect.points;
  return p > 0 ? `+${p}` : String(p);
}

/** A score as the 自评分 column prints it: the points given (0, -1, 2), or 是 for a setsGrade item that applies. */
export function scoreText(item: SchemeItem, score: number): string {
  if (item.effect.kind === 'setsGrade') return score ? '是' : '0';
  return String(score);
}

/** The table's caption from the scheme's name: 湖南省产业园区环保信用评价管理办法（试行） → 湖南省产业园区环保信用自评表. */
export function creditTableCaption(scheme: Pick<CreditScheme, 'name'>): string {
  const name = scheme.name.replace(/[（(][^）)]*[）)]$/, '').trim();
  if (/自评表$/.test(name)) return name;
  const stem = name.replace(/(评价管理办法|评价办法|评价方案|评价标准|评价指标|评价表|管理办法|办法)$/, '');
  return `${stem}自评表`;
}

/** Consecutive items with the same key, as [start, length] runs: what a merged column cell covers. */
function runs<T>(items: readonly T[], key: (t: T, i: number) => string): Map<number, number> {
  const out = new Map<number, number>();
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i === items.length || key(items[i]!, i) !== key(items[start]!, start)) {
      out.set(start, i - start);
      start = i;
    }
  }
  return out;
}

/**
 * 二（九）园区信用评价 as seed 000 prints it (lines 1431–1605): a lead paragraph naming the scheme and version used
 * with the total and the grade (figures computed by scoreEvaluation over the item scores), then the credit table
 * (序号 | 一级指标 | 二级评价指标 | 评价标准 | 得分 | 自评分) with the indicators merged over their rows and a last row
 * 总分 / 等级. Each item's proposal from the park's records is a figure its row lists in `figureIds`, unprinted.
 */
export function buildCreditSection(input: { year: number; credit: CreditReportInput; texts: Readonly<Record<string, EnteredText>> }): SectionBuild {
  const { year, credit, texts } = input;
  const { scheme, result } = credit;
  const figures: Record<string, Figure> = {};
  const fig = (f: Figure) => ((figures[f.id] = f), f);
  const scores = new Map<string, ItemScore>(credit.scores.map((s) => [s.number, s]));
  const proposals = new Map<string, ItemProposal>(credit.proposals.map((p) => [p.number, p]));
  const records = scheme.items.map((item) => creditItemRecord(year, item));
  const schemeWords = `《${scheme.name}》（${scheme.document ?? '未注明文号'}，版本${scheme.version}）`;

  const totalProvenance: Provenance = {
    kind: 'rule',
    rule: CREDIT_RULES.total.rule,
    description: `${schemeWords}：初始分${scheme.initialScore}分加各项自评分${scheme.maximum !== null ? `，超过满分${scheme.maximum}分按满分计` : ''}；直接评定等级的项目优先`,
    records,
  };
  const total = fig(
    // Unit '' and 分 written after it: the lint reads 分 as no unit (it is not a unit of measure).
    valueFigure(CREDIT_FIGURES.total, `${year}年度信用自评总分`, String(result.total), '', totalProvenance, {
      cues: { terms: ['自评总分', '总分', '得分'] },
    }),
  );
  const grade = datum(CREDIT_FIGURES.grade, `${year}年度信用评价等级`, result.grade, totalProvenance);

  // Each item's entered score and the platform's proposal, as figures.
  for (const item of scheme.items) {
    const record = creditItemRecord(year, item);
    const s = scores.get(item.number);
    fig(
      valueFigure(CREDIT_FIGURES.score(item.number), `第${item.number}项自评分`, String(s?.score ?? 0), '', {
        kind: 'entered',
        source: '信用自评：自评分',
        records: [record, ...evidenceRecords(s?.evidence ?? [])],
        by: null,
        at: null,
      }, { showUnit: false }),
    );
    const p = proposals.get(item.number);
    if (p && p.status === 'proposed' && p.score !== null) {
      fig(
        valueFigure(CREDIT_FIGURES.proposal(item.number), `第${item.number}项平台建议分`, String(p.score), '', {
          kind: 'rule',
          rule: CREDIT_RULES.proposal,
          description: p.reason,
          records: evidenceRecords(p.records),
        }, { showUnit: false }),
      );
    }
  }

  // The lead paragraph.
  const runsOfLead: Inline[] = [`园区${year}年度环保信用自评依据${schemeWords}，自评总分`, total, '分'];
  if (scheme.maximum !== null && result.rawTotal > result.total) {
    const raw = fig(
      valueFigure(CREDIT_FIGURES.rawTotal, `${year}年度信用自评初始分与各项合计`, String(result.rawTotal), '', totalProvenance, {
        cues: { terms: ['合计'] },
      }),
    );
    runsOfLead.push('（初始分与各项合计', raw, `分，超过满分${scheme.maximum}分，按满分计）`);
  }
  runsOfLead.push('，等级为', grade);
  if (result.gradeSetBy !== null) runsOfLead.push(`（第${result.gradeSetBy}项直接评定）`);
  runsOfLead.push('。');
  const edited = texts[CREDIT_PARAGRAPH_KEY];
  const lead: ParagraphBlock = { kind: 'paragraph', key: CREDIT_PARAGRAPH_KEY, content: mergeText(runsOfLead), ...(edited ? { edited } : {}) };

  // The credit table.
  const items = scheme.items;
  const level1Runs = runs(items, (i) => i.level1);
  const level2Runs = runs(items, (i, k) => `${i.level1}\u0000${i.level2}\u0000${[...level1Runs.keys()].filter((s) => s <= k).pop()}`);
  const span = (n: number) => (n > 1 ? { rowSpan: n } : {});
  const rows: TableRow[] = items.map((item, k) => {
    const s = scores.get(item.number)?.score ?? 0;
    const scoreFigure = figures[CREDIT_FIGURES.score(item.number)]!;
    const cells: TableCell[] = [{ text: item.number, align: 'center' }];
    if (level1Runs.has(k)) cells.push({ text: item.level1, align: 'center', ...span(level1Runs.get(k)!) });
    if (level2Runs.has(k)) cells.push({ text: item.level2, align: 'center', ...span(level2Runs.get(k)!) });
    cells.push({ text: item.criterion, align: 'left' });
    cells.push({ text: itemPointsText(item), align: 'center' });
    cells.push(item.effect.kind === 'points' ? { text: formatFigure(scoreFigure), figure: scoreFigure, align: 'center' } : { text: scoreText(item, s), align: 'center' });
    const proposalId = CREDIT_FIGURES.proposal(item.number);
    return { cells, record: records[k]!, ...(figures[proposalId] ? { figureIds: [proposalId] } : {}) };
  });
  // 总分 / 等级: a plain row, not a `total` row: the total is the initial score plus the items, capped, not their sum.
  rows.push({
    cells: [
      { text: '总分', colSpan: 2, bold: true, align: 'center' },
      { text: `${formatFigure(total)}分`, bold: true, align: 'center' },
      { text: `等级：${result.grade}`, colSpan: 3, bold: true, align: 'left' },
    ],
  });
  const table: TableBlock = {
    kind: 'table',
    key: CREDIT_TABLE_KEY,
    caption: creditTableCaption(scheme),
    header: ['序号', '一级指标', '二级评价指标', '评价标准', '得分', '自评分'],
    columnWidths: [1.2, 2.8, 3.4, 11, 2.4, 1.6],
    rows,
  };

  const s = annualReportSection(CREDIT_SECTION_KEY);
  const section: ReportSection = { key: CREDIT_SECTION_KEY, level: s.level, number: sectionNumber(CREDIT_SECTION_KEY), title: s.title, blocks: [lead, table] };
  return { sections: [section], figures, relations: [] };
}
