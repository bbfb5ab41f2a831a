import { CN_LABELS, FLAG_BITS, FLAG_VERSION_SHIFT, FLAG_VERSIONS, ST_LABELS } from './codes.js';
import { type Hj212Time, parseHj212Time } from './time.js';
import { printable, report, type Violation } from './violation.js';

/**
 * The header items of a data segment, `QN=…;ST=…;CN=…;PW=…;MN=…;Flag=…;PNUM=…;PNO=…` up to `CP=`, and their
 * checks: presence, known codes, Flag and its version bits, packet numbers, field order.
 */

const HEADER_ORDER = ['QN', 'ST', 'CN', 'PW', 'MN', 'Flag', 'PNUM', 'PNO'] as const;
type HeaderKey = (typeof HEADER_ORDER)[number];

/** The header values read, as sent; undefined when absent. */
export type HeaderValues = Record<HeaderKey, string | undefined>;

/** A header key's place in HEADER_ORDER, or -1 for other names (a switch: no string hashing). */
function headerRank(name: string): number {
  switch (name) {
    case 'QN': return 0;
    case 'ST': return 1;
    case 'CN': return 2;
    case 'PW': return 3;
    case 'MN': return 4;
    case 'Flag': return 5;
    case 'PNUM': return 6;
    case 'PNO': return 7;
    default: return -1;
  }
}

