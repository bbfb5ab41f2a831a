import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../standards/StandardInputError.js';
import { HUNAN_2024_SCHEME } from './builtInSchemes.js';
import { gradeOf } from './gradeOf.js';
import { scoreEvaluation } from './scoreEvaluation.js';
import type { CreditScheme, ItemScore } from './types.js';

const s = (number: string, score: number): ItemScore => ({ number, score, comment: null, evidence: [] });

/** A scheme like the 2020 trial one: initial 9, maximum 12 (thresholds chosen for the test). */
const INITIAL_9: CreditScheme = {
  id: 'test-9',
  version: '1',
  name: '试验方案',
  document: null,
  regionCode: '430000',
  years: { from: 2021, to: 2022 },
  initialScore: 9,
  maximum: 12,
  grades: [
    { name: '环保诚信园区', minTotal: 11 },
    { name: '环保合格园区', minTotal: 6 },
    { name: '环保风险园区', minTotal: null },
  ],
  items: [
    { number: '1', level1: 'A', level2: 'a', criterion: '甲', effect: { kind: 'points', points: -3 } },
    { number: '2', level1: 'A', level2: 'a', criterion: '乙', effect: { kind: 'points', points: -2 } },
    { number: '3', level1: 'B', level2: 'b', criterion: '丙', effect: { kind: 'points', points: 1 } },
    { number: '4', level1: 'B', level2: 'b', criterion: '丁', effect: { kind: 'points', points: 4 } },
  ],
  notes: [],
  unconfirmed: [],
};

describe('scoreEvaluation under the Hunan 2024 scheme (initial 10, maximum 12, 诚信 ≥ 10, 合格 ≥ 6)', () => {
  it('no scores: 10, 诚信', () => {
    expect(scoreEvaluation(HUNAN_2024_SCHEME, [])).toEqual({ schemeId: 'hunan-2024', schemeVersion: '1', rawTotal: 10, total: 10, grade: '环保诚信园区', gradeSetBy: null });
  });
  it('10 − 1 (item 1) − 2 (item 5) = 7: 合格', () => {
    expect(scoreEvaluation(HUNAN_2024_SCHEME, [s('1', -1), s('5', -2), s('2', 0)])).toMatchObject({ rawTotal: 7, total: 7, grade: '环保合格园区' });
  });
  it('10 − 4 (16) − 2 (14) = 4: 风险 by threshold', () => {
    expect(scoreEvaluation(HUNAN_2024_SCHEME, [s('16', -4), s('14', -2)])).toMatchObject({ total: 4, grade: '环保风险园区', gradeSetBy: null });
  });
  it('awards are capped: 10 + 1 (12) + 1 (18) + 2 (19) = 14 → 12', () => {
    expect(scoreEvaluation(HUNAN_2024_SCHEME, [s('12', 1), s('18', 1), s('19', 2)])).toMatchObject({ rawTotal: 14, total: 12, grade: '环保诚信园区' });
  });
  it('item 17 sets 风险 over a high total', () => {
    expect(scoreEvaluation(HUNAN_2024_SCHEME, [s('19', 2), s('17', 1)])).toMatchObject({ rawTotal: 12, total: 12, grade: '环保风险园区', gradeSetBy: '17' });
    expect(scoreEvaluation(HUNAN_2024_SCHEME, [s('17', 0)])).toMatchObject({ total: 10, grade: '环保诚信园区', gradeSetBy: null });
  });
  it('the seed’s two missed awards (12, 19) would make 13 → 12', () => {
    expect(scoreEvaluation(HUNAN_2024_SCHEME, [s('12', 1), s('19', 2)])).toMatchObject({ rawTotal: 13, total: 12 });
  });
});

describe('scoreEvaluation under a scheme with initial 9', () => {
  it('9 − 3 = 6: 合格 (at the threshold)', () => {
    expect(scoreEvaluation(INITIAL_9, [s('1', -3)])).toMatchObject({ rawTotal: 6, total: 6, grade: '环保合格园区' });
  });
  it('9 − 3 − 2 = 4: 风险', () => {
    expect(scoreEvaluation(INITIAL_9, [s('1', -3), s('2', -2)])).toMatchObject({ total: 4, grade: '环保风险园区' });
  });
  it('9 + 1 = 10: 合格; 9 + 1 + 4 = 14 → 12: 诚信', () => {
    expect(scoreEvaluation(INITIAL_9, [s('3', 1)])).toMatchObject({ total: 10, grade: '环保合格园区' });
    expect(scoreEvaluation(INITIAL_9, [s('3', 1), s('4', 4)])).toMatchObject({ rawTotal: 14, total: 12, grade: '环保诚信园区' });
  });
  it('no cap when maximum is null', () => {
    expect(scoreEvaluation({ ...INITIAL_9, maximum: null }, [s('3', 1), s('4', 4)])).toMatchObject({ rawTotal: 14, total: 14 });
  });
});

describe('scoreEvaluation refuses bad scores, naming the item and the value', () => {
  const err = (scores: ItemScore[]): StandardInputError => {
    try {
      scoreEvaluation(HUNAN_2024_SCHEME, scores);
    } catch (e) {
      if (e instanceof StandardInputError) return e;
      throw e;
    }
    throw new Error('not refused');
  };
  it('an item the scheme does not have', () => {
    const e = err([s('24', -1)]);
    expect(e.field).toBe('序号');
    expect(e.value).toBe('24');
    expect(e.message).toContain('"24"');
  });
  it('a score that is not the item’s points', () => {
    const e = err([s('1', -2)]);
    expect(e.field).toBe('第1项得分');
    expect(e.value).toBe(-2);
    expect(e.message).toContain('0 或 -1');
    expect(err([s('19', 1)]).message).toContain('0 或 +2');
    expect(err([s('22', -1)]).message).toContain('0（该项不计分）');
  });
  it('a setsGrade item scored other than 0 or 1', () => {
    const e = err([s('17', 2)]);
    expect(e.field).toBe('第17项得分');
    expect(e.message).toContain('0 或 1');
  });
  it('an item scored twice, and a score that is not a number', () => {
    expect(err([s('1', -1), s('1', 0)]).field).toBe('第1项');
    expect(err([s('1', Number.NaN)]).value).toBeNaN();
  });
});

describe('gradeOf', () => {
  it('tries thresholds from the highest down, the null grade takes the rest', () => {
    const grades = { grades: [{ name: '风险', minTotal: null }, { name: '合格', minTotal: 6 }, { name: '诚信', minTotal: 10 }] };
    expect([12, 10, 9, 6, 5, -3].map((t) => gradeOf(grades, t))).toEqual(['诚信', '诚信', '合格', '合格', '风险', '风险']);
  });
});
