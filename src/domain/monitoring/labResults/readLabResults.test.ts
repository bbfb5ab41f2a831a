import { describe, expect, it } from 'vitest';
import { LabResultsError, type LabResultIssue } from './labResultsError.js';
import { parseCsv } from './parseCsv.js';
import { columnLetter, readLabResults, type LabSheet } from './readLabResults.js';

const HEADER = '点位,采样日期,监测项目,监测结果,单位,检出限';
const csv = (...lines: string[]): LabSheet[] => [{ rows: parseCsv([HEADER, ...lines].join('\n')) }];

/** The issues a refused file gives; fails when the file is read. */
function issuesOf(fn: () => unknown): LabResultIssue[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(LabResultsError);
    return [...(e as LabResultsError).issues];
  }
  return expect.unreachable('the file was read');
}

describe('readLabResults: rows of a lab report into results', () => {
  it('reads points, dates, items, values and units as written (no standard)', () => {
    const rs = readLabResults('a.csv', csv('W1,2024/5/10,NH₃-N,０．６２,mg/l,0.025', 'W1,2024-05-10,总磷,ND,mg/L,0.01', 'W2,2024年5月11日,DO,—,mg/L,'));
    expect(rs.map((r) => [r.row, r.point, r.date, r.item.id, r.value, r.unit])).toEqual([
      [2, 'W1', '2024-05-10', 'NH3-N', { kind: 'number', value: '0.62' }, 'mg/L'],
      [3, 'W1', '2024-05-10', 'TP', { kind: 'belowDetection', limit: '0.01' }, 'mg/L'],
      [4, 'W2', '2024-05-11', 'DO', { kind: 'notMeasured' }, 'mg/L'],
    ]);
    expect(rs[0]).toMatchObject({ file: 'a.csv', itemText: 'NH₃-N', valueText: '０．６２', unitText: 'mg/l' });
  });

  it('with a standard, converts to the unit of its table (µg/L → mg/L for GB 3838; mg/L → µg/L for GB/T 14848 organics)', () => {
    const gb3838 = readLabResults('a.csv', csv('W1,2024-05-10,总磷,150,μg/L,', 'W1,2024-05-10,石油类,<10,ug/L,'), { standard: 'GB3838' });
    expect(gb3838.map((r) => [r.value, r.unit])).toEqual([
      [{ kind: 'number', value: '0.15' }, 'mg/L'],
      [{ kind: 'belowDetection', limit: '0.01' }, 'mg/L'],
    ]);
    const gb14848 = readLabResults('a.csv', csv('G1,2024-05-10,苯,0.0012,mg/L,'), { standard: 'GB14848' });
    expect(gb14848[0].value).toEqual({ kind: 'number', value: '1.2' });
    expect(gb14848[0].unit).toBe('µg/L');
  });

  it('finds the header below a title, in any column order and by its variants; skips empty rows', () => {
    const rows = parseCsv(['某园区2024年地表水监测报告', '', '检测结果,计量单位,检测项目,监测断面,采样时间,方法检出限', '18,mg/L,COD,S1,2024-05-10,4', ',,,,,', '0.62,mg/L,氨氮,S1,2024-05-10,'].join('\n'));
    const rs = readLabResults('b.csv', [{ rows }]);
    expect(rs.map((r) => [r.row, r.point, r.item.id, r.value])).toEqual([
      [4, 'S1', 'COD', { kind: 'number', value: '18' }],
      [6, 'S1', 'NH3-N', { kind: 'number', value: '0.62' }],
    ]);
  });

  it('takes the unit from the result header when there is no unit column: 监测结果（mg/L）', () => {
    const rows = parseCsv('点位,采样日期,监测项目,监测结果（µg/L）\nW1,2024-05-10,总磷,150');
    expect(readLabResults('c.csv', [{ rows }], { standard: 'GB3838' })[0].value).toEqual({ kind: 'number', value: '0.15' });
  });

  it('reads every sheet of a workbook with the header and skips a notes sheet', () => {
    const sheets: LabSheet[] = [
      { name: '说明', rows: [['本报告仅对来样负责']] },
      { name: '地表水', rows: parseCsv(`${HEADER}\nW1,2024-05-10,COD,18,mg/L,4`) },
      { name: '空表', rows: [] },
    ];
    const rs = readLabResults('d.xlsx', sheets);
    expect(rs.map((r) => [r.sheet, r.row, r.item.id])).toEqual([['地表水', 2, 'COD']]);
  });
});

