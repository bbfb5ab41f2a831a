import { describe, expect, it } from 'vitest';
import { roundGbt8170 } from '../rounding/roundGbt8170.js';
import { StandardInputError } from '../StandardInputError.js';
import { ppbToMass } from './ppbToMass.js';

const after = { date: '2024-01-01' };

// standards.md §10 test vectors and factor table.
describe('ppbToMass', () => {
  it('NO2 100 ppb → 188.0; O3 80 ppb → 157.0; SO2 10 ppb → 26.2 µg/m³; CO 1 ppm → 1.145 → 1.1 mg/m³ (298.15 K)', () => {
    expect(roundGbt8170(ppbToMass('no2', 100, after), 0.1)).toBe('188.0');
    expect(roundGbt8170(ppbToMass('o3', 80, after), 0.1)).toBe('157.0');
    expect(roundGbt8170(ppbToMass('so2', 10, after), 0.1)).toBe('26.2');
    expect(roundGbt8170(ppbToMass('co', 1, after), 0.001)).toBe('1.145');
    expect(roundGbt8170(ppbToMass('co', 1, after), 0.1)).toBe('1.1');
  });

  it('factors per ppb at 298.15 K and at 273 K (before 2018-09-01)', () => {
    const factor = (p: 'so2' | 'no2' | 'o3' | 'co' | 'no', date: string) => roundGbt8170(ppbToMass(p, 1, { date }), 0.0001);
    expect(['so2', 'no2', 'o3', 'co', 'no'].map((p) => factor(p as 'so2', '2018-09-01'))).toEqual(['2.6186', '1.8804', '1.9619', '1.1449', '1.2265']);
    expect(['so2', 'no2', 'o3', 'co', 'no'].map((p) => factor(p as 'so2', '2018-08-31'))).toEqual(['2.8599', '2.0537', '2.1426', '1.2504', '1.3395']);
  });

  it('refuses bad input', () => {
    expect(() => ppbToMass('nh3' as never, 1, after)).toThrow('pollutant 的值"nh3"无效');
    expect(() => ppbToMass('no2', -1, after)).toThrow('ratio 的值"-1"无效');
    expect(() => ppbToMass('no2', 1, { date: '2015-01-01' })).toThrow(StandardInputError);
  });
});
