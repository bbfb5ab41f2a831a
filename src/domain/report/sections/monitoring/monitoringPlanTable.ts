import type { Figure, Inline, ParagraphBlock, SumRelation, TableBlock, TableCell, TableRow } from '../../reportModel.js';
import { mergeText } from '../ledgerParagraph.js';
import type { PlanItemInput } from './monitoringInput.js';
import { countOf, MEDIUM_LABELS, MEDIUM_WORDS, MONITORING_RULES, rateFigure, ruleFigure, unionRecords } from './monitoringFigures.js';

/** Keys of the paragraph above table 3 and of the table. */
export const PLAN_PARAGRAPH_KEY = '2.1.monitoringPlan';
export const PLAN_TABLE_KEY = 'monitoringPlan';

export const PLAN_TABLE_HEADER = ['监测对象', '监测点位', '监测项目', '监测频次', '执行标准', '落实情况'] as const;

/** A plan item's campaigns: planned over its points, done (at most the planned, per point), and done / planned. */
interface ItemFigures {
  item: PlanItemInput;
  planned: Figure;
  done: Figure;
  implementation: Figure | null;
}

function itemFigures(item: PlanItemInput, index: number): ItemFigures {
  const id = (name: string) => `plan.${index + 1}.${name}`;
  const label = `${MEDIUM_LABELS[item.medium]}（${item.pointsText}）`;
  const planned = item.points.length ? item.points.reduce((n, p) => n + p.planned, 0) : item.plannedCampaigns;
  const done = item.points.reduce((n, p) => n + Math.min(p.done, p.planned), 0);
  const plannedFigure = ruleFigure(id('planned'), `${label}计划监测期数`, String(planned), '期', {
    rule: 'monitoring.plan.planned',
    description: '监测计划各点位本年度计划监测的期数之和',
    records: [item.record, ...item.points.map((p) => p.record)],
  }, { cues: { terms: ['计划'], scope: MEDIUM_WORDS[item.medium] } });
  const doneFigure = ruleFigure(id('done'), `${label}完成监测期数`, String(done), '期', {
    rule: 'monitoring.plan.done',
    description: '各点位按采样日期计的已完成期数（每点位至多计划期数）之和',
    records: unionRecords(item.points.map((p) => p.samples)),
  }, { cues: { terms: ['完成'], scope: MEDIUM_WORDS[item.medium] } });
  const implementation = rateFigure(id('implementation'), `${label}监测计划落实率`, doneFigure, plannedFigure, 1, {
    kind: 'rule',
    rule: MONITORING_RULES.planImplementation,
    description: '完成监测期数 / 计划监测期数',
    records: [item.record, ...doneFigure.provenance.records],
  }, { terms: [MEDIUM_LABELS[item.medium], ...MEDIUM_WORDS[item.medium]], scope: ['落实'] });
  return { item, planned: plannedFigure, done: doneFigure, implementation };
}

/** 已落实 / 部分落实（完成3期/计划4期） / 未落实（原因）, from the item's status and its campaign figures. */
function statusText({ item, planned, done }: ItemFigures): string {
  if (item.status === 'done') return '已落实';
  if (item.status === 'partial') return `部分落实（完成${done.value}期/计划${planned.value}期）`;
  return item.reasonNotDone ? `未落实（${item.reasonNotDone}）` : '未落实';
}

export interface PlanTableBuild {
  paragraph: ParagraphBlock;
  /** Null when the year has no plan. */
  table: TableBlock | null;
  figures: Record<string, Figure>;
  relations: SumRelation[];
}

/**
 * The paragraph above table 3 (what the plan holds and how much of it was carried out) and table 3 itself (环境质量
 * 监测计划及落实情况): one row per plan item, the medium merged over consecutive items of one medium, 落实情况
 * from the item's status (computed from the campaigns done against those planned) with the numbers of its campaign
 * figures. Each row carries its planned and done campaigns and their quotient, so the lint can check a 已落实
 * against them.
 */
