import { DATA_UPLOAD_CNS, FLAG_BITS, FLAG_VERSION_SHIFT, FLAG_VERSIONS, type Hj212Version } from './codes.js';
import { type CpInput, decodeCp, encodeCp, type Hj212Cp } from './cp.js';
import { crcHex, type CrcVerdict, crcVerdict, hj212Crc } from './crc.js';
import { checkHeader, HeaderReader } from './header.js';
import type { Hj212Time } from './time.js';
import { hasError, printable, report, type Violation } from './violation.js';

/**
 * One HJ 212 communication packet (通讯包):
 * `##` + 4-digit length + data segment + 4 hex CRC + CR LF, the data segment being
 * `QN=…;ST=…;CN=…;PW=…;MN=…;Flag=…;[PNUM=…;PNO=…;]CP=&&…&&` (hj212.md §1.2).
 *
 * Frame text is a byte string: one character per byte (`Buffer#toString('latin1')`), which is what the
 * framer emits and what {@link encodeFrame} returns (write it with `Buffer.from(text, 'latin1')`). For ASCII
 * frames, the overwhelming majority, that is ordinary text. A string with characters above U+00FF given to
 * {@link decodeFrame} is taken as Unicode text and UTF-8-encoded first.
 */

export interface CrcCheck extends CrcVerdict {
  /** The CRC as received (either case), or null when the frame has none. */
  text: string | null;
}

export interface Hj212Frame {
  /** The length field as sent (null when it is not 3 or 4 digits). */
  declaredLength: number | null;
  /** 请求编码, as sent. */
  qn: string | null;
  qnTime: Hj212Time | null;
  /** 系统编码. */
  st: string | null;
  /** 命令编码. */
  cn: string | null;
  /** 访问密码 ('' when sent empty). */
  pw: string | null;
  /** 设备唯一标识. */
  mn: string | null;
  /** 标志位. */
  flag: number | null;
  /** From the Flag's V bits; null without Flag or for an unknown version. */
  version: Hj212Version | null;
  /** Flag bit A: the sender waits for an answer. */
  needsAnswer: boolean;
  /** Flag bit D: one packet of a split message. */
  segmented: boolean;
  /** 总包数 and 包号, both or neither. */
  pnum: number | null;
  pno: number | null;
  cp: Hj212Cp;
  crc: CrcCheck;
  /** Header fields the standard does not define, as sent. */
  extra: Record<string, string>;
}

export type DecodeMode = 'strict' | 'lenient';

export interface DecodeOptions {
  /** `lenient` (default): return whatever could be decoded. `strict`: no frame when any violation is an error. */
  mode?: DecodeMode;
}

export interface DecodeResult {
  frame: Hj212Frame | null;
  violations: Violation[];
}

const NON_LATIN1 = /[^\x00-\xff]/;
const NON_ASCII = /[^\x00-\x7f]/;

