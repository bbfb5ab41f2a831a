import { describe, expect, it } from 'vitest';
import { parseHj212Time } from './time.js';
import { cst } from './vectors.js';

describe('parseHj212Time', () => {
  it('reads 14-digit DataTime as China Standard Time', () => {
    expect(parseHj212Time('20240315090000')).toEqual({ text: '20240315090000', format: 'yyyyMMddHHmmss', epochMs: Date.UTC(2024, 2, 15, 1, 0, 0) });
  });

  it('reads 17-digit QN with milliseconds (the standard example)', () => {
    expect(parseHj212Time('20160801085857223')).toEqual({
      text: '20160801085857223',
      format: 'yyyyMMddHHmmssSSS',
      epochMs: Date.parse('2016-08-01T08:58:57.223+08:00'),
    });
  });

  it('reads a 13-digit QN as epoch milliseconds', () => {
    expect(parseHj212Time('1710468930123')).toEqual({ text: '1710468930123', format: 'epochMs', epochMs: 1710468930123 });
  });

  it('crosses midnight, month and year ends like Date.UTC does', () => {
    expect(parseHj212Time('20240101000000')?.epochMs).toBe(cst(2024, 1, 1, 0, 0, 0));
    expect(parseHj212Time('20231231235959999')?.epochMs).toBe(cst(2023, 12, 31, 23, 59, 59, 999));
    expect(parseHj212Time('20240229120000')?.epochMs).toBe(cst(2024, 2, 29, 12, 0, 0));
    expect(parseHj212Time('20000229120000')?.epochMs).toBe(cst(2000, 2, 29, 12, 0, 0));
  });

  it.each([
    '20230229120000', // not a leap year
    '21000229120000', // not a leap year (century)
    '19691231235959', // before 1970
    '20241301000000', // month 13
    '20240400000000', // day 0
    '20240431000000', // 31 April
    '20240315240000', // hour 24
    '20240315106000', // minute 60
    '20240315100060', // second 60
    '202403150900', // 12 digits
    '171046893012x', // 13 characters, not all digits
    '2024-03-15 09:00:00',
    '2024031509000x',
    '',
  ])('rejects %j', (text) => {
    expect(parseHj212Time(text)).toBeNull();
  });
});
