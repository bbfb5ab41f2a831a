import { describe, expect, it } from 'vitest';
import { readTonnesPerYear } from './tonnesPerYear.js';

describe('readTonnesPerYear', () => {
  it('reads decimal text exactly', () => {
    expect(readTonnesPerYear('90.59', 'x').toString()).toBe('90.59');
    expect(readTonnesPerYear(' 300 ', 'x').toString()).toBe('300');
  });

  it('refuses numbers, negatives and words, naming the field and value', () => {
    expect(() => readTonnesPerYear(90.59, 'cod')).toThrow('cod 的值"90.59"无效');
    expect(() => readTonnesPerYear('-1', 'cod')).toThrow('cod 的值"-1"无效');
    expect(() => readTonnesPerYear('约90', 'cod')).toThrow('cod 的值"约90"无效');
  });
});