describe('readLabResults: all or nothing — each issue names file, row, column, value and what was expected', () => {
  it('an unknown item, with near names', () => {
    const issues = issuesOf(() => readLabResults('a.csv', csv('W1,2024-05-10,COD,18,mg/L,', 'W1,2024-05-10,氨氨,0.5,mg/L,')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'a.csv', row: 3, column: 'C（监测项目）', value: '氨氨' });
    // 氨 (ambient air) contains it, 氨氮 is one edit away: both are offered.
    expect(issues[0].expected).toContain('相近的有：氨、氨氮');
  });

  it('a unit that cannot be converted names the unit', () => {
    const issues = issuesOf(() => readLabResults('a.csv', csv('W1,2024-05-10,氨氮,0.5,mg/kg,'), { standard: 'GB3838' }));
    expect(issues).toEqual([{ file: 'a.csv', row: 2, column: 'E（单位）', value: 'mg/kg', expected: expect.stringContaining('可换算为 mg/L 的单位') }]);
  });

  it('an unknown unit without a standard', () => {
    const issues = issuesOf(() => readLabResults('a.csv', csv('W1,2024-05-10,氨氮,0.5,ppm,')));
    expect(issues[0]).toMatchObject({ row: 2, column: 'E（单位）', value: 'ppm' });
  });

  it('a value that is not a number', () => {
    const issues = issuesOf(() => readLabResults('a.csv', csv('W1,2024-05-10,氨氮,0.5O,mg/L,')));
    expect(issues).toEqual([{ file: 'a.csv', row: 2, column: 'D（监测结果）', value: '0.5O', expected: expect.stringContaining('非负数值') }]);
  });

  it('a detection limit that is not a number', () => {
    const issues = issuesOf(() => readLabResults('a.csv', csv('W1,2024-05-10,氨氮,ND,mg/L,低')));
    expect(issues[0]).toMatchObject({ row: 2, column: 'F（检出限）', value: '低' });
  });

  it('a date that does not exist', () => {
    const issues = issuesOf(() => readLabResults('a.csv', csv('W1,2024-02-30,氨氮,0.5,mg/L,')));
    expect(issues).toEqual([{ file: 'a.csv', row: 2, column: 'B（采样日期）', value: '2024-02-30', expected: expect.stringContaining('存在的采样日期') }]);
  });

  it('a missing column names it, on the header row', () => {
    const issues = issuesOf(() => readLabResults('a.csv', [{ rows: parseCsv('点位,采样日期,监测项目,单位\nW1,2024-05-10,氨氮,mg/L') }]));
    expect(issues).toEqual([{ file: 'a.csv', row: 1, column: '监测结果', expected: expect.stringContaining('"监测结果"列') }]);
  });

  it('no header at all', () => {
    const issues = issuesOf(() => readLabResults('a.csv', [{ rows: parseCsv('W1,2024-05-10,氨氮,0.5') }]));
    expect(issues[0]).toMatchObject({ file: 'a.csv', row: 1, column: '表头' });
  });

  it('an empty file, and a header without rows', () => {
    expect(issuesOf(() => readLabResults('empty.csv', [{ rows: parseCsv('') }]))).toEqual([{ file: 'empty.csv', value: '', expected: expect.stringContaining('非空的监测结果表') }]);
    expect(issuesOf(() => readLabResults('h.csv', csv()))[0]).toMatchObject({ file: 'h.csv', row: 2, expected: '表头下至少一行监测结果' });
  });

  it('a missing point, and one point-date-item twice', () => {
    const issues = issuesOf(() => readLabResults('a.csv', csv(',2024-05-10,氨氮,0.5,mg/L,', 'W1,2024-05-10,氨氮,0.5,mg/L,', 'W1,2024-05-10,NH3-N,0.6,mg/L,')));
    expect(issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [2, 'A（点位）', ''],
      [4, 'C（监测项目）', 'NH3-N'],
    ]);
    expect(issues[1].expected).toContain('与第3行重复');
  });

  it('collects every bad cell of every sheet and returns nothing', () => {
    const sheets: LabSheet[] = [
      { name: '水', rows: parseCsv(`${HEADER}\nW1,2024-05-10,氨氮,abc,mg/L,\nW1,2024-13-01,COD,18,mg/L,`) },
      { name: '土', rows: parseCsv(`${HEADER}\nS1,2024-05-10,镉,0.2,mg/kg,\nS1,2024-05-10,未知物,1,mg/kg,`) },
    ];
    const issues = issuesOf(() => readLabResults('e.xlsx', sheets));
    expect(issues.map((i) => [i.sheet, i.row, i.column])).toEqual([
      ['水', 2, 'D（监测结果）'],
      ['水', 3, 'B（采样日期）'],
      ['土', 3, 'C（监测项目）'],
    ]);
  });
});

