import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { dailyMean } from './dailyMean.js';

const hours = (valid: number, value = 40) => [...Array(valid).fill(value), ...Array(24 - valid).fill(null)];

// standards.md §2.6 validity vectors.
describe('dailyMean — GB 3095 表4: at least 20 hourly values', () => {
  it('19 valid hours → invalid; 20 → valid, the mean of the 20', () => {
    expect(dailyMean(hours(19), { pollutant: 'pm25' })).toMatchObject({ validHours: 19, valid: false, value: null });
    const twenty = [...Array(10).fill(30), ...Array(10).fill(41), ...Array(4).fill(null)];
    expect(dailyMean(twenty, { pollutant: 'pm25' })).toMatchObject({ validHours: 20, valid: true, value: '36' }); // 35.5 → 36
    expect(dailyMean(twenty, { pollutant: 'pm25' }).exact?.toString()).toBe('35.5');
  });

  it('rounds the mean by GB/T 8170: 74.5 → 74, 75.5 → 76; CO 2.25 → 2.2, 2.35 → 2.4', () => {
    const half = (a: number, b: number) => [...Array(12).fill(a), ...Array(12).fill(b)];
    expect(dailyMean(half(74, 75), { pollutant: 'pm25' }).value).toBe('74');
    expect(dailyMean(half(75, 76), { pollutant: 'pm25' }).value).toBe('76');
    expect(dailyMean(half(2.2, 2.3), { pollutant: 'co' }).value).toBe('2.2');
    expect(dailyMean(half(2.3, 2.4), { pollutant: 'co' }).value).toBe('2.4');
  });

  it('keeps the exact mean when invalid', () => {
    expect(dailyMean(hours(3, 10), { pollutant: 'so2' }).exact?.toString()).toBe('10');
    expect(dailyMean(hours(0), { pollutant: 'so2' }).exact).toBeNull();
  });

  it('is exact where float summation is not (0.1 × 24 hours of CO)', () => {
    expect(dailyMean(Array(24).fill(0.15), { pollutant: 'co' }).value).toBe('0.2'); // 0.15 → half-even → 0.2
    expect(dailyMean(Array(24).fill(0.25), { pollutant: 'co' }).value).toBe('0.2');
  });
});

describe('dailyMean — bad input', () => {
  it('refuses NaN, negative, undefined and too many decimals, naming the hour', () => {
    const bad = hours(24);
    bad[5] = Number.NaN;
    expect(() => dailyMean(bad, { pollutant: 'pm25' })).toThrow('hourly[5] 的值"NaN"无效');
    bad[5] = -1;
    expect(() => dailyMean(bad, { pollutant: 'pm25' })).toThrow('hourly[5] 的值"-1"无效');
    bad[5] = 1.0000001;
    expect(() => dailyMean(bad, { pollutant: 'pm25' })).toThrow(StandardInputError);
    expect(() => dailyMean([...hours(24).slice(0, 23), undefined] as never, { pollutant: 'pm25' })).toThrow('hourly[23]');
  });

  it('needs 24 entries and a known pollutant', () => {
    expect(() => dailyMean(hours(20).slice(1), { pollutant: 'pm25' })).toThrow('hourly 的值"23"无效，应为24 个小时值');
    expect(() => dailyMean(hours(20), { pollutant: 'o2' as never })).toThrow('pollutant 的值"o2"无效');
  });
});
