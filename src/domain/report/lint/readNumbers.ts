import { Dec } from '../../standards/_lib/decimal.js';
import { inlineText } from '../figures.js';
import type { Figure, ParagraphBlock, ReportDocument } from '../reportModel.js';

/**
 * The numbers a paragraph prints, each with the figure it stands for. A generated paragraph knows its figures;
 * the numbers of text a user wrote are read back: each number with its unit, and the figure whose cues (phrases
 * such as 已完成环保竣工验收 next to the number, scope words such as 验收 in its sentence) name it best.
 */
export interface PrintedNumber {
  /** The figure the number stands for; null when the text names none of the paragraph's figures. */
  figure: Figure | null;
  /** The number as a decimal string (an exact value for a generated figure, the digits as written otherwise). */
  value: string;
  /** The unit printed right after the number (normalised: km2 → km², ％ → %), or null. */
  unit: string | null;
  /** "没有…的企业": a zero said in words, with no digits and no unit. */
  inWords?: boolean;
  start: number;
  end: number;
}

/** A paragraph as printed, with its numbers. */
export interface PrintedParagraph {
  text: string;
  source: 'generated' | 'edited';
  numbers: PrintedNumber[];
}

/** Units as written → as compared. Longest spellings are tried first. */
const UNIT_SPELLINGS: Record<string, string> = {
  家: '家', 个: '个', 份: '份', 项: '项', 次: '次', 条: '条', 件: '件', 人: '人', 名: '名', 座: '座', 台: '台', 套: '套', 处: '处', 起: '起',
  个月: '个月', 天: '天', 小时: '小时', 倍: '倍',
  亿元: '亿元', 万元: '万元', 元: '元',
  'km²': 'km²', km2: 'km²', 平方公里: 'km²', 平方千米: 'km²', 公顷: '公顷', 亩: '亩', 'm²': 'm²', m2: 'm²',
  't/a': 't/a', '吨/年': 't/a', 万吨: '万吨', 吨: 't', t: 't', kg: 'kg',
  '%': '%', '％': '%',
  'm³/d': 'm³/d', 'm3/d': 'm³/d', '立方米/日': 'm³/d', '立方米/天': 'm³/d', '吨/日': 'm³/d', 't/d': 'm³/d', '万m³/d': '万m³/d', '万吨/日': '万m³/d',
  'mg/m³': 'mg/m³', 'mg/m3': 'mg/m³', 'μg/m³': 'μg/m³', 'µg/m³': 'μg/m³', 'μg/m3': 'μg/m³', 'ug/m3': 'μg/m³', 'mg/L': 'mg/L', 'mg/l': 'mg/L',
  'dB(A)': 'dB(A)', dB: 'dB(A)',
};
const SPELLINGS = Object.keys(UNIT_SPELLINGS).sort((a, b) => b.length - a.length);

/** Counts of things: a figure in 家 and a text in 个 speak of the same count (the seed uses both). */
const COUNT_UNITS = new Set(['家', '个', '份', '项', '次', '条', '件', '人', '名', '座', '台', '套', '处', '起']);

const sameUnit = (a: string, b: string) => a === b || (COUNT_UNITS.has(a) && COUNT_UNITS.has(b));

/** The unit written at `at`, normalised, with its length. */
function unitAt(text: string, at: number): { unit: string; length: number } | null {
  for (const s of SPELLINGS) if (text.startsWith(s, at)) return { unit: UNIT_SPELLINGS[s]!, length: s.length };
  return null;
}

/** Ends of clauses: a cue phrase is looked for between them. A colon does not end one (拓展范围：5.99). */
const CLAUSE_END = /[，。；;,、（）()【】\n！？!?]/;
const SENTENCE_END = /[。\n！？!?]/;

/** Positions of the clause and sentence ends of a text, for lookups in log time; the last few texts are kept. */
const boundaryCache = new Map<string, { clause: number[]; sentence: number[]; open: number[] }>();
function boundaries(text: string) {
  let b = boundaryCache.get(text);
  if (!b) {
    b = { clause: [], sentence: [], open: [] };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (CLAUSE_END.test(ch)) b.clause.push(i);
      if (SENTENCE_END.test(ch)) b.sentence.push(i);
      if (ch === '（' || ch === '(') b.open.push(i);
    }
    if (boundaryCache.size >= 8) boundaryCache.delete(boundaryCache.keys().next().value!);
    boundaryCache.set(text, b);
  }
  return b;
}

