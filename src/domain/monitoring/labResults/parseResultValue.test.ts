import { describe, expect, it } from 'vitest';
import { LabCellError } from './labResultsError.js';
import { parseDetectionLimit, parseResultValue } from './parseResultValue.js';

const num = (value: string) => ({ kind: 'number', value });
const below = (limit: string | null) => ({ kind: 'belowDetection', limit });
const notMeasured = { kind: 'notMeasured' };

describe('parseResultValue: every notation of hand-typed lab sheets', () => {
  it.each([
    ['0.62', num('0.62')],
    ['18', num('18')],
    ['.5', num('0.5')],
    ['0.050', num('0.05')],
    ['1.2E-3', num('0.0012')],
    ['5e-5', num('0.00005')],
    ['12,000', num('12000')],
    [' 2.5 ', num('2.5')],
  ])('number %s', (cell, expected) => expect(parseResultValue(cell)).toEqual(expected));

  it('keeps decimals exact (never a float): 0.1 and 0.30000000000000004 stay as written', () => {
    expect(parseResultValue('0.1')).toEqual(num('0.1'));
    expect(parseResultValue('0.30000000000000004')).toEqual(num('0.30000000000000004'));
  });

  it.each([
    ['０．０１', num('0.01')],
    ['１２', num('12')],
    ['＜０．０１', below('0.01')],
    ['０．０１Ｌ', below('0.01')],
    ['ＮＤ', below(null)],
    ['0.01L', below('0.01')],
  ])('full-width %s', (cell, expected) => expect(parseResultValue(cell)).toEqual(expected));

  it.each([
    ['ND', '', below(null)],
    ['nd', '', below(null)],
    ['N.D.', '', below(null)],
    ['未检出', '', below(null)],
    ['<DL', '', below(null)],
    ['ND', '0.02', below('0.02')],
    ['未检出', '0.025', below('0.025')],
    ['ND(0.01)', '', below('0.01')],
    ['未检出（<0.01）', '', below('0.01')],
    ['<0.01', '', below('0.01')],
    ['< 0.01', '', below('0.01')],
    ['0.01L', '', below('0.01')],
    ['0.01l', '', below('0.01')],
    ['0.01L', '0.01', below('0.01')],
    ['0.01L', '0.010', below('0.01')],
  ])('below detection: %s (limit column "%s")', (cell, dl, expected) => expect(parseResultValue(cell, dl)).toEqual(expected));

  it.each(['', '   ', '—', '——', '-', '－', '/', '／', '未测', '未监测', '缺测', 'NA', 'N/A'])('not measured: "%s"', (cell) =>
    expect(parseResultValue(cell)).toEqual(notMeasured),
  );

  it.each(['abc', '-0.5', '1.2.3', '<', '<abc', 'L', 'mg/L', '0.5mg/L', '>2400', '1,20', '约0.5'])('refuses "%s", naming it', (cell) => {
    expect(() => parseResultValue(cell)).toThrow(LabCellError);
    try {
      parseResultValue(cell);
    } catch (e) {
      expect((e as LabCellError).value).toBe(cell);
      expect((e as LabCellError).expected).toContain('非负数值');
    }
  });

  it('refuses a limit in the cell that disagrees with the detection-limit column', () => {
    expect(() => parseResultValue('<0.01', '0.02')).toThrow('与检出限列（0.02）一致的检出限');
  });
});

describe('parseDetectionLimit', () => {
  it.each([
    ['0.01', '0.01'],
    ['０．０２５', '0.025'],
    ['0.01L', '0.01'],
    ['<0.004', '0.004'],
    ['', null],
    ['/', null],
  ])('"%s" → %s', (cell, expected) => expect(parseDetectionLimit(cell)).toBe(expected));

  it('refuses text', () => expect(() => parseDetectionLimit('低')).toThrow('检出限（非负数值）或空白'));
});
