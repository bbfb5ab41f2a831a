import { describe, expect, it } from 'vitest';
import { decodeCp, encodeCp } from './cp.js';
import type { Violation } from './violation.js';

describe('decodeCp', () => {
  it('reads parameters, DataTime and factor fields, values as written', () => {
    const out: Violation[] = [];
    expect(decodeCp('DataTime=20240315090000;RtdInterval=30;w01018-Avg=24.80,w01018-Flag=N', out)).toEqual({
      dataTime: { text: '20240315090000', format: 'yyyyMMddHHmmss', epochMs: Date.UTC(2024, 2, 15, 1) },
      factors: [{ code: 'w01018', fields: { Avg: '24.80', Flag: 'N' } }],
      params: { RtdInterval: '30' },
    });
    expect(out).toEqual([]);
  });

  it('joins the fields of one factor spread over groups', () => {
    expect(decodeCp('a21026-Rtd=1;a21002-Rtd=2;a21026-Flag=N', []).factors).toEqual([
      { code: 'a21026', fields: { Rtd: '1', Flag: 'N' } },
      { code: 'a21002', fields: { Rtd: '2' } },
    ]);
  });

  it('gives an empty CP for empty content, without violations', () => {
    const out: Violation[] = [];
    expect(decodeCp('', out)).toEqual({ dataTime: null, factors: [], params: {} });
    expect(out).toEqual([]);
  });

  it('keeps a value that contains "=" after the first one', () => {
    expect(decodeCp('i11001-Info=//a=b//', []).factors[0].fields.Info).toBe('//a=b//');
  });
});

describe('encodeCp', () => {
  it('writes DataTime, then parameters, then factors; null as ***', () => {
    expect(
      encodeCp({
        dataTime: { text: '20240315090000' },
        params: { PolId: 'w01018' },
        factors: [{ code: 'w01018', fields: { Rtd: null, Flag: 'D' } }],
      }),
    ).toBe('DataTime=20240315090000;PolId=w01018;w01018-Rtd=***,w01018-Flag=D');
  });

  it('writes nothing for an empty CP and skips factors without fields', () => {
    expect(encodeCp({})).toBe('');
    expect(encodeCp({ factors: [{ code: 'a21026', fields: {} }] })).toBe('');
  });

  it('round-trips through decodeCp', () => {
    const cp = { dataTime: null, factors: [{ code: 'LA', fields: { Rtd: '52.3', Flag: 'N' } }], params: { QnRtn: '1' } };
    expect(decodeCp(encodeCp(cp), [])).toEqual(cp);
  });

  it.each([['a;b'], ['a,b'], ['a&&b'], ['a\nb']])('refuses the value %j', (value) => {
    expect(() => encodeCp({ params: { Info: value } })).toThrow(RangeError);
  });
});
