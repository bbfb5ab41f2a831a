import { describe, expect, it } from 'vitest';
import { deriveAlarms, exceededBound, type AlarmPoint } from './alarms.js';

const t = (m: number) => new Date(Date.UTC(2024, 5, 1, 0, m));
const cod = { upper: '50', lower: null };
const ph = { upper: '9', lower: '6' };
/** Values one minute apart from minute 0, all valid unless written as [value, false]. */
const series = (...values: (string | [string, boolean])[]): AlarmPoint[] =>
  values.map((v, i) => (typeof v === 'string' ? { at: t(i), value: v, valid: true } : { at: t(i), value: v[0], valid: v[1] }));

describe('exceededBound', () => {
  it('compares exactly: 50.0001 exceeds 50, 50 does not', () => {
    expect(exceededBound('50', cod)).toBeNull();
    expect(exceededBound('50.0001', cod)).toBe('50');
  });

  it('names the lower bound for pH below 6 and the upper for pH above 9', () => {
    expect(exceededBound('5.9', ph)).toBe('6');
    expect(exceededBound('9.01', ph)).toBe('9');
    expect(exceededBound('6', ph)).toBeNull();
  });
});

describe('deriveAlarms', () => {
  it('opens on the first value above the limit, peaks at the highest, ends at the first value back within it', () => {
    expect(deriveAlarms(series('50', '60', '72.5', '55', '49', '30'), cod)).toEqual([
      { limitValue: '50', startedAt: t(1), endedAt: t(4), peakValue: '72.5', peakAt: t(2) },
    ]);
  });

  it('keeps an exceedance open while no value has come back within the limit', () => {
    expect(deriveAlarms(series('40', '51', '52'), cod)).toEqual([{ limitValue: '50', startedAt: t(1), endedAt: null, peakValue: '52', peakAt: t(2) }]);
  });

  it('gives two alarms for two separate exceedances', () => {
    expect(deriveAlarms(series('51', '40', '53', '50'), cod)).toEqual([
      { limitValue: '50', startedAt: t(0), endedAt: t(1), peakValue: '51', peakAt: t(0) },
      { limitValue: '50', startedAt: t(2), endedAt: t(3), peakValue: '53', peakAt: t(2) },
    ]);
  });

  it('ignores invalid data: it neither opens, raises the peak of, nor closes an alarm', () => {
    expect(deriveAlarms(series(['999', false], '51', ['999', false], ['1', false], '52'), cod)).toEqual([
      { limitValue: '50', startedAt: t(1), endedAt: null, peakValue: '52', peakAt: t(4) },
    ]);
  });

  it('continues an alarm that was open before the first value', () => {
    const open = { limitValue: '50', startedAt: t(-5), endedAt: null, peakValue: '60', peakAt: t(-4) };
    expect(deriveAlarms(series('70', '45'), cod, open)).toEqual([{ ...open, endedAt: t(1), peakValue: '70', peakAt: t(0) }]);
    expect(open.endedAt).toBeNull(); // the caller's alarm is not changed
  });

  it('peaks at the lowest value below a lower limit, and crossing to the other bound starts a new alarm', () => {
    expect(deriveAlarms(series('7', '5.9', '5.5', '5.8', '9.5', '7'), ph)).toEqual([
      { limitValue: '6', startedAt: t(1), endedAt: t(4), peakValue: '5.5', peakAt: t(2) },
      { limitValue: '9', startedAt: t(4), endedAt: t(5), peakValue: '9.5', peakAt: t(4) },
    ]);
  });

  it('closes an alarm raised under an old limit when the limit changes, and opens one under the new limit', () => {
    const open = { limitValue: '40', startedAt: t(-1), endedAt: null, peakValue: '45', peakAt: t(-1) };
    expect(deriveAlarms(series('55'), cod, open)).toEqual([
      { ...open, endedAt: t(0) },
      { limitValue: '50', startedAt: t(0), endedAt: null, peakValue: '55', peakAt: t(0) },
    ]);
  });
});
