import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsv } from './parseCsv.js';

describe('parseCsv', () => {
  it('splits rows and cells, quoted cells with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b,c"\r\n1,"say ""hi"""\n"x\ny",2\n')).toEqual([
      ['a', 'b,c'],
      ['1', 'say "hi"'],
      ['x\ny', '2'],
    ]);
  });
  it('drops a BOM, keeps empty cells and empty lines (the reader skips those)', () => {
    expect(parseCsv('\uFEFF点位,结果\nA,\n\nB,1')).toEqual([['点位', '结果'], ['A', ''], [''], ['B', '1']]);
  });
  it('reads tab-separated text', () => {
    expect(parseCsv('点位\t结果\nA\t1')).toEqual([
      ['点位', '结果'],
      ['A', '1'],
    ]);
  });
  it('empty text has no rows', () => expect(parseCsv('')).toEqual([]));
});

describe('decodeCsvBytes', () => {
  it('UTF-8 with a BOM', () => expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('点位')]))).toBe('点位'));
  it('GB18030 (Excel on a Chinese Windows) when not UTF-8', () => expect(decodeCsvBytes(new Uint8Array([0xb5, 0xe3, 0xce, 0xbb]))).toBe('点位'));
});