function toByteString(input: string | Uint8Array): string {
  if (typeof input === 'string') return NON_LATIN1.test(input) ? Buffer.from(input, 'utf8').toString('latin1') : input;
  const buffer = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  return buffer.toString('latin1');
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Finds CP=&&…&& after the header; returns the CP content, reading any header items that follow it. */
function readCp(segment: string, cpStart: number, header: HeaderReader, out: Violation[]): string {
  if (!segment.startsWith('&&', cpStart)) {
    report(out, 'CP_NOT_CLOSED', 'CP', 'CP=&&…&&', printable(segment.slice(cpStart - 3, cpStart + 13)));
    return segment.slice(cpStart);
  }
  const close = segment.lastIndexOf('&&');
  if (close < cpStart + 2) {
    report(out, 'CP_NOT_CLOSED', 'CP', 'CP=&&…&&', printable(segment.slice(cpStart - 3, cpStart + 13)));
    return segment.slice(cpStart + 2);
  }
  if (close + 2 < segment.length) {
    report(out, 'TEXT_AFTER_CP', 'CP', undefined, printable(segment.slice(close + 2)));
    header.read(segment, segment.charCodeAt(close + 2) === 59 ? close + 3 : close + 2, segment.length);
  }
  return segment.slice(cpStart + 2, close);
}

/** CRC of text[start, end), the data segment (computed on the whole, flat frame text: faster than a slice). */
function crcCheck(frameText: string, start: number, end: number, text: string | null, out: Violation[]): CrcCheck {
  if (text === null) return { text, ok: false, variant: null, expected: crcHex(hj212Crc(frameText, start, end)) };
  const verdict = crcVerdict(frameText, text, start, end);
  if (!verdict.ok) {
    const code =
      verdict.variant === 'modbus-swapped' ? 'CRC_MODBUS_SWAPPED'
      : verdict.variant === 'modbus' ? 'CRC_MODBUS'
      : text === '0000' ? 'CRC_ZERO'
      : 'CRC_MISMATCH';
    report(out, code, 'CRC', verdict.expected, text);
  }
  return { text, ...verdict };
}

function decodeBytes(text: string, out: Violation[]): Hj212Frame | null {
  let start = 0;
  if (text.charCodeAt(0) !== 35 || text.charCodeAt(1) !== 35) {
    start = text.indexOf('##');
    if (start < 0) {
      report(out, 'NOT_A_FRAME', 'header', '##', printable(text, 16));
      return null;
    }
    report(out, 'GARBAGE_BEFORE_HEADER', 'header', '##', printable(text.slice(0, start)));
  }

  // Length field: 4 digits; 3 digits is a known quirk.
  const lengthStart = start + 2;
  let digits = 0;
  let declared = 0;
  while (digits < 5 && lengthStart + digits < text.length) {
    const d = text.charCodeAt(lengthStart + digits) - 48;
    if (d < 0 || d > 9) break;
    declared = declared * 10 + d;
    digits++;
  }
  let declaredLength: number | null = declared;
  if (digits === 3) {
    report(out, 'LENGTH_3_DIGITS', 'length', '4 位数字', text.slice(lengthStart, lengthStart + 3));
  } else if (digits !== 4) {
    report(out, 'LENGTH_FIELD_INVALID', 'length', '4 位数字', printable(text.slice(lengthStart, lengthStart + Math.max(digits, 4))));
    declaredLength = null;
  }
  const segStart = lengthStart + digits;

  // Tail: optional CR LF (framing is the framer's business), then the CRC.
  let end = text.length;
  if (end > segStart && text.charCodeAt(end - 1) === 10) end--;
  if (end > segStart && text.charCodeAt(end - 1) === 13) end--;
  let crcText: string | null = null;
  let segEnd = end;
  if (end - 4 >= segStart && isHex(text.charCodeAt(end - 4)) && isHex(text.charCodeAt(end - 3)) && isHex(text.charCodeAt(end - 2)) && isHex(text.charCodeAt(end - 1))) {
    crcText = text.slice(end - 4, end);
    segEnd = end - 4;
  } else {
    report(out, 'CRC_MISSING', 'CRC', '4 位十六进制数', printable(text.slice(Math.max(segStart, end - 4), end)));
  }
  const segment = text.slice(segStart, segEnd);
  if (declaredLength !== null && declaredLength !== segment.length) {
    report(out, 'LENGTH_MISMATCH', 'length', String(segment.length).padStart(4, '0'), text.slice(lengthStart, segStart));
  }
  const crc = crcCheck(text, segStart, segEnd, crcText, out);

  // Header items up to CP=.
  const header = new HeaderReader(out);
  const cpItem = header.read(segment, 0, segment.length);
  const cpStart = cpItem < 0 ? -1 : cpItem + 3;
  let cp: Hj212Cp = { dataTime: null, factors: [], params: {} };
  if (cpStart < 0) {
    report(out, 'CP_MISSING', 'CP', 'CP=&&…&&');
  } else {
    const content = readCp(segment, cpStart, header, out);
    cp = decodeCp(content, out);
  }

  const { values, qnTime, flag, packets } = checkHeader(header, out);
  if (cpStart >= 0 && cp.dataTime === null && values.CN !== undefined && DATA_UPLOAD_CNS.has(values.CN) && !out.some((v) => v.code === 'DATATIME_INVALID')) {
    report(out, 'DATATIME_MISSING', 'CP.DataTime', 'yyyyMMddHHmmss');
  }

  return {
    declaredLength,
    qn: values.QN ?? null,
    qnTime,
    st: values.ST ?? null,
    cn: values.CN ?? null,
    pw: values.PW ?? null,
    mn: values.MN ?? null,
    flag,
    version: flag === null ? null : (FLAG_VERSIONS[flag >> FLAG_VERSION_SHIFT] ?? null),
    needsAnswer: flag !== null && (flag & FLAG_BITS.answer) !== 0,
    segmented: flag !== null && (flag & FLAG_BITS.packets) !== 0,
    pnum: packets === null ? null : packets[0],
    pno: packets === null ? null : packets[1],
    cp,
    crc,
    extra: header.extra,
  };
}

/**
 * Decodes one frame (with or without its CR LF). Never throws: every deviation from the standard is a
 * {@link Violation} in the result. Lenient mode returns a frame whenever the text starts a frame at all
 * (`frame === null` only with NOT_A_FRAME); strict mode returns none when any violation is an error.
 *
 * @example decodeFrame('##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80\r\n').frame?.cp.params
 * //=> { RtdInterval: '30' }
 */
export function decodeFrame(input: string | Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const violations: Violation[] = [];
  const frame = decodeBytes(toByteString(input), violations);
  if (frame !== null && options.mode === 'strict' && hasError(violations)) return { frame: null, violations };
  return { frame, violations };
}

/** What {@link encodeFrame} writes; a decoded {@link Hj212Frame} is one. Null or absent fields are left out. */
export interface FrameFields {
  qn?: string | null;
  st: string | null;
  cn: string | null;
  pw?: string | null;
  mn?: string | null;
  flag?: number | null;
  pnum?: number | null;
  pno?: number | null;
  cp?: CpInput;
}

const UNSAFE_HEADER_VALUE = /[;\r\n]|&&/;
const MAX_SEGMENT = 9999;

function headerValue(key: string, value: string | number): string {
  const text = String(value);
  if (UNSAFE_HEADER_VALUE.test(text)) throw new RangeError(`编码失败：${key}「${text}」含有分隔符`);
  return `${key}=${text};`;
}

function integerIn(key: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`编码失败：${key} 应为 ${min}–${max} 的整数，实际 ${value}`);
  return value;
}

