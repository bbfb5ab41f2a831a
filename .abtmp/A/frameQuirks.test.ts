import { describe, expect, it } from 'vitest';
import { decodeFrame } from './frame.js';
import { naiveFrame as framed } from './naiveCrc.js';
import { QUIRK_VECTORS } from './vectors.js';
import type { ViolationCode } from './violation.js';

const codes = (text: string) => decodeFrame(text).violations.map((v) => v.code);

describe('quirk vectors (hj212.md §1.3)', () => {
  describe.each(QUIRK_VECTORS.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    it(`lenient: ${v.violations.join(', ') || 'no violation'}`, () => {
      const { frame, violations } = decodeFrame(v.text, { mode: 'lenient' });
      expect(violations.map((x) => x.code)).toEqual(v.violations);
      if (v.frame === null) expect(frame).toBeNull();
      else expect(frame).toMatchObject(v.frame);
    });

    it('strict: a frame exactly when no violation is an error', () => {
      const { frame, violations } = decodeFrame(v.text, { mode: 'strict' });
      expect(violations.map((x) => x.code)).toEqual(v.violations);
      expect(frame === null).toBe(v.frame === null || violations.some((x) => x.severity === 'error'));
    });

    it('every violation names its field in Chinese and carries what was received', () => {
      for (const x of decodeFrame(v.text).violations) {
        expect(x.message).toMatch(/[\u4e00-\u9fff]/);
        expect(x.message).toContain(`字段 ${x.field}`);
        if (x.actual !== undefined && x.actual !== '') expect(x.message).toContain(x.actual);
      }
    });
  });
});

describe('precise diagnostics (hj212.md §1.5 #6)', () => {
  it('a wrong length field names the field, the expected and the actual value', () => {
    const [v] = decodeFrame(QUIRK_VECTORS.find((q) => q.name === 'wrong length field')!.text).violations;
    expect(v).toEqual({
      code: 'LENGTH_MISMATCH',
      severity: 'error',
      field: 'length',
      expected: '0101',
      actual: '0100',
      message: '数据段实际长度与长度字段不符：字段 length，期望 0101，实际 0100',
    });
  });

  it('a CRC error names the expected CRC and the variant the device used', () => {
    const [v] = decodeFrame(QUIRK_VECTORS[0].text).violations;
    expect(v).toMatchObject({ code: 'CRC_MODBUS_SWAPPED', field: 'CRC', expected: '1C80', actual: '5907' });
  });
});

