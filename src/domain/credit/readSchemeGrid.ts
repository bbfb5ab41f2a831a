import { toHalfWidth } from '../identifiers/toHalfWidth.js';
import { fieldText, placeIssue, validateScheme } from './checkScheme.js';
import { issueMessage, SchemeFileError, type SchemeIssue } from './schemeFileError.js';
import type { CreditScheme, CreditTopic, ItemEffect } from './types.js';

type Column = 'number' | 'level1' | 'level2' | 'criterion' | 'points';

/** Header words of each column of the report's credit table (seed 000 heads 分值 as 得分 and adds 自评分). */
const HEADERS: Readonly<Record<Column, readonly string[]>> = {
  number: ['序号'],
  level1: ['一级指标', '一级评价指标'],
  level2: ['二级指标', '二级评价指标'],
  criterion: ['评价标准', '评价内容'],
  points: ['分值', '得分', '分数', '标准分'],
};

/** Chinese column names, for issues. */
const COLUMN_NAMES: Readonly<Record<Column, string>> = { number: '序号', level1: '一级指标', level2: '二级指标', criterion: '评价标准', points: '分值' };

/**
 * The topic an item's criterion is about, so a scheme read from a workbook is proposed from the platform's records
 * like the built-in one. The patterns follow the wording of the Hunan tables (2020 and 2024); an item none matches has
 * no topic (its proposal says the platform cannot see it).
 */
export const TOPIC_PATTERNS: readonly { topic: CreditTopic; pattern: RegExp }[] = [
  { topic: 'honours', pattern: /省部级及以上(表彰|奖励|荣誉)/ },
  { topic: 'monitoringNetwork', pattern: /监测体系.*联网/ },
  { topic: 'eiaPermit', pattern: /未依法开展环境影响评价.*排污许可/ },
  { topic: 'quota', pattern: /超过总量控制/ },
  { topic: 'selfMonitoring', pattern: /^产业园区未(按规定)?开展自行监测/ },
];

export function topicOfCriterion(criterion: string): CreditTopic | undefined {
  return TOPIC_PATTERNS.find((t) => t.pattern.test(criterion))?.topic;
}

const norm = (cell: string): string => toHalfWidth(cell).replace(/\s+/g, '').replace(/\((分|分值)\)$/, '');

/**
 * 分值 as the table prints it: '-1', '+2', '0', '−1', '－１', '+2分', or '直接评为环保风险园区'. Null when it is none of them.
 */
export function parsePointsCell(cell: string): ItemEffect | null {
  const s = toHalfWidth(cell).replace(/\s+/g, '').replace(/[−–—]/g, '-');
  const n = /^([+-]?\d+)分?$/.exec(s);
  if (n?.[1] !== undefined) return { kind: 'points', points: Number(n[1]) };
  const g = /^直接评(?:定)?为(.+)$/.exec(s);
  if (g?.[1] !== undefined) return { kind: 'setsGrade', grade: g[1] };
  return null;
}

/**
 * A scheme from a grid laid out like the report's credit table: a header row (序号 | 一级指标 | 二级指标 | 评价标准 |
 * 分值 [| 自评分]; 一级评价指标, 二级评价指标 and 得分 are read too), then one row per item. Merged 一级/二级 cells arrive
 * as '' and are filled down (二级 only within the same 一级); a criterion written on several lines is one criterion;
 * empty rows are skipped and a 总分 row ends the table. `meta` gives everything else of the scheme. Every issue names
 * the row (1-based, as the sheet numbers it), the column and the value. Throws SchemeFileError.
 */
export function readSchemeGrid(grid: readonly (readonly string[])[], meta: Omit<CreditScheme, 'items'>): CreditScheme {
  const issues: SchemeIssue[] = [];
  const gridIssue = (row: number | null, field: string, value: unknown, expected: string): void => {
    issues.push({ row, line: null, field, value, message: issueMessage({ line: null, row }, field, value, expected) });
  };

  const headerIndex = grid.findIndex((r) => r.some((c) => norm(c) === '序号') && r.some((c) => HEADERS.criterion.includes(norm(c))));
  if (headerIndex < 0) {
    gridIssue(null, '表头', grid[0]?.join(' | ') ?? '', '含“序号 | 一级指标 | 二级指标 | 评价标准 | 分值”的表头行');
    throw new SchemeFileError(issues);
  }
  const header = (grid[headerIndex] ?? []).map(norm);
  const col = {} as Record<Column, number>;
  for (const c of Object.keys(HEADERS) as Column[]) {
    col[c] = header.findIndex((h) => HEADERS[c].includes(h));
    if (col[c] < 0) gridIssue(headerIndex + 1, '表头', grid[headerIndex]?.join(' | '), `含“${COLUMN_NAMES[c]}”列的表头`);
  }
  if (issues.length > 0) throw new SchemeFileError(issues);

  const items: Record<string, unknown>[] = [];
  const rowOf: number[] = [];
  const reported = new Set<string>();
  let level1 = '';
  let level2 = '';
  for (let r = headerIndex + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    const cell = (c: Column): string => (cells[col[c]] ?? '').trim();
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.some((c) => /^总分/.test(norm(c)))) break;
    const row = r + 1;
    const index = items.length;
    const number = cell('number');
    if (number === '') {
      gridIssue(row, '序号', number, '评价项目的序号（每行一项）');
      reported.add(`${index}:number`);
    }
    if (cell('level1') !== '') {
      level1 = cell('level1');
      level2 = cell('level2');
    } else if (cell('level2') !== '') level2 = cell('level2');
    const criterion = cell('criterion').split(/\r?\n/).map((l) => l.trim()).join('');
    const pointsText = cell('points');
    const effect = parsePointsCell(pointsText);
    if (effect === null) {
      gridIssue(row, '分值', pointsText === '' ? undefined : pointsText, '分值：扣分如 -1，加分如 +2，不计分 0，或“直接评为”加等级名称');
      reported.add(`${index}:effect`);
    }
    const item: Record<string, unknown> = { number, level1, level2, criterion, effect: effect ?? undefined };
    const topic = topicOfCriterion(criterion);
    if (topic !== undefined) item.topic = topic;
    items.push(item);
    rowOf.push(row);
  }

  const { scheme, issues: raw } = validateScheme({ ...meta, items });
  for (const i of raw) {
    const [first, index, field] = i.path;
    if (first === 'items' && typeof index === 'number') {
      const column = field === 'effect' ? 'points' : (field as Column | undefined);
      if (reported.has(`${index}:${field === 'effect' ? 'effect' : String(field)}`)) continue;
      const name = column !== undefined && column in COLUMN_NAMES ? COLUMN_NAMES[column] : fieldText(i.path);
      issues.push(placeIssue(i, null, rowOf[index] ?? null, name));
    } else issues.push(placeIssue(i, null, null));
  }
  if (issues.length > 0 || scheme === null) throw new SchemeFileError(issues);
  return scheme;
}
