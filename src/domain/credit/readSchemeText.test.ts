import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HUNAN_2024_SCHEME } from './builtInSchemes.js';
import { proposeScores } from './proposeScores.js';
import { readSchemeText } from './readSchemeText.js';
import { SchemeFileError, type SchemeIssue } from './schemeFileError.js';
import { scoreEvaluation } from './scoreEvaluation.js';

const HUNAN_2020_YAML = readFileSync(new URL('../../../test/fixtures/credit/hunan-2020.yaml', import.meta.url), 'utf8');

function issuesOf(text: string, format: 'json' | 'yaml'): SchemeIssue[] {
  try {
    readSchemeText(text, format);
  } catch (e) {
    if (e instanceof SchemeFileError) return e.issues;
    throw e;
  }
  throw new Error('not refused');
}

/** Replaces exactly one occurrence of `from` in the 2020 fixture. */
function edit(from: string, to: string): string {
  expect(HUNAN_2020_YAML.split(from)).toHaveLength(2);
  return HUNAN_2020_YAML.replace(from, to);
}
/** The 1-based line of the first line containing `text` in `source`. */
const lineOfText = (source: string, text: string): number => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('readSchemeText: good files', () => {
  it('loads the 2020 trial scheme fixture (YAML): 12 confirmed items of §7.2, initial 9, marked incomplete', () => {
    const s = readSchemeText(HUNAN_2020_YAML, 'yaml');
    expect(s).toMatchObject({ id: 'hunan-2020', version: '1', document: '湘环函〔2020〕195号', regionCode: '430000', years: { from: 2020, to: 2022 }, initialScore: 9, maximum: 12 });
    expect(s.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    // §7.2 分值 column: −1 −2 −1 −1 −3 −2 −1 −1 −1 −2 −2 −1.
    expect(s.items.map((i) => (i.effect.kind === 'points' ? i.effect.points : null))).toEqual([-1, -2, -1, -1, -3, -2, -1, -1, -1, -2, -2, -1]);
    expect(s.items[4]).toMatchObject({ level1: '环境基础设施', level2: '废水收集处理', criterion: '产业园区废水集中处理率未达到100%' });
    expect(s.unconfirmed[0]).toMatch(/^不完整/);
    // A clean park: 9 → 诚信 under the fixture's thresholds; 9 − 3 − 2 = 4 → 风险.
    expect(scoreEvaluation(s, []).grade).toBe('环保诚信园区');
    const bad = scoreEvaluation(s, [{ number: '5', score: -3, comment: null, evidence: [] }, { number: '6', score: -2, comment: null, evidence: [] }]);
    expect(bad).toMatchObject({ total: 4, grade: '环保风险园区' });
    // A scheme from a file is proposed from records like the built-in one (item 11: self-monitoring).
    expect(proposeScores(s, { year: 2021, selfMonitoring: { planned: 2, implemented: 1, notImplemented: [{ id: 1, label: '地表水 W1' }] } })[10]).toMatchObject({ number: '11', status: 'proposed', score: -2 });
  });

  it('loads the built-in scheme written as JSON, unchanged', () => {
    expect(readSchemeText(JSON.stringify(HUNAN_2024_SCHEME, null, 2), 'json')).toEqual(HUNAN_2024_SCHEME);
  });
});

describe('readSchemeText: malformed files are refused naming line and field', () => {
  it('a bad indent', () => {
    const text = edit('    criterion: 产业园区废水集中处理率未达到100%', '      criterion: 产业园区废水集中处理率未达到100%');
    const issues = issuesOf(text, 'yaml');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: lineOfText(text, '废水集中处理率'), field: 'criterion' });
    expect(issues[0]?.message).toContain('缩进');
  });
  it('a list item indented short of its siblings', () => {
    const text = edit('    level2: 固废处置\n    criterion: 产业园区未建成危险废物监管体系', '    level2: 固废处置\n   criterion: 产业园区未建成危险废物监管体系');
    const issues = issuesOf(text, 'yaml');
    expect(issues[0]).toMatchObject({ line: lineOfText(text, '危险废物监管体系'), field: 'criterion' });
  });
  it('a string where a number is', () => {
    const text = edit('initialScore: 9', 'initialScore: 九');
    expect(issuesOf(text, 'yaml')).toEqual([
      { line: 13, row: null, field: 'initialScore（初始分）', value: '九', message: '第13行 initialScore（初始分） 的值"九"无效，应为整数（初始分，如 10）' },
    ]);
    const points = edit('effect: { kind: points, points: -3 }', "effect: { kind: points, points: '-3分' }");
    expect(issuesOf(points, 'yaml')).toMatchObject([{ line: lineOfText(points, "'-3分'"), field: 'items[4].effect.points（分值）', value: '-3分' }]);
  });
  it('a missing 分值', () => {
    const text = edit('    criterion: 产业园区污水处理厂执法监测不达标\n    effect: { kind: points, points: -2 }\n', '    criterion: 产业园区污水处理厂执法监测不达标\n');
    expect(issuesOf(text, 'yaml')).toMatchObject([{ line: lineOfText(text, '  - number: 6'), field: 'items[5].effect（分值）', value: undefined }]);
  });
  it('a duplicate 序号', () => {
    const text = edit('  - number: 12', '  - number: 11');
    const issues = issuesOf(text, 'yaml');
    expect(issues).toMatchObject([{ line: lineOfText(text, '  - number: 11') + 6, field: 'items[11].number（序号）', value: 11 }]);
    expect(issues[0]?.message).toContain('与第11项重复');
  });
  it('an unknown effect', () => {
    const text = edit('effect: { kind: points, points: -3 }', 'effect: { kind: bonus, points: -3 }');
    expect(issuesOf(text, 'yaml')).toMatchObject([{ line: lineOfText(text, 'bonus'), field: 'items[4].effect.kind（分值类型）', value: 'bonus' }]);
    const grade = edit('  - name: 环保风险园区', '  - name: 风险园区');
    const withSetsGrade = grade.replace('effect: { kind: points, points: -3 }', 'effect: { kind: setsGrade, grade: 环保风险园区 }');
    expect(issuesOf(withSetsGrade, 'yaml')).toMatchObject([{ field: 'items[4].effect.grade（直接评定的等级）', value: '环保风险园区' }]);
  });
  it('a duplicate key, an unknown field, an unknown topic, grades out of order — every issue at once', () => {
    // The second `maximum` is on line 15 (line 13 is initialScore, 14 the first maximum).
    expect(issuesOf(edit('maximum: 12', 'maximum: 12\nmaximum: 13'), 'yaml')).toMatchObject([{ line: 15, field: 'maximum' }]);
    const text = edit('initialScore: 9', 'initalScore: 9').replace('    topic: selfMonitoring', '    topic: 自行监测').replace('    minTotal: 5', '    minTotal: 9');
    const issues = issuesOf(text, 'yaml');
    expect(issues.map((i) => [i.line, i.field])).toEqual([
      [13, 'initalScore'],
      // Missing: placed on the mapping it is missing from, which starts at `id:` (line 5, after the comments).
      [5, 'initialScore（初始分）'],
      [lineOfText(text, 'minTotal: 9') + 2, 'grades[1].minTotal（等级分数线）'],
      [lineOfText(text, 'topic: 自行监测'), 'items[10].topic（主题）'],
    ]);
  });
  it('JSON: a syntax error at its line, a bad field at the field’s line', () => {
    const json = JSON.stringify(HUNAN_2024_SCHEME, null, 2);
    const broken = json.replace('"initialScore": 10,', '"initialScore": 10,,');
    expect(issuesOf(broken, 'json')).toMatchObject([{ line: lineOfText(broken, '10,,'), field: 'initialScore' }]);
    const wrong = json.replace('"regionCode": "430000"', '"regionCode": 430000');
    expect(issuesOf(wrong, 'json')).toMatchObject([{ line: lineOfText(wrong, '"regionCode"'), field: 'regionCode（适用地区代码）', value: 430000 }]);
    expect(issuesOf('[1, 2]', 'json')).toMatchObject([{ line: 1, field: '（文件）' }]);
    const twice = json.replace('"maximum": 12,', '"maximum": 12,\n  "maximum": 14,');
    expect(issuesOf(twice, 'json')).toMatchObject([{ line: lineOfText(twice, '"maximum": 14'), field: 'maximum' }]);
  });
});
