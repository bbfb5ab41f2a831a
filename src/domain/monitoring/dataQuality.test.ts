import { describe, expect, it } from 'vitest';
import { judgeQuality } from './dataQuality.js';

const q = (value: string | undefined, flag?: string, previous: string[] = [], factorCode = 'a34004') =>
  judgeQuality({ factorCode, value, flag, previous });

describe('judgeQuality', () => {
  it('counts N and S data as valid and F, M, D, C, T, B as invalid (HJ 212-2017 §6.6.4)', () => {
    expect(q('35', 'N')).toEqual({ valid: true, marks: [] });
    expect(q('35', 'S')).toEqual({ valid: true, marks: [] });
    expect(q('35')).toEqual({ valid: true, marks: [] });
    for (const flag of ['F', 'M', 'D', 'C', 'T', 'B']) expect(q('35', flag)).toEqual({ valid: false, marks: ['invalid_flag'] });
    expect(q('35', 'X')).toEqual({ valid: false, marks: ['unknown_flag'] });
  });

  it('marks zero (still valid) and negative values (invalid)', () => {
    expect(q('0', 'N')).toEqual({ valid: true, marks: ['zero'] });
    expect(q('-0.5', 'N')).toEqual({ valid: false, marks: ['negative'] });
  });

  it('marks values outside the physically possible range of the factor', () => {
    expect(q('14.5', 'N', [], 'w01001')).toEqual({ valid: false, marks: ['out_of_range'] });
    expect(q('7.2', 'N', [], 'w01001')).toEqual({ valid: true, marks: [] });
    expect(q('-10', 'N', [], 'a01001')).toEqual({ valid: true, marks: [] });
  });

  it('marks the sixth equal value in a row as constant', () => {
    expect(q('12', 'N', ['12', '12', '12', '12'])).toEqual({ valid: true, marks: [] });
    expect(q('12', 'N', ['12', '12', '12', '12', '12'])).toEqual({ valid: true, marks: ['constant'] });
    expect(q('12', 'N', ['11', '12', '12', '12', '12'])).toEqual({ valid: true, marks: [] });
  });

  it('marks text that is not a number', () => {
    expect(q('***', 'N')).toEqual({ valid: false, marks: ['not_a_number'] });
  });
});
