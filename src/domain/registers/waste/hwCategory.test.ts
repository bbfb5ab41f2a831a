import { describe, expect, it } from 'vitest';
import { parseHwCategories } from './hwCategory.js';

describe('parseHwCategories', () => {
  it('reads codes separated by 、 , ， ; and spaces, in either case and width, without repeats', () => {
    expect(parseHwCategories('HW08、hw49，ＨＷ12; HW08')).toEqual({ codes: ['HW08', 'HW49', 'HW12'], invalid: [] });
  });

  it('accepts HW01 and HW50, the ends of the 国家危险废物名录', () => {
    expect(parseHwCategories('HW01 HW50').codes).toEqual(['HW01', 'HW50']);
  });

  it('names what is not a code HW01–HW50', () => {
    expect(parseHwCategories('HW00、HW51、HW8、废机油')).toEqual({ codes: [], invalid: ['HW00', 'HW51', 'HW8', '废机油'] });
  });

  it('gives no codes for an empty cell', () => {
    expect(parseHwCategories('  ')).toEqual({ codes: [], invalid: [] });
  });
});
