import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../../standards/index.js';
import { seriesFileDays } from './seriesFileDays.js';

const DAILY = 'station,date,so2,no2,co,o3_8h,pm10,pm25';
const HOURLY = 'station,time,so2,no2,co,o3,pm10,pm25';

/** The error thrown by `fn`, to look at its field, value and row. */
function thrown(fn: () => unknown): StandardInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StandardInputError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('seriesFileDays', () => {
  it('reads published daily values with the optional AQI column, in date order', () => {
    const f = seriesFileDays(`${DAILY},aqi\n城市站,2024-01-02,8,30,0.8,60,70,52,72\n城市站,2024/1/1,9,31,0.9,61,71,,`);
    expect(f).toMatchObject({ origin: 'daily', station: '城市站' });
    expect(f.days.map((d) => [d.date, d.row, d.values.pm25, d.values.co, d.aqi])).toEqual([
      ['2024-01-01', 3, null, 0.9, null],
      ['2024-01-02', 2, 52, 0.8, 72],
    ]);
  });

  it('turns hourly values into daily values: 24 hours of PM2.5 10 and 20 → mean 15; CO 0.55 → 0.6 (GB/T 8170, 5 then 5: up to even 0.6)', () => {
    const rows = Array.from({ length: 24 }, (_, h) => `A,2024-03-01 ${String(h + 1).padStart(2, '0')}:00,5,20,0.55,40,50,${h < 12 ? 10 : 20}`);
    const f = seriesFileDays([HOURLY, ...rows].join('\n'));
    expect(f.origin).toBe('hourly');
    expect(f.days).toHaveLength(1);
    expect(f.days[0]).toMatchObject({ date: '2024-03-01', row: null, aqi: null, values: { pm25: 15, so2: 5, co: 0.6 } });
  });

  it('names row, column and value of bad input', () => {
    expect(thrown(() => seriesFileDays(`${DAILY},aqi\nA,2024-01-01,8,30,0.8,60,70,52,7x`))).toMatchObject({ field: 'aqi', value: '7x', row: 2 });
    expect(thrown(() => seriesFileDays(`${DAILY}\nA,2024-01-01,8,30,0.8,60,70,52.5`))).toMatchObject({ field: 'pm25', value: '52.5', row: 2 });
    expect(thrown(() => seriesFileDays(`${DAILY}\nA,2024-01-01,8,30,0.8,60,70,52\nB,2024-01-01,8,30,0.8,60,70,52`))).toMatchObject({ field: 'station', value: 'B', row: 3 });
    expect(thrown(() => seriesFileDays(`${DAILY}\nA,2023-12-31,8,30,0.8,60,70,52`, { year: 2024 }))).toMatchObject({ field: 'date', value: '2023-12-31', row: 2 });
    expect(thrown(() => seriesFileDays(`${HOURLY}\nA,2024-01-01 01:00,5,20,0.6,40,50,-1`))).toMatchObject({ field: 'pm25', value: '-1', row: 2 });
  });

  it('takes an end-labelled 00:00 of 1 January next year as the last hour of the year', () => {
    const hours = Array.from({ length: 23 }, (_, h) => `A,2024-12-31 ${String(h + 1).padStart(2, '0')}:00,5,20,0.6,40,50,30`);
    const f = seriesFileDays([HOURLY, ...hours, 'A,2025-01-01 00:00,5,20,0.6,40,50,30'].join('\n'), { year: 2024 });
    expect(f.days.map((d) => [d.date, d.values.pm25])).toEqual([['2024-12-31', 30]]);
  });
});
