import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { roundGbt8170 } from './roundGbt8170.js';

describe('roundGbt8170 — standards.md §9.2 vectors', () => {
  it.each([
    [12.1498, 0.1, '12.1'],
    [10.5002, 1, '11'],
    ['1.050', 0.1, '1.0'],
    [0.35, 0.1, '0.4'],
    [2.5, 1, '2'],
    [3.5, 1, '4'],
    [0.5, 1, '0'],
    [-2.5, 1, '-2'],
    [-0.0365, 0.001, '-0.036'],
    [97.46, 1, '97'],
    [36.5, 1, '36'],
    [36.50001, 1, '37'],
    [1.25, 0.1, '1.2'],
    ['2.675', 0.01, '2.68'],
    [185.05, 0.1, '185.0'],
    [4.45, 0.1, '4.4'],
  ] as const)('%s at interval %s → %s', (value, interval, expected) => {
    expect(roundGbt8170(value, interval)).toBe(expected);
  });

  it('reads a JS number as its shortest decimal form (2.675 is 2.675, not the binary 2.67499…)', () => {
    expect(roundGbt8170(2.675, 0.01)).toBe('2.68');
    expect((2.675).toFixed(2)).toBe('2.67');
  });
});

describe('roundGbt8170 — §9.1 rules', () => {
  it('rounds to tens, hundreds and thousands (1268 → 13×10², 2500 → 2×10³, 3500 → 4×10³, −355 → −36×10)', () => {
    expect(roundGbt8170(1268, 100)).toBe('1300');
    expect(roundGbt8170(2500, 1000)).toBe('2000');
    expect(roundGbt8170(3500, 1000)).toBe('4000');
    expect(roundGbt8170(-355, 10)).toBe('-360');
  });

  it('rounds once from the original value (97.46 → 97; 15.4546 → 15)', () => {
    expect(roundGbt8170(15.4546)).toBe('15');
    expect(roundGbt8170(roundGbt8170(97.46, 0.1))).toBe('98'); // what successive rounding would give
  });

  it('0.5-unit and 0.2-unit rounding (§3.4): 60.25 → 60.0, 60.38 → 60.5, −60.75 → −61.0, 830 → 840 at 20', () => {
    expect(roundGbt8170(60.25, 0.5)).toBe('60.0');
    expect(roundGbt8170(60.38, 0.5)).toBe('60.5');
    expect(roundGbt8170(-60.75, 0.5)).toBe('-61.0');
    expect(roundGbt8170(830, 20)).toBe('840');
  });

  it('keeps trailing zeros of the interval and prints zero unsigned', () => {
    expect(roundGbt8170(2, 0.1)).toBe('2.0');
    expect(roundGbt8170(-0.4)).toBe('0');
  });
});

describe('roundGbt8170 — bad input', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, 'abc', '', undefined])('refuses value %s with StandardInputError', (v) => {
    expect(() => roundGbt8170(v as never)).toThrow(StandardInputError);
  });

  it('names the field and value in Chinese', () => {
    expect(() => roundGbt8170(Number.NaN)).toThrow('value 的值"NaN"无效，应为数值');
    expect(() => roundGbt8170(1, 0.3)).toThrow('interval 的值"0.3"无效');
    expect(() => roundGbt8170(1, 0)).toThrow(StandardInputError);
  });
});