/** The index of the first element of sorted `list` that is not below `at`. */
function lowerBound(list: number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last position in sorted `list` before `at`, or -1. */
const lastBefore = (list: number[], at: number) => {
  const i = lowerBound(list, at);
  return i > 0 ? list[i - 1]! : -1;
};

/** The first position in sorted `list` at or after `from`, or `end`. */
const firstFrom = (list: number[], from: number, end: number) => {
  const i = lowerBound(list, from);
  return i < list.length ? list[i]! : end;
};

const clauseEndFrom = (text: string, from: number) => firstFrom(boundaries(text).clause, from, text.length);
const sentenceStartOf = (text: string, at: number) => lastBefore(boundaries(text).sentence, at) + 1;
const sentenceEndFrom = (text: string, from: number) => firstFrom(boundaries(text).sentence, from, text.length);

/**
 * Where the clause before `at` starts. A parenthetical that closes right before it belongs to it (one, not a
 * chain of them): 已取得排污许可证（含排污登记）企业数量42个.
 */
function clauseStart(text: string, at: number): number {
  const b = boundaries(text);
  const start = lastBefore(b.clause, at) + 1;
  if (start === 0 || !/[）)]/.test(text[start - 1]!)) return start;
  const open = lastBefore(b.open, start - 1);
  return open < 0 ? start : lastBefore(b.clause, open) + 1;
}

/** The clause around [start, end): from the clause end before it to the one after it. */
export function clauseAround(text: string, start: number, end: number): string {
  return text.slice(clauseStart(text, start), clauseEndFrom(text, end));
}

/**
 * The words that speak of the number at [start, end): its clause and the clauses after it in its sentence, up to
 * the clause of the next number (at `next`): 化学需氧量排放量90.59t/a，较上年下降。
 */
export function wordsAbout(text: string, start: number, end: number, next = text.length): string {
  const stop = Math.min(sentenceEndFrom(text, end), next > end ? clauseStart(text, next) : text.length);
  return text.slice(clauseStart(text, start), Math.max(stop, clauseEndFrom(text, end)));
}

/** The sentence around [start, end). */
export function sentenceAround(text: string, start: number, end: number): string {
  return text.slice(sentenceStartOf(text, start), sentenceEndFrom(text, end));
}

/** Digits that are part of an identifier, a date or a document number, not a quantity. */
const IDENTIFIER_CHAR = /[0-9A-Za-z\-－—_[\]〔〕［］/.]/;

/**
 * The numbers of free text with their units. Left out: years (2024年), months and days, document numbers
 * (祁环评[2019]43号, 第3号), and digits inside identifiers (430426-2022-062-M, 91430426MA4QA91117001U).
 * "没有…" is read as a zero.
 */
