import { describe, expect, it } from 'vitest';
import { HUNAN_2024_SCHEME } from './builtInSchemes.js';
import { checkScheme } from './checkScheme.js';
import { SchemeFileError } from './schemeFileError.js';

function fieldsOf(input: unknown): string[] {
  try {
    checkScheme(input);
  } catch (e) {
    if (e instanceof SchemeFileError) {
      expect(e.issues.every((i) => i.line === null && i.row === null)).toBe(true);
      return e.issues.map((i) => i.field);
    }
    throw e;
  }
  throw new Error('not refused');
}
const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(HUNAN_2024_SCHEME)) as Record<string, unknown>;

describe('checkScheme', () => {
  it('accepts the built-in scheme as it is', () => {
    expect(checkScheme(clone())).toEqual(HUNAN_2024_SCHEME);
  });
  it('takes whole-number versions and item numbers as text', () => {
    const s = clone();
    s.version = 2;
    (s.items as { number: unknown }[])[0]!.number = 1;
    const checked = checkScheme(s);
    expect(checked.version).toBe('2');
    expect(checked.items[0]?.number).toBe('1');
  });
  it('names every bad field at once', () => {
    const s = clone();
    s.id = 'Hunan 2024';
    s.regionCode = '43';
    s.years = { from: 2025, to: 2024 };
    s.maximum = 8;
    s.grades = [{ name: '环保风险园区', minTotal: null }, { name: '环保诚信园区', minTotal: 10 }];
    const items = s.items as Record<string, unknown>[];
    items[1]!.effect = { kind: 'points', points: 1.5 };
    items[2]!.topic = 'complaints';
    items[3]!.criterion = '  ';
    expect(fieldsOf(s)).toEqual([
      'id（方案标识）',
      'regionCode（适用地区代码）',
      'years.to（截止年度）',
      'maximum（最高分）',
      'grades[0].minTotal（等级分数线）',
      'grades[1].minTotal（等级分数线）',
      'items[1].effect.points（分值）',
      'items[2].topic（主题）',
      'items[3].criterion（评价标准）',
      // Item 17 sets 环保风险园区, still a grade; nothing else.
    ]);
  });
  it('refuses what is not a scheme', () => {
    expect(fieldsOf(null)).toEqual(['（文件）']);
    expect(fieldsOf({ ...clone(), items: [] })).toEqual(['items（评价项目）']);
  });
});
