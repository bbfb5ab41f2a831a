import { describe, expect, it } from 'vitest';
import { crcHex, crcVerdict, hj212Crc, modbusCrc } from './crc.js';
import { naiveCrc as naiveHj212Crc } from './naiveCrc.js';
import { FRAME_VECTORS, QUIRK_VECTORS } from './vectors.js';

/** CRC-16/MODBUS, bit by bit: `reg ^= b` instead of `reg = (reg >> 8) ^ b`. */
function naiveModbusCrc(bytes: Uint8Array): number {
  let reg = 0xffff;
  for (const b of bytes) {
    reg ^= b;
    for (let k = 0; k < 8; k++) {
      const lsb = reg & 1;
      reg >>= 1;
      if (lsb) reg ^= 0xa001;
    }
  }
  return reg;
}

const STANDARD_SEGMENT = 'QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&';

/** Splits a literal frame text into its length digits, data segment bytes and CRC text. */
function partsOf(text: string): { lengthField: string; segment: Buffer; crc: string } {
  const m = /^##(\d{4})(.*)([0-9A-Fa-f]{4})\r\n$/s.exec(text);
  if (m === null) throw new Error(`not a canonical frame: ${text}`);
  return { lengthField: m[1], segment: Buffer.from(m[2], 'utf8'), crc: m[3] };
}

describe('hj212Crc — the standard example (hj212.md §1.4)', () => {
  it('is 1C80 for the standard example; CRC-16/MODBUS of the same bytes is 0759', () => {
    expect(crcHex(hj212Crc(STANDARD_SEGMENT))).toBe('1C80');
    expect(crcHex(modbusCrc(STANDARD_SEGMENT))).toBe('0759');
    expect(naiveHj212Crc(Buffer.from(STANDARD_SEGMENT))).toBe(0x1c80);
    expect(naiveModbusCrc(Buffer.from(STANDARD_SEGMENT))).toBe(0x0759);
  });

  it('gives the same value for a byte string, a Buffer and a sub-range', () => {
    const framed = `##0101${STANDARD_SEGMENT}1C80`;
    expect(hj212Crc(Buffer.from(STANDARD_SEGMENT))).toBe(0x1c80);
    expect(hj212Crc(framed, 6, 6 + 101)).toBe(0x1c80);
    expect(hj212Crc(Buffer.from(framed), 6, 6 + 101)).toBe(0x1c80);
  });

  it('is 0xFFFF for no bytes (no final XOR)', () => {
    expect(hj212Crc('')).toBe(0xffff);
  });
});

describe('hj212Crc agrees with the naive reference', () => {
  it('on 5,000 random byte strings of length 0–400, odd and even', () => {
    let seed = 12345;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let n = 0; n < 5000; n++) {
      const bytes = Buffer.alloc(random() % 401);
      for (let i = 0; i < bytes.length; i++) bytes[i] = random() >>> 24;
      expect(hj212Crc(bytes)).toBe(naiveHj212Crc(bytes));
      expect(hj212Crc(bytes.toString('latin1'))).toBe(naiveHj212Crc(bytes));
      expect(modbusCrc(bytes)).toBe(naiveModbusCrc(bytes));
    }
  });
});

describe('the literal vectors carry the right length and CRC (checked with the naive reference)', () => {
  it.each(FRAME_VECTORS.map((v) => [v.name, v.text]))('%s', (_name, text) => {
    const { lengthField, segment, crc } = partsOf(text);
    expect(Number(lengthField)).toBe(segment.length);
    expect(crc).toBe(naiveHj212Crc(segment).toString(16).toUpperCase().padStart(4, '0'));
  });

  it.each(QUIRK_VECTORS.filter((v) => v.violations.every((c) => !c.startsWith('CRC') && !c.startsWith('LENGTH'))).filter((v) => v.frame !== null && v.text.endsWith('\r\n') && v.text.startsWith('##')).map((v) => [v.name, v.text]))(
    'quirk %s',
    (_name, text) => {
      const { lengthField, segment, crc } = partsOf(text);
      expect(Number(lengthField)).toBe(segment.length);
      expect(crc.toUpperCase()).toBe(naiveHj212Crc(segment).toString(16).toUpperCase().padStart(4, '0'));
    },
  );
});

describe('crcVerdict', () => {
  it('accepts the standard CRC in either case', () => {
    expect(crcVerdict(STANDARD_SEGMENT, '1C80')).toEqual({ ok: true, variant: 'hj212', expected: '1C80' });
    expect(crcVerdict(STANDARD_SEGMENT, '1c80')).toEqual({ ok: true, variant: 'hj212', expected: '1C80' });
  });

  it('recognises byte-swapped CRC-16/MODBUS (5907) and plain CRC-16/MODBUS (0759), and says they are not ok', () => {
    expect(crcVerdict(STANDARD_SEGMENT, '5907')).toEqual({ ok: false, variant: 'modbus-swapped', expected: '1C80' });
    expect(crcVerdict(STANDARD_SEGMENT, '0759')).toEqual({ ok: false, variant: 'modbus', expected: '1C80' });
  });

  it('matches no variant for a wrong CRC, 0000, or text that is not 4 hex digits', () => {
    for (const text of ['1C81', '0000', '', '1C8', '1C800', 'XYZW', ' 1C8']) {
      expect(crcVerdict(STANDARD_SEGMENT, text)).toEqual({ ok: false, variant: null, expected: '1C80' });
    }
  });

  it('works on a sub-range of a frame', () => {
    const framed = `##0101${STANDARD_SEGMENT}5907`;
    expect(crcVerdict(framed, '5907', 6, 107).variant).toBe('modbus-swapped');
  });
});

describe('crcHex', () => {
  it('prints 4 uppercase hex digits, most significant first', () => {
    expect(crcHex(0x1c80)).toBe('1C80');
    expect(crcHex(0x0007)).toBe('0007');
    expect(crcHex(0xabcd)).toBe('ABCD');
  });
});