/**
 * Encodes a frame with the field order peers expect (QN;ST;CN;PW;MN;Flag;PNUM;PNO;CP, Flag right after MN,
 * xiaoyao9184/hj-t212-parser #24), the standard's CRC in uppercase and CR LF. Returns a byte string (see the
 * module comment). Throws RangeError for a missing ST or CN, a separator inside a value, an invalid Flag or
 * packet number, or a data segment over 9999 bytes: those would put a wrong frame on the wire.
 *
 * @example encodeFrame({ qn: '20160801085857223', st: '32', cn: '1062', pw: '100000', mn: '010000A8900016F000169DC0', flag: 5, cp: { params: { RtdInterval: '30' } } })
 * //=> '##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80\r\n'
 */
export function encodeFrame(fields: FrameFields): string {
  if (fields.st == null || fields.st === '') throw new RangeError('编码失败：缺少系统编码 ST');
  if (fields.cn == null || fields.cn === '') throw new RangeError('编码失败：缺少命令编码 CN');
  let segment = '';
  if (fields.qn != null) segment += headerValue('QN', fields.qn);
  segment += headerValue('ST', fields.st) + headerValue('CN', fields.cn);
  if (fields.pw != null) segment += headerValue('PW', fields.pw);
  if (fields.mn != null) segment += headerValue('MN', fields.mn);
  if (fields.flag != null) segment += headerValue('Flag', integerIn('Flag', fields.flag, 0, 255));
  if (fields.pnum != null) segment += headerValue('PNUM', integerIn('PNUM', fields.pnum, 1, 999_999_999));
  if (fields.pno != null) segment += headerValue('PNO', integerIn('PNO', fields.pno, 1, fields.pnum ?? 999_999_999));
  segment += `CP=&&${encodeCp(fields.cp ?? {})}&&`;
  const bytes = NON_ASCII.test(segment) ? Buffer.from(segment, 'utf8').toString('latin1') : segment;
  if (bytes.length > MAX_SEGMENT) throw new RangeError(`编码失败：数据段 ${bytes.length} 字节，超过 ${MAX_SEGMENT}`);
  return `##${String(bytes.length).padStart(4, '0')}${bytes}${crcHex(hj212Crc(bytes))}\r\n`;
}