describe('duplicates across sheets', () => {
  it('name the other sheet', () => {
    const sheets: LabSheet[] = [
      { name: '一期', rows: parseCsv(`${HEADER}\nW1,2024-05-10,COD,18,mg/L,`) },
      { name: '二期', rows: parseCsv(`${HEADER}\nW1,2024-05-10,化学需氧量,19,mg/L,`) },
    ];
    const issues = issuesOf(() => readLabResults('d.xlsx', sheets));
    expect(issues).toEqual([{ file: 'd.xlsx', sheet: '二期', row: 2, column: 'C（监测项目）', value: '化学需氧量', expected: expect.stringContaining('与工作表"一期"第2行重复') }]);
  });
});

describe('columnLetter', () => {
  it('A, Z, AA, AZ', () => expect([0, 25, 26, 51].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ']));
});

describe('readLabResults: merged point and date cells of a workbook (fillDownMerged)', () => {
  const sheet: LabSheet = {
    name: '地表水',
    rows: [
      ['点位', '采样日期', '监测项目', '监测结果', '单位', '检出限'],
      ['W1', '2024-05-10', 'COD', '18', 'mg/L', ''],
      ['', '', '氨氮', '0.62', 'mg/L', ''],
      ['', '', '总磷', '0.1', 'mg/L', ''],
      ['W2', '2024-05-11', 'COD', '12', 'mg/L', ''],
    ],
  };

  it('an empty point or date takes the row above’s, and says from which row', () => {
    const rs = readLabResults('m.xlsx', [sheet], { fillDownMerged: true });
    expect(rs.map((r) => [r.row, r.point, r.date, r.item.id])).toEqual([
      [2, 'W1', '2024-05-10', 'COD'],
      [3, 'W1', '2024-05-10', 'NH3-N'],
      [4, 'W1', '2024-05-10', 'TP'],
      [5, 'W2', '2024-05-11', 'COD'],
    ]);
    expect(rs[2].filledDown).toEqual([
      { column: '点位', fromRow: 2, value: 'W1' },
      { column: '采样日期', fromRow: 2, value: '2024-05-10' },
    ]);
    expect(rs[0].filledDown).toBeUndefined();
  });

  it('without it (CSV), an empty point is an error; the first data row never takes one', () => {
    expect(() => readLabResults('m.csv', [sheet])).toThrow(LabResultsError);
    const first: LabSheet = { rows: [sheet.rows[0], ['', '2024-05-10', 'COD', '18', 'mg/L', '']] };
    expect(issuesOf(() => readLabResults('m.xlsx', [first], { fillDownMerged: true }))[0]).toMatchObject({ row: 2, column: 'A（点位）' });
  });
});
