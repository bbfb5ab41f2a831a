import { describe, expect, it } from 'vitest';
import { dailySeriesOfReadings } from './dailySeriesOfReadings.js';
import { hourlySeriesOfReadings, localDay } from './hourlySeriesOfReadings.js';
import { zoneClassOf } from './zoneClassOf.js';

const t = (local: string) => new Date(`${local}+08:00`);

describe('hourlySeriesOfReadings', () => {
  it('places each record at its local start hour and keeps only valid values', () => {
    const s = hourlySeriesOfReadings(
      [
        { dataTime: t('2024-01-01T00:00:00'), factors: { a34004: { avg: '35', valid: true }, a21005: { avg: '0.8', valid: true } } },
        { dataTime: t('2024-01-01T23:00:00'), factors: { a34004: { avg: '40', valid: false } } },
        { dataTime: t('2024-01-02T01:00:00'), factors: { a34004: { rtd: '41', valid: true } } },
        // Outside the two days: ignored.
        { dataTime: t('2023-12-31T23:00:00'), factors: { a34004: { avg: '99', valid: true } } },
      ],
      '2024-01-01',
      2,
    );
    expect(s.hourly.pm25.length).toBe(48);
    expect([s.hourly.pm25[0], s.hourly.co[0], s.hourly.pm25[23], s.hourly.pm25[25]]).toEqual([35, 0.8, null, 41]);
    expect(Array.from(s.hourly.pm25).filter((v) => v !== null)).toHaveLength(2);
  });

  it('gives the Asia/Shanghai day of a data time', () => {
    expect(localDay(new Date('2024-01-01T16:00:00Z'))).toBe('2024-01-02');
    expect(localDay(new Date('2024-01-01T15:59:59Z'))).toBe('2024-01-01');
  });
});

describe('dailySeriesOfReadings', () => {
  it('rounds each daily mean once by GB/T 8170 (35.5 → 36, 36.5 → 36, CO 0.85 → 0.8) and leaves O3 8-hour missing', () => {
    const s = dailySeriesOfReadings('A', [
      { dataTime: t('2024-01-02T00:00:00'), factors: { a34004: { avg: '36.5', valid: true } } },
      { dataTime: t('2024-01-01T00:00:00'), factors: { a34004: { avg: '35.5', valid: true }, a21005: { avg: '0.85', valid: true }, a05024: { avg: '80', valid: true } } },
    ]);
    expect(s.days.map((d) => [d.date, d.values.pm25, d.values.co, d.values.o3_8h])).toEqual([
      ['2024-01-01', 36, 0.8, null],
      ['2024-01-02', 36, null, null],
    ]);
  });
});

describe('zoneClassOf', () => {
  it('reads 一级 and 二级, and assumes 二级 with a note otherwise', () => {
    expect(zoneClassOf('一级')).toEqual({ zoneClass: 1, note: null });
    expect(zoneClassOf('二级')).toEqual({ zoneClass: 2, note: null });
    expect(zoneClassOf(null).zoneClass).toBe(2);
    expect(zoneClassOf('三级').note).toContain('无法识别');
  });
});
