import { describe, expect, it } from 'vitest';
import { roundGbt8170 } from '../rounding/roundGbt8170.js';
import { StandardInputError } from '../StandardInputError.js';
import { goodDayShare } from './goodDayShare.js';

describe('goodDayShare — standards.md §1.8, §3.4', () => {
  it('counts AQI ≤ 100 over days with a valid AQI; NA days are left out', () => {
    expect(goodDayShare([0, 50, 100, 101, 300, null])).toMatchObject({ goodDays: 3, validDays: 5 });
  });

  it('330 good days out of 366 → 90.2 %; 73/80 → 91.2 %', () => {
    const year = [...Array(330).fill(60), ...Array(36).fill(150)];
    expect(roundGbt8170(goodDayShare(year).percent as never, 0.1)).toBe('90.2');
    const eighty = [...Array(73).fill(100), ...Array(7).fill(101)];
    expect(roundGbt8170(goodDayShare(eighty).percent as never, 0.1)).toBe('91.2');
  });

  it('is null without a valid day', () => {
    expect(goodDayShare([null, null]).percent).toBeNull();
  });

  it('refuses an AQI that is not an integer 0–500, naming its position', () => {
    expect(() => goodDayShare([40, Number.NaN])).toThrow('dailyAqis[1] 的值"NaN"无效');
    expect(() => goodDayShare([40, 50.5])).toThrow(StandardInputError);
  });
});