export function numbersOfText(text: string): Omit<PrintedNumber, 'figure'>[] {
  const found: Omit<PrintedNumber, 'figure'>[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    if (before && (IDENTIFIER_CHAR.test(before) || before === '第' || before === '〔')) continue;
    const after = text[end] ?? '';
    if (/[年月日号时]/.test(after) && !text.startsWith('个月', end) && !text.startsWith('小时', end)) continue;
    const unit = unitAt(text, end);
    if (!unit && after && IDENTIFIER_CHAR.test(after)) continue;
    found.push({ value: new Dec(m[0]).toString(), unit: unit?.unit ?? null, start, end: end + (unit?.length ?? 0) });
  }
  for (const m of text.matchAll(/没有/g)) {
    found.push({ value: '0', unit: null, inWords: true, start: m.index, end: m.index + 2 });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * How well a figure's cues name a number, from the text left and right of it in its clause and the text of its
 * sentence before it; 0: not at all.
 */
function cueScore(figure: Figure, left: string, right: string, inScope: (word: string) => boolean, earlier: string): number {
  const scope = figure.cues?.scope;
  if (scope && !scope.some(inScope)) return 0;
  const after = figure.cues?.after;
  if (after && !after.some((w) => earlier.includes(w))) return 0;
  const terms = [...(figure.cues?.terms ?? []), figure.label];
  let best = 0;
  for (const t of terms) if (t.length > best && (left.includes(t) || right.includes(t))) best = t.length;
  // A figure with words required before it, then one with scope words, is the more specific reading of a shared phrase.
  return best === 0 ? 0 : best * 4 + (after ? 2 : 0) + (scope ? 1 : 0);
}

/**
 * The figure each number of `text` stands for, among `figures`: the one whose cue is the longest phrase in the
 * number's clause (between the numbers before and after it), with its scope words in the sentence and a unit that
 * fits. A tie between two figures leaves the number unread rather than guessing.
 */
export function readNumbers(text: string, figures: readonly Figure[]): PrintedNumber[] {
  const numbers = numbersOfText(text);
  /** Whether a sentence holds a scope word, by sentence start and word: asked once per sentence. */
  const scopeSeen = new Map<string, boolean>();
  return numbers.map((n, i) => {
    const left = text.slice(Math.max(clauseStart(text, n.start), numbers[i - 1]?.end ?? 0), n.start);
    const right = text.slice(n.end, Math.min(clauseEndFrom(text, n.end), numbers[i + 1]?.start ?? text.length));
    const s0 = sentenceStartOf(text, n.start);
    const inScope = (word: string) => {
      const key = `${s0}|${word}`;
      let seen = scopeSeen.get(key);
      if (seen === undefined) scopeSeen.set(key, (seen = text.slice(s0, sentenceEndFrom(text, n.end)).includes(word)));
      return seen;
    };
    let best: Figure | null = null;
    let bestScore = 0;
    let tie = false;
    for (const f of figures) {
      if (n.unit && f.unit && !sameUnit(n.unit, f.unit)) continue;
      if (n.inWords && !COUNT_UNITS.has(f.unit)) continue;
      const score = cueScore(f, n.inWords ? '' : left, right, inScope, text.slice(s0, n.start));
      if (score > bestScore) [best, bestScore, tie] = [f, score, false];
      else if (score > 0 && score === bestScore) tie = true;
    }
    return { ...n, figure: tie ? null : best };
  });
}

/** The figures a paragraph speaks of: `figureIds` when the builder lists them, else those it prints. */
export function paragraphFigures(p: ParagraphBlock, report: ReportDocument): Figure[] {
  if (p.figureIds) return p.figureIds.map((id) => report.figures[id]).filter((f): f is Figure => f !== undefined);
  return p.content.filter((r): r is Figure => typeof r !== 'string' && r.kind === 'figure');
}

const printedCache = new WeakMap<ParagraphBlock, WeakMap<ReportDocument, PrintedParagraph>>();

/**
 * A paragraph as the report prints it: the edited text read back, or the generated runs with their figures. Each
 * rule asks for it; it is read once per report.
 */
export function printedParagraph(p: ParagraphBlock, report: ReportDocument): PrintedParagraph {
  let byReport = printedCache.get(p);
  if (!byReport) printedCache.set(p, (byReport = new WeakMap()));
  let printed = byReport.get(report);
  if (!printed) byReport.set(report, (printed = readParagraph(p, report)));
  return printed;
}

function readParagraph(p: ParagraphBlock, report: ReportDocument): PrintedParagraph {
  if (p.edited) {
    return { text: p.edited.text, source: 'edited', numbers: readNumbers(p.edited.text, paragraphFigures(p, report)) };
  }
  let text = '';
  const numbers: PrintedNumber[] = [];
  for (const run of p.content) {
    const printed = inlineText(run);
    if (typeof run !== 'string' && run.kind === 'figure') {
      const unit = run.showUnit && run.unit ? run.unit : null;
      numbers.push({ figure: run, value: run.value, unit, start: text.length, end: text.length + printed.length });
    }
    text += printed;
  }
  // A unit the generated text prints after a figure (showUnit false) is read from the text that follows.
  for (const n of numbers) {
    if (n.unit === null) n.unit = unitAt(text, n.end)?.unit ?? null;
  }
  return { text, source: 'generated', numbers };
}
