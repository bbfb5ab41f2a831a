import { describe, expect, it } from 'vitest';
import { roundGbt8170 } from '../rounding/roundGbt8170.js';
import { StandardInputError } from '../StandardInputError.js';
import { energyAverage } from './energyAverage.js';

// standards.md §7 energy averaging vectors.
describe('energyAverage', () => {
  it('[60, 70] → 67.4; sixteen 55s → 55.0; [50, 52, 54, 56] → 53.6', () => {
    expect(roundGbt8170(energyAverage([60, 70]), 0.1)).toBe('67.4');
    expect(roundGbt8170(energyAverage(Array(16).fill(55)), 0.1)).toBe('55.0');
    expect(roundGbt8170(energyAverage([50, 52, 54, 56]), 0.1)).toBe('53.6');
  });

  it('refuses an empty list and non-numbers', () => {
    expect(() => energyAverage([])).toThrow(StandardInputError);
    expect(() => energyAverage([50, Number.NaN])).toThrow('levels[1] 的值"NaN"无效');
  });
});