describe('further deviations', () => {
  const STD = 'QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;';
  const UPLOAD = 'QN=20240315101530000;ST=22;CN=2011;PW=123456;MN=430426A2024AQ00000000001;Flag=4;';

  it.each<[string, string, ViolationCode[]]>([
    ['no CRC', `##0101${STD}CP=&&RtdInterval=30&&\r\n`, ['CRC_MISSING']],
    ['no CP', framed(STD.slice(0, -1)), ['CP_MISSING']],
    ['CP without &&', framed(`${STD}CP=RtdInterval=30`), ['CP_NOT_CLOSED']],
    ['CP without closing &&', framed(`${STD}CP=&&RtdInterval=30`), ['CP_NOT_CLOSED']],
    ['text after CP', framed(`${STD.replace('Flag=5;', '')}CP=&&RtdInterval=30&&;Flag=5`), ['TEXT_AFTER_CP']],
    ['a header item without =', framed(`${STD}X;CP=&&RtdInterval=30&&`), ['ITEM_SYNTAX']],
    ['an unknown header field', framed(`${STD}Ver=2;CP=&&RtdInterval=30&&`), ['UNKNOWN_HEADER_FIELD']],
    ['a duplicated header field', framed(`${STD}ST=31;CP=&&RtdInterval=30&&`), ['DUPLICATE_FIELD']],
    ['spaces around a value', framed(`${STD.replace('ST=32', 'ST= 32 ')}CP=&&RtdInterval=30&&`), ['WHITESPACE']],
    ['an empty header item', framed(`${STD};CP=&&RtdInterval=30&&`), ['EMPTY_ITEM']],
    ['QN that is not a time', framed(`${STD.replace('20160801085857223', '20161301085857223')}CP=&&RtdInterval=30&&`), ['QN_INVALID']],
    ['QN with 14 digits', framed(`${STD.replace('20160801085857223', '20160801085857')}CP=&&RtdInterval=30&&`), ['QN_FORMAT']],
    ['no ST, CN, PW, MN', framed('QN=20160801085857223;Flag=4;CP=&&&&'), ['ST_MISSING', 'CN_MISSING', 'PW_MISSING', 'MN_MISSING']],
    ['Flag not a number', framed(`${STD.replace('Flag=5', 'Flag=A')}CP=&&RtdInterval=30&&`), ['FLAG_INVALID']],
    ['PNO without PNUM', framed(`${STD.replace('Flag=5', 'Flag=7')}PNO=1;CP=&&RtdInterval=30&&`), ['PACKET_NUMBER_INVALID', 'PACKET_FLAG_MISMATCH']],
    ['PNO above PNUM', framed(`${STD.replace('Flag=5', 'Flag=7')}PNUM=2;PNO=3;CP=&&RtdInterval=30&&`), ['PACKET_NUMBER_INVALID', 'PACKET_FLAG_MISMATCH']],
    ['PNUM/PNO with D bit clear', framed(`${STD}PNUM=2;PNO=1;CP=&&RtdInterval=30&&`), ['PACKET_FLAG_MISMATCH']],
    ['a data upload without DataTime', framed(`${UPLOAD}CP=&&a34004-Rtd=35.2&&`), ['DATATIME_MISSING']],
    ['an impossible DataTime', framed(`${UPLOAD}CP=&&DataTime=20240230101530;a34004-Rtd=35.2&&`), ['DATATIME_INVALID']],
    ['DataTime twice', framed(`${UPLOAD}CP=&&DataTime=20240315101530;DataTime=20240315101531&&`), ['DUPLICATE_FIELD']],
    ['a value that is not a number', framed(`${UPLOAD}CP=&&DataTime=20240315101530;a34004-Rtd=1.2.3,a34004-Avg=1e5&&`), ['VALUE_NOT_NUMBER', 'VALUE_NOT_NUMBER']],
    ['an unknown data mark', framed(`${UPLOAD}CP=&&DataTime=20240315101530;a34004-Rtd=35.2,a34004-Flag=X&&`), ['DATA_FLAG_UNKNOWN']],
    ['a field given twice', framed(`${UPLOAD}CP=&&DataTime=20240315101530;a34004-Rtd=35.2,a34004-Rtd=36.0&&`), ['DUPLICATE_FIELD']],
    ['a CP item without =', framed(`${UPLOAD}CP=&&DataTime=20240315101530;a34004-Rtd&&`), ['ITEM_SYNTAX']],
    ['an empty CP item', framed(`${UPLOAD}CP=&&DataTime=20240315101530;a34004-Rtd=1,,a34004-Flag=N&&`), ['EMPTY_ITEM']],
    ['a bare field with no factor', framed(`${UPLOAD}CP=&&DataTime=20240315101530;Flag=N&&`), ['BARE_FIELD']],
    ['__proto__ keys', framed(`${UPLOAD}CP=&&DataTime=20240315101530;__proto__=1;a-__proto__=2&&`), ['ITEM_SYNTAX', 'ITEM_SYNTAX']],
    ['length not digits', `##01x1${STD}CP=&&RtdInterval=30&&1C80\r\n`, ['LENGTH_FIELD_INVALID', 'CRC_MISMATCH', 'UNKNOWN_HEADER_FIELD', 'QN_MISSING']],
  ])('%s', (_name, text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('keeps the values it can: bare fields, params, unknown fields, converted values', () => {
    const { frame } = decodeFrame(framed(`${UPLOAD}CP=&&DataTime=20240315101530;Flag=N,a21026-Rtd=3;RtdInterval=30;a21026-ZsRtd=4&&`));
    expect(frame?.cp.factors).toEqual([{ code: 'a21026', fields: { Rtd: '3', Flag: 'N', ZsRtd: '4' } }]);
    expect(frame?.cp.params).toEqual({ RtdInterval: '30' });
  });

  it('reads non-ASCII bytes of text values as UTF-8, from a Buffer or a Unicode string', () => {
    const text = framed(Buffer.from(`${UPLOAD}CP=&&DataTime=20240315101530;i11001-Info=//标定完成//;Note=运维&&`, 'utf8').toString('latin1'));
    const fromBytes = decodeFrame(Buffer.from(text, 'latin1'));
    expect(fromBytes.violations).toEqual([]);
    expect(fromBytes.frame?.cp.factors[0].fields.Info).toBe('//标定完成//');
    expect(fromBytes.frame?.cp.params.Note).toBe('运维');
    expect(decodeFrame(Buffer.from(text, 'latin1').toString('utf8')).frame).toEqual(fromBytes.frame);
  });

  it('lists at most 64 violations, then one TOO_MANY_VIOLATIONS error (bounded output, strict still rejects)', () => {
    const text = framed(`${UPLOAD}CP=&&DataTime=20240315101530;${'a34004-Rtd=1,'.repeat(500)}&&`);
    const { violations } = decodeFrame(text);
    expect(violations).toHaveLength(65);
    expect(violations.slice(0, 64).every((v) => v.code === 'DUPLICATE_FIELD' || v.code === 'EMPTY_ITEM')).toBe(true);
    expect(violations[64]).toMatchObject({ code: 'TOO_MANY_VIOLATIONS', severity: 'error' });
    expect(decodeFrame(text, { mode: 'strict' }).frame).toBeNull();
  });

  it('decodes a 9 KB frame of 800 distinct factors', () => {
    const items = Array.from({ length: 800 }, (_, i) => `a${i}-Rtd=1`).join(';');
    const { frame, violations } = decodeFrame(framed(`${UPLOAD}CP=&&DataTime=20240315101530;${items}&&`));
    expect(violations).toEqual([]);
    expect(frame?.cp.factors).toHaveLength(800);
    expect(frame?.cp.factors[799]).toEqual({ code: 'a799', fields: { Rtd: '1' } });
  });

  it('never throws on empty or tiny input', () => {
    for (const text of ['', '#', '##', '##0', '##0101', '##0101&&', '##0000\r\n', '\r\n', '##0004&&&&FFFF']) {
      expect(() => decodeFrame(text)).not.toThrow();
      expect(() => decodeFrame(text, { mode: 'strict' })).not.toThrow();
    }
  });
});
