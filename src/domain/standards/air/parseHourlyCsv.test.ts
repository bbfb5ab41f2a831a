import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { parseHourlyCsv } from './parseHourlyCsv.js';

const HEADER = 'station,time,so2,no2,co,o3,pm10,pm25';

describe('parseHourlyCsv', () => {
  it('end-labelled (default): 01:00 is the first hour of the day, 24:00 / next 00:00 the last', () => {
    const [s] = parseHourlyCsv([HEADER, 'A,2024-01-01 01:00,5,20,0.6,40,50,30', 'A,2024-01-02 00:00,6,21,0.7,41,51,31'].join('\n'));
    expect(s.station).toBe('A');
    expect(s.firstDay).toBe('2024-01-01');
    expect(s.hourly.pm25).toHaveLength(24);
    expect([s.hourly.pm25[0], s.hourly.pm25[23], s.hourly.pm25[5]]).toEqual([30, 31, null]);
    const [t] = parseHourlyCsv(`${HEADER}\nA,2024-01-01 24:00,1,1,1,1,1,1`);
    expect([t.firstDay, t.hourly.so2[23]]).toEqual(['2024-01-01', 1]);
  });

  it('start-labelled: 00:00 is the first hour', () => {
    const [s] = parseHourlyCsv(`${HEADER}\nA,2024-01-01 00:00,5,20,0.6,40,50,30`, { hourLabel: 'start' });
    expect([s.firstDay, s.hourly.co[0]]).toEqual(['2024-01-01', 0.6]);
  });

  it('Chinese headers in any order, BOM, CRLF, quotes, several stations, missing markers', () => {
    const text = '\uFEFF时间,站点,PM2.5,PM10,SO2,NO2,CO,O3\r\n2024-03-01 01:00,"园区, 东",NA,,—,/,-,1\r\n2024-03-02 01:00,B,1,2,3,4,5,6\r\n';
    const [east, b] = parseHourlyCsv(text);
    expect(east.station).toBe('园区, 东');
    expect([east.hourly.pm25[0], east.hourly.pm10[0], east.hourly.so2[0], east.hourly.o3[0]]).toEqual([null, null, null, 1]);
    expect([b.station, b.firstDay, b.hourly.o3[0]]).toEqual(['B', '2024-03-02', 6]);
  });

  it('a series spans whole days between its first and last rows', () => {
    const [s] = parseHourlyCsv([HEADER, 'A,2024-02-28 05:00,1,1,1,1,1,1', 'A,2024-03-01 05:00,1,1,1,1,1,1'].join('\n'));
    expect(s.hourly.pm25).toHaveLength(72); // 28, 29 (leap day), 1 March
  });
});

describe('parseHourlyCsv — bad input names row, column and value', () => {
  it.each([
    [`${HEADER}\nA,2024-01-01 01:00,5,20,-0.6,40,50,30`, '第2行 co 的值"-0.6"无效'],
    [`${HEADER}\nA,2024-01-01 01:00,5,20,abc,40,50,30`, '第2行 co 的值"abc"无效'],
    [`${HEADER}\nA,2024-01-01 01:30,5,20,1,40,50,30`, '第2行 time 的值"2024-01-01 01:30"无效'],
    [`${HEADER}\nA,2024-02-30 01:00,5,20,1,40,50,30`, '第2行 time 的值"2024-02-30 01:00"无效'],
    [`${HEADER}\n,2024-01-01 01:00,5,20,1,40,50,30`, '第2行 station 的值""无效'],
    [`${HEADER}\nA,2024-01-01 01:00,1,1,1,1,1,1\nA,2024-01-01 01:00,1,1,1,1,1,1`, '第3行 time 的值"A 2024-01-01 00:00"无效，应为每个站点每小时一行（与第2行重复）'],
    ['station,time,so2,no2,co,o3,pm10', '第1行 表头 的值'],
    [`${HEADER},nox`, '第1行 第9列 的值"nox"无效'],
    [HEADER, '应为至少一行数据'],
  ])('%#', (text, message) => {
    expect(() => parseHourlyCsv(text)).toThrow(StandardInputError);
    expect(() => parseHourlyCsv(text)).toThrow(message);
  });
});
