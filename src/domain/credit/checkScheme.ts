import { issueMessage, SchemeFileError, type SchemeIssue } from './schemeFileError.js';
import type { CreditScheme, CreditTopic, ItemEffect, SchemeGrade, SchemeItem } from './types.js';

/** The topics an item may name (CreditTopic). */
export const CREDIT_TOPICS: readonly CreditTopic[] = ['honours', 'monitoringNetwork', 'eiaPermit', 'quota', 'selfMonitoring'];

/** A path into the scheme object: ['items', 3, 'effect', 'points']. */
export type SchemePath = readonly (string | number)[];

/** An issue before it is placed on a line or row. */
export interface RawSchemeIssue {
  path: SchemePath;
  value: unknown;
  expected: string;
}

/** Chinese names of the scheme's fields, for messages. */
const LABELS: Readonly<Record<string, string>> = {
  id: '方案标识',
  version: '版本',
  name: '名称',
  document: '发布文件',
  regionCode: '适用地区代码',
  years: '适用年度',
  from: '起始年度',
  to: '截止年度',
  initialScore: '初始分',
  maximum: '最高分',
  grades: '等级',
  minTotal: '等级分数线',
  items: '评价项目',
  number: '序号',
  level1: '一级指标',
  level2: '二级指标',
  criterion: '评价标准',
  effect: '分值',
  kind: '分值类型',
  points: '分值',
  grade: '直接评定的等级',
  topic: '主题',
  notes: '说明',
  unconfirmed: '未确认事项',
};

/** `items[3].effect.points`. */
export function pathText(path: SchemePath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out === '' ? '（文件）' : out;
}

/** `items[3].effect.points（分值）`: the path with the Chinese name of its last named field. */
export function fieldText(path: SchemePath): string {
  const last = [...path].reverse().find((s): s is string => typeof s === 'string');
  const label = last === undefined ? undefined : LABELS[last];
  return label === undefined ? pathText(path) : `${pathText(path)}（${label}）`;
}

const ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.-]{0,31}$/;
const REGION = /^\d{6}$/;
const ROOT_KEYS = ['id', 'version', 'name', 'document', 'regionCode', 'years', 'initialScore', 'maximum', 'grades', 'items', 'notes', 'unconfirmed'];
const ITEM_KEYS = ['number', 'level1', 'level2', 'criterion', 'effect', 'topic'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/**
 * Every issue of a would-be scheme, with the scheme when there is none. Numbers must be integers (scores are stored
 * as integers); a version or item number written as a whole number is taken as its text. Missing `document`,
 * `notes` and `unconfirmed` mean null and none; every other field is required.
 */
export function validateScheme(input: unknown): { scheme: CreditScheme | null; issues: RawSchemeIssue[] } {
  const issues: RawSchemeIssue[] = [];
  const bad = (path: SchemePath, value: unknown, expected: string): void => {
    issues.push({ path, value, expected });
  };
  if (!isRecord(input)) {
    bad([], input, '一个评价方案（含 id、version、name、regionCode、years、initialScore、maximum、grades、items 等字段）');
    return { scheme: null, issues };
  }
  for (const key of Object.keys(input)) if (!ROOT_KEYS.includes(key)) bad([key], input[key], `已知字段之一（${ROOT_KEYS.join('、')}），不认识此字段`);

  const text = (path: SchemePath, v: unknown, expected: string, allowEmpty = false): string => {
    if (typeof v === 'string' && (allowEmpty || v.trim() !== '')) return v.trim();
    bad(path, v, expected);
    return '';
  };
  const textOrInt = (path: SchemePath, v: unknown, pattern: RegExp, expected: string): string => {
    const s = isInt(v) && v >= 0 ? String(v) : typeof v === 'string' ? v.trim() : null;
    if (s !== null && pattern.test(s)) return s;
    bad(path, v, expected);
    return '';
  };
  const int = (path: SchemePath, v: unknown, expected = '整数'): number => {
    if (isInt(v)) return v;
    bad(path, v, expected);
    return 0;
  };
  const strings = (key: 'notes' | 'unconfirmed'): string[] => {
    const v = input[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      bad([key], v, '文字列表');
      return [];
    }
    return v.map((s, i) => text([key, i], s, '非空文字'));
  };

  const id = typeof input.id === 'string' && ID.test(input.id) ? input.id : (bad(['id'], input.id, '小写字母、数字和连字符组成的标识（2–64位，如 hunan-2024）'), '');
  const version = textOrInt(['version'], input.version, VERSION, '版本号（字母、数字、点或连字符，如 1 或 2024.1）');
  const name = text(['name'], input.name, '非空文字');
  const document = input.document === undefined || input.document === null ? null : text(['document'], input.document, '发布文件文号（文字）或 null');
  const regionCode = typeof input.regionCode === 'string' && REGION.test(input.regionCode) ? input.regionCode : (bad(['regionCode'], input.regionCode, '6位行政区划代码（GB/T 2260，用引号写作文字，如 "430000"）'), '');

  let years = { from: 0, to: null as number | null };
  if (!isRecord(input.years)) bad(['years'], input.years, '适用年度 { from: 起始年度, to: 截止年度或 null }');
  else {
    for (const key of Object.keys(input.years)) if (key !== 'from' && key !== 'to') bad(['years', key], input.years[key], 'from 或 to，不认识此字段');
    const from = int(['years', 'from'], input.years.from, '四位年度（1990–2100）');
    if (isInt(input.years.from) && (from < 1990 || from > 2100)) bad(['years', 'from'], from, '四位年度（1990–2100）');
    const rawTo = input.years.to;
    const to = rawTo === null || rawTo === undefined ? null : int(['years', 'to'], rawTo, '不早于起始年度的四位年度，或 null（仍在适用）');
    if (to !== null && isInt(rawTo) && isInt(input.years.from) && (to < from || to > 2100)) bad(['years', 'to'], rawTo, `不早于起始年度 ${from} 的四位年度，或 null`);
    years = { from, to };
  }

  const initialScore = int(['initialScore'], input.initialScore, '整数（初始分，如 10）');
  let maximum: number | null = null;
  if (input.maximum === undefined) bad(['maximum'], undefined, '整数（最高分），或 null 表示不封顶');
  else if (input.maximum !== null) {
    maximum = int(['maximum'], input.maximum, '整数（最高分），或 null 表示不封顶');
    if (isInt(input.maximum) && isInt(input.initialScore) && maximum < initialScore) bad(['maximum'], input.maximum, `不低于初始分 ${initialScore} 的整数，或 null`);
  }

  const grades: SchemeGrade[] = [];
  if (!Array.isArray(input.grades) || input.grades.length === 0) bad(['grades'], input.grades, '等级列表，按分数线从高到低，最后一个等级的 minTotal 为 null');
  else {
    const names = new Set<string>();
    input.grades.forEach((g: unknown, i: number) => {
      if (!isRecord(g)) return bad(['grades', i], g, '等级 { name: 等级名称, minTotal: 最低总分或 null }');
      for (const key of Object.keys(g)) if (key !== 'name' && key !== 'minTotal') bad(['grades', i, key], g[key], 'name 或 minTotal，不认识此字段');
      const gName = text(['grades', i, 'name'], g.name, '非空的等级名称（如 环保诚信园区）');
      if (gName !== '' && names.has(gName)) bad(['grades', i, 'name'], g.name, '不重复的等级名称');
      names.add(gName);
      const last = i === (input.grades as unknown[]).length - 1;
      let minTotal: number | null = null;
      if (last) {
        if (g.minTotal !== null && g.minTotal !== undefined) bad(['grades', i, 'minTotal'], g.minTotal, 'null（最后一个等级承接其余所有总分）');
      } else {
        minTotal = int(['grades', i, 'minTotal'], g.minTotal, '整数（该等级的最低总分）；只有最后一个等级为 null');
        const prev = grades[i - 1]?.minTotal;
        if (isInt(g.minTotal) && prev !== undefined && prev !== null && minTotal >= prev) bad(['grades', i, 'minTotal'], g.minTotal, `低于上一等级分数线 ${prev} 的整数（等级按分数线从高到低排列）`);
      }
      grades.push({ name: gName, minTotal });
    });
  }
  const gradeNames = grades.map((g) => g.name);

  const items: SchemeItem[] = [];
  if (!Array.isArray(input.items) || input.items.length === 0) bad(['items'], input.items, '评价项目列表（至少一项）');
  else {
    const numbers = new Map<string, number>();
    input.items.forEach((it: unknown, i: number) => {
      if (!isRecord(it)) return bad(['items', i], it, '评价项目 { number, level1, level2, criterion, effect[, topic] }');
      for (const key of Object.keys(it)) if (!ITEM_KEYS.includes(key)) bad(['items', i, key], it[key], `已知字段之一（${ITEM_KEYS.join('、')}），不认识此字段`);
      const number = textOrInt(['items', i, 'number'], it.number, /^[0-9A-Za-z.()（）-]{1,16}$/, '序号（如 1、17）');
      if (number !== '') {
        const first = numbers.get(number);
        if (first !== undefined) bad(['items', i, 'number'], it.number, `不重复的序号（与第${first + 1}项重复）`);
        else numbers.set(number, i);
      }
      const level1 = text(['items', i, 'level1'], it.level1, '非空文字（一级指标）');
      const level2 = it.level2 === undefined || it.level2 === null ? '' : text(['items', i, 'level2'], it.level2, "文字（二级指标；没有时写 '/' 或留空）", true);
      const criterion = text(['items', i, 'criterion'], it.criterion, '非空文字（评价标准）');
      const effect = checkEffect(it.effect, ['items', i, 'effect'], gradeNames, bad);
      const item: SchemeItem = { number, level1, level2, criterion, effect };
      if (it.topic !== undefined && it.topic !== null) {
        if (typeof it.topic === 'string' && (CREDIT_TOPICS as readonly string[]).includes(it.topic)) item.topic = it.topic as CreditTopic;
        else bad(['items', i, 'topic'], it.topic, `平台可核对的主题之一（${CREDIT_TOPICS.join('、')}），或不写`);
      }
      items.push(item);
    });
  }

  const notes = strings('notes');
  const unconfirmed = strings('unconfirmed');
  if (issues.length > 0) return { scheme: null, issues };
  return { scheme: { id, version, name, document, regionCode, years, initialScore, maximum, grades, items, notes, unconfirmed }, issues };
}

function checkEffect(v: unknown, path: SchemePath, gradeNames: string[], bad: (p: SchemePath, v: unknown, e: string) => void): ItemEffect {
  const shape = "{ kind: points, points: 整数 } 或 { kind: setsGrade, grade: 等级名称 }";
  if (!isRecord(v)) {
    bad(path, v, `分值 ${shape}`);
    return { kind: 'points', points: 0 };
  }
  if (v.kind === 'points') {
    for (const key of Object.keys(v)) if (key !== 'kind' && key !== 'points') bad([...path, key], v[key], 'kind 或 points，不认识此字段');
    if (!isInt(v.points)) bad([...path, 'points'], v.points, '整数分值（扣分为负，如 -1；加分为正，如 2；不计分为 0）');
    return { kind: 'points', points: isInt(v.points) ? v.points : 0 };
  }
  if (v.kind === 'setsGrade') {
    for (const key of Object.keys(v)) if (key !== 'kind' && key !== 'grade') bad([...path, key], v[key], 'kind 或 grade，不认识此字段');
    const grade = typeof v.grade === 'string' ? v.grade.trim() : '';
    if (!gradeNames.includes(grade)) bad([...path, 'grade'], v.grade, `方案的等级之一（${gradeNames.join('、')}）`);
    return { kind: 'setsGrade', grade };
  }
  bad([...path, 'kind'], v.kind, `分值类型 points（加减分）或 setsGrade（直接评定等级）：${shape}`);
  return { kind: 'points', points: 0 };
}

/**
 * The scheme `input` is, checked field by field (id pattern, integers, grades ordered from the highest threshold down
 * with the last one null, unique item numbers, effect kinds and grades, topics), or a SchemeFileError naming every bad
 * field. The issues carry no line or row; readSchemeText and readSchemeGrid place them.
 */
export function checkScheme(input: unknown): CreditScheme {
  const { scheme, issues } = validateScheme(input);
  if (scheme === null) throw new SchemeFileError(issues.map((i) => placeIssue(i, null, null)));
  return scheme;
}

/** An issue placed on a line (text) or row (grid). */
export function placeIssue(issue: RawSchemeIssue, line: number | null, row: number | null, field = fieldText(issue.path)): SchemeIssue {
  return { line, row, field, value: issue.value, message: issueMessage({ line, row }, field, issue.value, issue.expected) };
}
