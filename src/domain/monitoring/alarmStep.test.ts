import { describe, expect, it } from 'vitest';
import { alarmStep, exceededBound } from './alarmStep.js';

const t = (m: number) => new Date(Date.UTC(2024, 5, 1, 0, m));
const cod = { upper: '50', lower: null };

describe('alarmStep', () => {
  it('opens on the first value above the limit, exactly (50.0001 > 50, 50 is not)', () => {
    expect(alarmStep(null, '50', true, t(0), cod)).toEqual({ kind: 'none' });
    expect(alarmStep(null, '50.0001', true, t(1), cod)).toEqual({ kind: 'open', limitValue: '50', value: '50.0001', at: t(1) });
  });

  it('moves the peak up while open, and closes on the first value back within the limit', () => {
    const open = { peakValue: '60', peakAt: t(1) };
    expect(alarmStep(open, '72.5', true, t(2), cod)).toEqual({ kind: 'peak', value: '72.5', at: t(2) });
    expect(alarmStep(open, '55', true, t(3), cod)).toEqual({ kind: 'none' });
    expect(alarmStep(open, '49', true, t(4), cod)).toEqual({ kind: 'close', at: t(4) });
  });

  it('ignores invalid data', () => {
    expect(alarmStep(null, '999', false, t(0), cod)).toEqual({ kind: 'none' });
    expect(alarmStep({ peakValue: '60', peakAt: t(0) }, '1', false, t(1), cod)).toEqual({ kind: 'none' });
  });

  it('handles a lower limit (pH 6–9, dissolved oxygen)', () => {
    const ph = { upper: '9', lower: '6' };
    expect(exceededBound('5.9', ph)).toBe('6');
    expect(exceededBound('9.01', ph)).toBe('9');
    const open = { peakValue: '5.9', peakAt: t(0) };
    expect(alarmStep(open, '5.5', true, t(1), ph)).toEqual({ kind: 'peak', value: '5.5', at: t(1) });
  });
});