/** A non-negative integer of 1–`maxDigits` ASCII digits, else -1 (zero padding is accepted). */
function parseCount(text: string, maxDigits: number): number {
  if (text.length === 0 || text.length > maxDigits) return -1;
  let v = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

function isBlank(c: number): boolean {
  return c <= 32;
}

/** Reads the header items of a data segment. */
export class HeaderReader {
  readonly extra: Record<string, string> = {};
  /** Values by their place in HEADER_ORDER. */
  private readonly raw: (string | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
  /** Places in HEADER_ORDER, in the order received. */
  private readonly order: number[] = [];
  private ordered = true;

  constructor(private readonly out: Violation[]) {}

  /**
   * Reads the `;`-separated items of segment[start, end) up to one that starts with `CP=`;
   * returns that item's position, or -1.
   */
  read(segment: string, start: number, end: number): number {
    let pos = start;
    while (pos < end) {
      if (segment.startsWith('CP=', pos)) return pos;
      let semi = segment.indexOf(';', pos);
      if (semi < 0 || semi > end) semi = end;
      if (semi === pos) report(this.out, 'EMPTY_ITEM', 'header', undefined, '";;"');
      else this.item(segment, pos, semi);
      pos = semi + 1;
    }
    return -1;
  }

  /** The item segment[start, end). */
  private item(segment: string, start: number, end: number): void {
    const eq = segment.indexOf('=', start);
    if (eq < 0 || eq >= end) {
      report(this.out, 'ITEM_SYNTAX', 'header', 'key=value', printable(segment.slice(start, end)));
      return;
    }
    let key = segment.slice(start, eq);
    let value = segment.slice(eq + 1, end);
    if (key.length > 0 && (isBlank(key.charCodeAt(0)) || isBlank(key.charCodeAt(key.length - 1)))) {
      key = key.trim();
      report(this.out, 'WHITESPACE', key);
    }
    if (value.length > 0 && (isBlank(value.charCodeAt(0)) || isBlank(value.charCodeAt(value.length - 1)))) {
      value = value.trim();
      report(this.out, 'WHITESPACE', key);
    }
    const rank = headerRank(key);
    if (rank >= 0) {
      const previous = this.raw[rank];
      if (previous !== undefined) {
        report(this.out, 'DUPLICATE_FIELD', key, previous, value);
      } else {
        this.raw[rank] = value;
        if (this.order.length > 0 && rank < this.order[this.order.length - 1]) this.ordered = false;
        this.order.push(rank);
      }
    } else if (key === '' || key === '__proto__' || Object.hasOwn(this.extra, key)) {
      report(this.out, key === '' || key === '__proto__' ? 'ITEM_SYNTAX' : 'DUPLICATE_FIELD', 'header', undefined, printable(`${key}=${value}`));
    } else {
      this.extra[key] = value;
      report(this.out, 'UNKNOWN_HEADER_FIELD', key, undefined, printable(`${key}=${value}`));
    }
  }

  /** Field order QN;ST;CN;PW;MN;Flag;PNUM;PNO (peers rely on Flag right after MN, hj212.md §1.3 #7). */
  checkOrder(): void {
    if (this.ordered) return;
    const names = (ranks: number[]) => ranks.map((r) => HEADER_ORDER[r]).join(';');
    report(this.out, 'FIELD_ORDER', 'header', names([...this.order].sort((a, b) => a - b)), names(this.order));
  }

  values(): HeaderValues {
    const r = this.raw;
    return { QN: r[0], ST: r[1], CN: r[2], PW: r[3], MN: r[4], Flag: r[5], PNUM: r[6], PNO: r[7] };
  }
}

function checkQn(qn: string | undefined, out: Violation[]): Hj212Time | null {
  if (qn === undefined) {
    report(out, 'QN_MISSING', 'QN');
    return null;
  }
  const time = parseHj212Time(qn);
  if (time === null) report(out, 'QN_INVALID', 'QN', 'yyyyMMddHHmmsszzz', printable(qn));
  else if (time.format !== 'yyyyMMddHHmmssSSS') report(out, 'QN_FORMAT', 'QN', 'yyyyMMddHHmmsszzz', qn);
  return time;
}

function checkFlag(text: string | undefined, out: Violation[]): number | null {
  if (text === undefined) {
    report(out, 'FLAG_MISSING', 'Flag');
    return null;
  }
  const flag = parseCount(text, 3);
  if (flag < 0 || flag > 255) {
    report(out, 'FLAG_INVALID', 'Flag', '0–255', printable(text));
    return null;
  }
  if (FLAG_VERSIONS[flag >> FLAG_VERSION_SHIFT] === undefined) {
    report(out, 'VERSION_UNKNOWN', 'Flag', '0–11（2005/2017/2025）', text);
  }
  return flag;
}

function checkPackets(values: HeaderValues, flag: number | null, out: Violation[]): [number, number] | null {
  const { PNUM, PNO } = values;
  let packets: [number, number] | null = null;
  if (PNUM !== undefined || PNO !== undefined) {
    const pnum = PNUM === undefined ? -1 : parseCount(PNUM, 9);
    const pno = PNO === undefined ? -1 : parseCount(PNO, 9);
    if (pnum >= 1 && pno >= 1 && pno <= pnum) packets = [pnum, pno];
    else report(out, 'PACKET_NUMBER_INVALID', 'PNUM/PNO', '1 ≤ PNO ≤ PNUM', printable(`PNUM=${PNUM ?? ''};PNO=${PNO ?? ''}`));
  }
  if (flag !== null && ((flag & FLAG_BITS.packets) !== 0) !== (packets !== null)) {
    report(out, 'PACKET_FLAG_MISMATCH', 'Flag', packets === null ? 'D=0（无 PNUM/PNO）' : 'D=1（有 PNUM/PNO）', String(flag));
  }
  return packets;
}

export interface CheckedHeader {
  values: HeaderValues;
  qnTime: Hj212Time | null;
  flag: number | null;
  /** [PNUM, PNO] when both are present and consistent. */
  packets: [number, number] | null;
}

/** Checks what {@link HeaderReader} read: order, QN, ST, CN, PW, MN, Flag, PNUM/PNO. */
export function checkHeader(header: HeaderReader, out: Violation[]): CheckedHeader {
  const values = header.values();
  header.checkOrder();
  const qnTime = checkQn(values.QN, out);
  if (values.ST === undefined) report(out, 'ST_MISSING', 'ST');
  else if (!Object.hasOwn(ST_LABELS, values.ST)) report(out, 'ST_UNKNOWN', 'ST', undefined, printable(values.ST));
  if (values.CN === undefined) report(out, 'CN_MISSING', 'CN');
  else if (!Object.hasOwn(CN_LABELS, values.CN)) report(out, 'CN_UNKNOWN', 'CN', undefined, printable(values.CN));
  if (values.PW === undefined) report(out, 'PW_MISSING', 'PW');
  else if (values.PW === '') report(out, 'PW_EMPTY', 'PW');
  if (values.MN === undefined || values.MN === '') report(out, 'MN_MISSING', 'MN');
  const flag = checkFlag(values.Flag, out);
  return { values, qnTime, flag, packets: checkPackets(values, flag, out) };
}
