import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { meetsLimit } from './meetsLimit.js';

// standards.md §9.4 — the GB/T 8170 §4.3 examples ([MEMORY] there).
describe('meetsLimit — GB/T 8170 §4.3 examples', () => {
  it('limit ≥ 97.0 %: 96.96 fails by full value, passes by rounded value', () => {
    expect(meetsLimit(96.96, '97.0', { kind: 'min' })).toBe(false);
    expect(meetsLimit(96.96, '97.0', { kind: 'min', method: 'rounded' })).toBe(true);
  });

  it('limit ≤ 0.5: 0.549 fails / passes; 0.551 fails / fails', () => {
    expect(meetsLimit(0.549, 0.5)).toBe(false);
    expect(meetsLimit(0.549, 0.5, { method: 'rounded' })).toBe(true);
    expect(meetsLimit(0.551, 0.5)).toBe(false);
    expect(meetsLimit(0.551, 0.5, { method: 'rounded' })).toBe(false);
  });

  it('limit ≥ 14×100 MPa: 1349 fails / fails; 1351 fails / passes', () => {
    expect(meetsLimit(1349, 1400, { kind: 'min' })).toBe(false);
    expect(meetsLimit(1349, 1400, { kind: 'min', method: 'rounded', interval: 100 })).toBe(false);
    expect(meetsLimit(1351, 1400, { kind: 'min' })).toBe(false);
    expect(meetsLimit(1351, 1400, { kind: 'min', method: 'rounded', interval: 100 })).toBe(true);
  });

  it('a value equal to the limit meets it', () => {
    expect(meetsLimit('0.50', 0.5)).toBe(true);
    expect(meetsLimit(5, 5, { kind: 'min' })).toBe(true);
  });
});

describe('meetsLimit — bad input', () => {
  it('refuses NaN and non-numeric text, naming the field', () => {
    expect(() => meetsLimit(Number.NaN, 1)).toThrow('value 的值"NaN"无效');
    expect(() => meetsLimit(1, 'x')).toThrow('limit 的值"x"无效');
    expect(() => meetsLimit(1, 1, { kind: 'both' as never })).toThrow(StandardInputError);
  });
});
