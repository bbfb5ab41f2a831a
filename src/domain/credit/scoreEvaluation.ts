import { StandardInputError } from '../standards/StandardInputError.js';
import { gradeOf } from './gradeOf.js';
import type { CreditScheme, EvaluationResult, ItemScore, SchemeItem } from './types.js';

/** The score an item takes when its condition applies: its points, or 1 for an item that sets the grade. */
export function scoreWhenApplies(item: SchemeItem): number {
  return item.effect.kind === 'points' ? item.effect.points : 1;
}

/**
 * The total and grade of a year's item scores under a scheme: the initial score plus every item's points, capped at
 * the scheme's maximum; a setsGrade item scored 1 imposes its grade whatever the total (the first such item in the
 * scheme's order is named). Items with no score count 0.
 *
 * Throws StandardInputError naming the item and the value for an item the scheme does not have, an item scored twice,
 * or a score that is neither 0 nor the item's points (for a setsGrade item: 0 or 1).
 *
 * @example scoreEvaluation(HUNAN_2024_SCHEME, [{ number: '1', score: -1, … }, { number: '5', score: -2, … }]).total //=> 7
 */
export function scoreEvaluation(scheme: CreditScheme, scores: readonly ItemScore[]): EvaluationResult {
  const byNumber = new Map(scheme.items.map((item) => [item.number, item]));
  const given = new Map<string, number>();
  for (const s of scores) {
    const item = byNumber.get(s.number);
    if (item === undefined) {
      throw new StandardInputError('序号', s.number, `评价方案 ${scheme.id} 中的序号（${scheme.items.map((i) => i.number).join('、')}）`);
    }
    if (given.has(s.number)) throw new StandardInputError(`第${s.number}项`, s.score, '每项只评一次（该项重复评分）');
    const applied = scoreWhenApplies(item);
    if (typeof s.score !== 'number' || !(s.score === 0 || s.score === applied)) {
      const expected =
        item.effect.kind === 'setsGrade'
          ? `0 或 1（1 表示存在该情形，直接评为${item.effect.grade}）`
          : applied === 0
            ? '0（该项不计分）'
            : `0 或 ${applied > 0 ? `+${applied}` : applied}（该项分值）`;
      throw new StandardInputError(`第${s.number}项得分`, s.score, expected);
    }
    given.set(s.number, s.score);
  }

  let rawTotal = scheme.initialScore;
  let gradeSetBy: string | null = null;
  let imposed: string | null = null;
  for (const item of scheme.items) {
    const score = given.get(item.number) ?? 0;
    if (item.effect.kind === 'points') rawTotal += score;
    else if (score === 1 && gradeSetBy === null) {
      gradeSetBy = item.number;
      imposed = item.effect.grade;
    }
  }
  const total = scheme.maximum === null ? rawTotal : Math.min(rawTotal, scheme.maximum);
  const grade = imposed ?? gradeOf(scheme, total);
  if (grade === null) throw new StandardInputError('总分', total, `方案 ${scheme.id} 的等级分数线覆盖的分数`);
  return { schemeId: scheme.id, schemeVersion: scheme.version, rawTotal, total, grade, gradeSetBy };
}