export function buildPlanTable(plan: readonly PlanItemInput[], year: number, parkName: string): PlanTableBuild {
  const figures: Record<string, Figure> = {};
  const items = plan.map(itemFigures);
  for (const i of items) for (const f of [i.planned, i.done, i.implementation]) if (f) figures[f.id] = f;

  if (items.length === 0) {
    return { paragraph: { kind: 'paragraph', key: PLAN_PARAGRAPH_KEY, content: [`园区未编制${year}年度自行监测计划。`] }, table: null, figures, relations: [] };
  }

  const byStatus = (status: PlanItemInput['status'], id: string, label: string, terms: string[]) =>
    countOf(`plan.${id}`, label, '项', { rule: `monitoring.plan.${id}`, description: `监测计划中${label.replace('监测内容', '')}的项` },
      plan.filter((p) => p.status === status).map((p) => p.record), { terms, scope: ['监测'] });
  const total = countOf('plan.items', '计划监测内容', '项', { rule: 'monitoring.plan.items', description: '本年度监测计划的各项' },
    plan.map((p) => p.record), { terms: ['计划监测内容', '监测内容'] });
  const done = byStatus('done', 'itemsDone', '已落实监测内容', ['已落实']);
  const partial = byStatus('partial', 'itemsPartial', '部分落实监测内容', ['部分落实']);
  const notDone = byStatus('notDone', 'itemsNotDone', '未落实监测内容', ['未落实']);
  for (const f of [total, done, partial, notDone]) figures[f.id] = f;

  const media = [...new Set(plan.filter((p) => p.status !== 'notDone').map((p) => MEDIUM_LABELS[p.medium]))];
  const runs: Inline[] = [
    `园区按规划环评要求编制了${year}年度自行监测计划，`,
    media.length ? `开展了园区${media.join('、')}监测（表3）。` : '本年度尚未开展计划内的监测（表3）。',
    '计划监测内容', total, '，',
    ...(done.value === total.value
      ? ['均已落实。']
      : ['已落实', done, '，部分落实', partial, '，未落实', notDone, '。']),
  ];

  /**
   * A column's cell for row `index`, merged down over the next rows of the same medium that print the same text (a
   * sub-row of table 3 shares the items, frequency and standard of the row above); null where a cell above covers it.
   */
  const merged = (index: number, text: (p: PlanItemInput) => string, cell: Omit<TableCell, 'text'> = {}): TableCell | null => {
    const same = (a: number, b: number) => plan[a]!.medium === plan[b]!.medium && text(plan[a]!) === text(plan[b]!);
    if (index > 0 && same(index - 1, index)) return null;
    let span = 1;
    while (index + span < plan.length && same(index, index + span)) span++;
    return { text: text(plan[index]!), ...cell, ...(span > 1 ? { rowSpan: span } : {}) };
  };
  const rows: TableRow[] = items.map((i, index) => ({
    record: i.item.record,
    figureIds: [i.planned.id, i.done.id, ...(i.implementation ? [i.implementation.id] : [])],
    cells: [
      merged(index, (p) => MEDIUM_LABELS[p.medium]),
      { text: i.item.pointsText, align: 'left' as const },
      merged(index, (p) => p.itemsText, { align: 'left' }),
      merged(index, (p) => p.frequencyText),
      merged(index, (p) => p.standardText),
      { text: statusText(i) },
    ].filter((c): c is TableCell => c !== null),
  }));

  return {
    paragraph: { kind: 'paragraph', key: PLAN_PARAGRAPH_KEY, content: mergeText(runs), figureIds: Object.keys(figures) },
    table: {
      kind: 'table',
      key: PLAN_TABLE_KEY,
      caption: `表3 ${parkName}环境质量监测计划及落实情况`,
      header: [...PLAN_TABLE_HEADER],
      columnWidths: [3, 5, 8, 4, 5, 3],
      rows,
    },
    figures,
    relations: [{ kind: 'sum', id: 'plan.items.sum', description: '计划监测内容 = 已落实 + 部分落实 + 未落实', whole: total.id, parts: [done.id, partial.id, notDone.id] }],
  };
}
