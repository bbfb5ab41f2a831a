import { describe, expect, it } from 'vitest';
import { roundGbt8170 } from '../rounding/roundGbt8170.js';
import { StandardInputError } from '../StandardInputError.js';
import { complianceRate } from './complianceRate.js';

// standards.md §3.4 worked examples.
describe('complianceRate', () => {
  it('304 of 352 valid days → 86.36 % (2 dp), 86.4 % (1 dp); 48 exceedance days', () => {
    const r = complianceRate(304, 352);
    expect(roundGbt8170(r as never, 0.01)).toBe('86.36');
    expect(roundGbt8170(r as never, 0.1)).toBe('86.4');
    expect(352 - 304).toBe(48);
  });

  it('330/366 → 90.2 %, 329/365 → 90.1 %, 73/80 → 91.2 % (half-even; half-up would give 91.3)', () => {
    expect(roundGbt8170(complianceRate(330, 366) as never, 0.1)).toBe('90.2');
    expect(roundGbt8170(complianceRate(329, 365) as never, 0.1)).toBe('90.1');
    expect(roundGbt8170(complianceRate(73, 80) as never, 0.1)).toBe('91.2');
  });

  it('is null without a valid day', () => {
    expect(complianceRate(0, 0)).toBeNull();
  });

  it('refuses counts that are not integers, negative, or A > N', () => {
    expect(() => complianceRate(5, 4)).toThrow('compliant 的值"5"无效');
    expect(() => complianceRate(1.5, 4)).toThrow(StandardInputError);
    expect(() => complianceRate(1, Number.NaN)).toThrow('valid 的值"NaN"无效');
  });
});
