/**
 * The CRC of HJ 212 (hj212.md §1.4, the C code of the standard's Appendix A), over the data segment only
 * (from the character after the length digits up to and including the closing "&&"):
 *
 * ```
 * reg = 0xFFFF
 * for each byte b: reg = (reg >> 8) ^ b; 8 times { lsb = reg & 1; reg >>= 1; if (lsb) reg ^= 0xA001 }
 * ```
 *
 * This is NOT CRC-16/MODBUS (which does `reg ^= b`): the standard's example frame has CRC 1C80, CRC-16/MODBUS
 * of the same bytes is 0759. Some loggers send CRC-16/MODBUS, most often with its two bytes swapped (5907);
 * {@link crcVerdict} recognises both so a lenient receiver can record which variant a device uses.
 *
 * Inputs are bytes: a `Uint8Array`, or a byte string (one character per byte, as `Buffer#toString('latin1')`
 * gives; characters above U+00FF are not bytes and must be UTF-8-encoded first).
 */

/** The reflected polynomial 0x8005. */
const POLY = 0xa001;

/** TABLE[i] = the eight shift/xor steps applied to i (the classic reflected CRC-16 table). */
const TABLE = new Uint16Array(256);
for (let i = 0; i < 256; i++) {
  let r = i;
  for (let k = 0; k < 8; k++) r = r & 1 ? (r >>> 1) ^ POLY : r >>> 1;
  TABLE[i] = r;
}

/**
 * Two bytes per lookup: with x = (reg >> 8) ^ b1, two steps give TABLE[(TABLE[x] >> 8) ^ b2], a function of
 * (x, b2) only, so PAIRS[x << 8 | b2] holds it (128 KiB; about 1.5 times faster than one byte per lookup).
 */
const PAIRS = new Uint16Array(65536);
for (let x = 0; x < 256; x++) {
  for (let b = 0; b < 256; b++) PAIRS[(x << 8) | b] = TABLE[(TABLE[x] >>> 8) ^ b];
}

export type CrcInput = string | Uint8Array;

/**
 * The HJ 212 CRC of data[start, end) as a number. `(reg >> 8) ^ b` is below 256, so the eight steps
 * applied to it are exactly `TABLE[(reg >> 8) ^ b]`; PAIRS does two of those at once.
 *
 * @example crcHex(hj212Crc('QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&'))
 * //=> '1C80'
 */
export function hj212Crc(data: CrcInput, start = 0, end = data.length): number {
  let reg = 0xffff;
  let i = start;
  if (typeof data === 'string') {
    for (; i + 1 < end; i += 2) reg = PAIRS[((((reg >>> 8) ^ (data.charCodeAt(i) & 0xff)) << 8) | (data.charCodeAt(i + 1) & 0xff))];
    if (i < end) reg = TABLE[(reg >>> 8) ^ (data.charCodeAt(i) & 0xff)];
  } else {
    for (; i + 1 < end; i += 2) reg = PAIRS[(((reg >>> 8) ^ data[i]) << 8) | data[i + 1]];
    if (i < end) reg = TABLE[(reg >>> 8) ^ data[i]];
  }
  return reg;
}

/** CRC-16/MODBUS (`reg ^= b`, same polynomial), only to recognise devices that send it. */
export function modbusCrc(data: CrcInput, start = 0, end = data.length): number {
  let reg = 0xffff;
  if (typeof data === 'string') {
    for (let i = start; i < end; i++) reg = (reg >>> 8) ^ TABLE[(reg ^ data.charCodeAt(i)) & 0xff];
  } else {
    for (let i = start; i < end; i++) reg = (reg >>> 8) ^ TABLE[(reg ^ data[i]) & 0xff];
  }
  return reg;
}

/** HEX2[b] = byte b as 2 uppercase hex digits. */
const HEX2 = Array.from({ length: 256 }, (_, b) => b.toString(16).toUpperCase().padStart(2, '0'));

/** A CRC as 4 uppercase hex digits, most significant first, as the standard's example prints it. */
export function crcHex(crc: number): string {
  return HEX2[(crc >>> 8) & 0xff] + HEX2[crc & 0xff];
}

/** The value of exactly 4 hex digits (either case), or -1. */
function parseHex4(text: string): number {
  if (text.length !== 4) return -1;
  let n = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 65 && c <= 70) d = c - 55;
    else if (c >= 97 && c <= 102) d = c - 87;
    else return -1;
    n = (n << 4) | d;
  }
  return n;
}

/** Which algorithm produced a received CRC: the standard's, or CRC-16/MODBUS with or without byte swap. */
export type CrcVariant = 'hj212' | 'modbus-swapped' | 'modbus';

export interface CrcVerdict {
  /** True only for the standard's algorithm (`variant === 'hj212'`). */
  ok: boolean;
  /** The algorithm the received CRC matches, or null when it matches none. */
  variant: CrcVariant | null;
  /** The standard's CRC of the segment, 4 uppercase hex digits. */
  expected: string;
}

/**
 * Checks a received CRC text against a data segment (or `data[start, end)`), case-insensitively.
 *
 * @example crcVerdict(segment, '1c80') //=> { ok: true, variant: 'hj212', expected: '1C80' }
 * @example crcVerdict(segment, '5907') //=> { ok: false, variant: 'modbus-swapped', expected: '1C80' }
 */
export function crcVerdict(segment: CrcInput, crcText: string, start = 0, end = segment.length): CrcVerdict {
  const own = hj212Crc(segment, start, end);
  const expected = crcHex(own);
  const got = parseHex4(crcText);
  if (got === own) return { ok: true, variant: 'hj212', expected };
  if (got >= 0) {
    const modbus = modbusCrc(segment, start, end);
    if (got === (((modbus & 0xff) << 8) | (modbus >>> 8))) return { ok: false, variant: 'modbus-swapped', expected };
    if (got === modbus) return { ok: false, variant: 'modbus', expected };
  }
  return { ok: false, variant: null, expected };
}
