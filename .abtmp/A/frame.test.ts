import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame, type Hj212Frame } from './frame.js';
import { createFramer } from './framer.js';
import { type FrameVector, FRAME_VECTORS } from './vectors.js';

/** The bytes on the wire for a vector's text (non-ASCII characters travel as UTF-8). */
const wire = (v: FrameVector) => Buffer.from(v.text, 'utf8');
/** The bytes of an encoded frame (encodeFrame returns a byte string). */
const bytesOf = (frameText: string) => Buffer.from(frameText, 'latin1');

/** mqtt-packet's testParseGenerate: every vector is decoded, encoded, mirrored and streamed. */
function testParseGenerate(v: FrameVector): void {
  describe(v.name, () => {
    it('decodes to the expected frame without violations (text and bytes, lenient and strict)', () => {
      for (const input of [v.text, wire(v)]) {
        for (const mode of ['lenient', 'strict'] as const) {
          expect(decodeFrame(input, { mode })).toEqual({ frame: v.frame, violations: [] });
        }
      }
    });

    it('encodes the expected frame to the same bytes', () => {
      expect(bytesOf(encodeFrame(v.frame)).toString('hex')).toBe(wire(v).toString('hex'));
    });

    it('mirrors: decode(encode(frame)) is the frame', () => {
      expect(decodeFrame(encodeFrame(v.frame))).toEqual({ frame: v.frame, violations: [] });
    });

    it('streams: the framer delivers it whole, in one chunk or byte by byte, and it decodes the same', () => {
      const framer = createFramer();
      const whole = framer.push(wire(v));
      expect(whole.violations).toEqual([]);
      expect(whole.frames).toHaveLength(1);
      expect(decodeFrame(whole.frames[0]).frame).toEqual(v.frame);
      const bytes = wire(v);
      const frames: string[] = [];
      for (let i = 0; i < bytes.length; i++) frames.push(...framer.push(bytes.subarray(i, i + 1)).frames);
      expect(frames).toEqual(whole.frames);
      expect(framer.end()).toEqual({ frames: [], violations: [] });
    });
  });
}

describe('frame vectors', () => {
  for (const v of FRAME_VECTORS) testParseGenerate(v);
});

describe('encodeFrame', () => {
  const base: Hj212Frame = FRAME_VECTORS[0].frame;

  it('writes Flag right after MN, then PNUM, PNO and CP (xiaoyao9184/hj-t212-parser #24)', () => {
    const text = encodeFrame({ qn: '20240315110000000', st: '32', cn: '2061', pw: '123456', mn: 'MN1', flag: 7, pnum: 2, pno: 1, cp: {} });
    expect(text).toMatch(/^##\d{4}QN=20240315110000000;ST=32;CN=2061;PW=123456;MN=MN1;Flag=7;PNUM=2;PNO=1;CP=&&&&[0-9A-F]{4}\r\n$/);
  });

  it('leaves out absent header fields and writes *** for a missing value', () => {
    const text = encodeFrame({ st: '22', cn: '2011', cp: { factors: [{ code: 'a34004', fields: { Rtd: null, Flag: 'B', Avg: undefined } }] } });
    expect(text.slice(6, -6)).toBe('ST=22;CN=2011;CP=&&a34004-Rtd=***,a34004-Flag=B&&');
  });

  it.each([
    ['no ST', { ...base, st: null }],
    ['no CN', { ...base, cn: '' }],
    ['a separator in PW', { ...base, pw: '12;34' }],
    ['CR LF in MN', { ...base, mn: 'A\r\nB' }],
    ['Flag 256', { ...base, flag: 256 }],
    ['Flag 1.5', { ...base, flag: 1.5 }],
    ['PNO 0', { ...base, pnum: 2, pno: 0 }],
    ['PNO above PNUM', { ...base, pnum: 2, pno: 3 }],
    ['a comma in a value', { ...base, cp: { params: { RtdInterval: '3,0' } } }],
    ['&& in a value', { ...base, cp: { params: { Info: 'a&&b' } } }],
    ['a dash in a parameter name', { ...base, cp: { params: { 'Rtd-Interval': '30' } } }],
    ['an empty factor code', { ...base, cp: { factors: [{ code: '', fields: { Rtd: '1' } }] } }],
    ['= in a field name', { ...base, cp: { factors: [{ code: 'a21026', fields: { 'Rtd=': '1' } }] } }],
    ['a data segment over 9999 bytes', { ...base, cp: { params: { Info: 'x'.repeat(10_000) } } }],
  ])('throws RangeError for %s', (_name, fields) => {
    expect(() => encodeFrame(fields)).toThrow(RangeError);
  });
});
