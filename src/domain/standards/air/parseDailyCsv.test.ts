import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../StandardInputError.js';
import { parseDailyCsv } from './parseDailyCsv.js';

const HEADER = 'station,date,so2,no2,co,o3_8h,pm10,pm25';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

/** The error a file gets, or fails the test when it is accepted. */
function refusal(text: string): StandardInputError {
  try {
    parseDailyCsv(text);
  } catch (e) {
    if (e instanceof StandardInputError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('parseDailyCsv', () => {
  it('reads two stations, missing cells as null, days in date order', () => {
    const s = parseDailyCsv(`\uFEFF${csv('A,2024-01-02,8,30,0.8,,60,35', 'B,2024-01-01,5,20,1,90,NA,28', 'A,2024-01-01,9,31,1.2,100,62,36')}\n`);
    expect(s.map((x) => x.station)).toEqual(['A', 'B']);
    expect(s[0].days.map((d) => [d.date, d.row])).toEqual([
      ['2024-01-01', 4],
      ['2024-01-02', 2],
    ]);
    expect(s[0].days[1].values).toEqual({ so2: 8, no2: 30, co: 0.8, o3_8h: null, pm10: 60, pm25: 35, o3_1h: null });
    expect(s[1].days[0].values).toMatchObject({ co: 1, pm10: null });
    expect(s[0].hasO3Max1h).toBe(false);
  });

  it('columns in any order, Chinese names, pm2.5, o3-8h, the optional o3_1h, dates with slashes, CRLF', () => {
    const s = parseDailyCsv('日期,站点,pm2.5,pm10,o3-8h,co,no2,so2,o3_1h\r\n2024/2/29,城区站,35,60,100,0.8,30,8,180\r\n');
    expect(s[0]).toMatchObject({ station: '城区站', hasO3Max1h: true, days: [{ date: '2024-02-29', values: { pm25: 35, o3_8h: 100, o3_1h: 180 } }] });
  });

  it('a bad cell of each kind: the error names row, column and value, and nothing is returned', () => {
    const cases: [string, string][] = [
      [csv('A,2024-01-01,8,30,0.8,100,60,35.5'), '第2行 pm25 的值"35.5"无效，应为非负整数'],
      [csv('A,2024-01-01,8,30,0.8,100,60,35', 'A,2024-01-02,8,-3,0.8,100,60,35'), '第3行 no2 的值"-3"无效'],
      [csv('A,2024-01-01,abc,30,0.8,100,60,35'), '第2行 so2 的值"abc"无效'],
      [csv('A,2024-01-01,8,30,0.85,100,60,35'), '第2行 co 的值"0.85"无效，应为非负数，最多1位小数'],
      [csv('A,2024-01-01,8,30,0.8,1e2,60,35'), '第2行 o3_8h 的值"1e2"无效'],
      [csv('A,2024-01-01,8,30,0.8,100,60'), '第2行 列数 的值"7"无效，应为与表头相同的 8 列'],
      [csv(',2024-01-01,8,30,0.8,100,60,35'), '第2行 station 的值""无效'],
    ];
    for (const [text, message] of cases) expect(refusal(text).message).toContain(message);
  });

  it('a repeated station-day names both rows', () => {
    const e = refusal(csv('A,2024-01-01,8,30,0.8,100,60,35', 'B,2024-01-01,8,30,0.8,100,60,35', 'A,2024-01-01,9,30,0.8,100,60,35'));
    expect(e.message).toBe('第4行 date 的值"A 2024-01-01"无效，应为每个站点每日一行（与第2行重复）');
    expect([e.row, e.field]).toEqual([4, 'date']);
  });

  it('bad dates: not a calendar day (2023-02-29, 2024-13-01), a time, text', () => {
    expect(refusal(csv('A,2023-02-29,8,30,0.8,100,60,35')).message).toBe('第2行 date 的值"2023-02-29"无效，应为日期 YYYY-MM-DD');
    expect(refusal(csv('A,2024-13-01,8,30,0.8,100,60,35')).message).toContain('第2行 date 的值"2024-13-01"');
    expect(refusal(csv('A,2024-01-01 00:00,8,30,0.8,100,60,35')).message).toContain('第2行 date 的值"2024-01-01 00:00"');
    expect(refusal(csv('A,昨天,8,30,0.8,100,60,35')).message).toContain('第2行 date 的值"昨天"');
  });

  it('the header: a missing column, an unknown column, a repeated column; a file without data', () => {
    expect(refusal('station,date,so2,no2,co,o3_8h,pm10\nA,2024-01-01,8,30,0.8,100,60').message).toBe(
      '第1行 表头 的值"station,date,so2,no2,co,o3_8h,pm10"无效，应为包含 pm25 列（station,date,so2,no2,co,o3_8h,pm10,pm25）',
    );
    expect(refusal(`${HEADER},tsp\nA,2024-01-01,8,30,0.8,100,60,35,90`).message).toContain('第1行 表头第9列 的值"tsp"无效');
    expect(refusal(`${HEADER},pm2.5\nA,2024-01-01,8,30,0.8,100,60,35,35`).message).toContain('不重复的列名（与第8列重复）');
    expect(refusal(`${HEADER}\n\n`).message).toContain('至少一行数据');
  });
});
