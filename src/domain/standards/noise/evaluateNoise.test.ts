import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { evaluateNoise } from './evaluateNoise.js';

const date = '2024-05-01';

// standards.md §7 test vectors.
describe('evaluateNoise — vectors', () => {
  it('class 2 day 58.4 → compliant (60)', () => {
    const r = evaluateNoise({ date, zone: '2', period: 'day', leq: 58.4 });
    expect(r.exceeds).toBe(false);
    expect(r.items[0]).toMatchObject({ limit: '60', multiple: null });
  });

  it('class 1 night 47.2 → exceeds by 2.2', () => {
    expect(evaluateNoise({ date, zone: '1', period: 'night', leq: 47.2 }).items[0]).toMatchObject({ limit: '45', exceeds: true, multiple: '2.2' });
  });

  it('4a night 57 → +2; 4b night 58 → compliant (60)', () => {
    expect(evaluateNoise({ date, zone: '4a', period: 'night', leq: 57 }).items[0].multiple).toBe('2');
    expect(evaluateNoise({ date, zone: '4b', period: 'night', leq: 58 }).exceeds).toBe(false);
  });

  it('class 1 night L_max 62 → exceeds 45 + 15 = 60', () => {
    const r = evaluateNoise({ date, zone: '1', period: 'night', leq: 44, lmax: 62 });
    expect(r.items.map((i) => [i.item, i.limit, i.exceeds, i.multiple])).toEqual([
      ['leq', '45', false, null],
      ['lmax', '60', true, '2'],
    ]);
    expect(r.exceeds).toBe(true);
  });
});

describe('evaluateNoise — rules', () => {
  it.each([
    ['0', 50, 40],
    ['1', 55, 45],
    ['2', 60, 50],
    ['3', 65, 55],
    ['4a', 70, 55],
    ['4b', 70, 60],
  ] as const)('zone %s: day %i, night %i', (zone, day, night) => {
    expect(evaluateNoise({ date, zone, period: 'day', leq: 0 }).items[0].limit).toBe(String(day));
    expect(evaluateNoise({ date, zone, period: 'night', leq: 0 }).items[0].limit).toBe(String(night));
  });

  it('existing railway trunk line (§5.3): background 70 / 55', () => {
    expect(evaluateNoise({ date, zone: '4b', period: 'night', leq: 58, existingRailway: true }).items[0]).toMatchObject({ limit: '55', multiple: '3' });
  });

  it('a value equal to the limit complies', () => {
    expect(evaluateNoise({ date, zone: '3', period: 'day', leq: 65 }).exceeds).toBe(false);
  });
});

describe('evaluateNoise — bad input', () => {
  it('names the field and value', () => {
    expect(() => evaluateNoise({ date, zone: '5' as never, period: 'day', leq: 50 })).toThrow('zone 的值"5"无效');
    expect(() => evaluateNoise({ date, zone: '1', period: 'evening' as never, leq: 50 })).toThrow('period 的值"evening"无效');
    expect(() => evaluateNoise({ date, zone: '1', period: 'day', leq: Number.NaN })).toThrow('leq 的值"NaN"无效');
    expect(() => evaluateNoise({ date, zone: '1', period: 'day', leq: 50, lmax: 60 })).toThrow('lmax 的值"60"无效');
    expect(() => evaluateNoise({ date, zone: '1', period: 'day', leq: 50, existingRailway: true })).toThrow(StandardInputError);
    expect(() => evaluateNoise({ date: '2008-09-30', zone: '1', period: 'day', leq: 50 })).toThrow('date 的值"2008-09-30"无效');
  });
});
