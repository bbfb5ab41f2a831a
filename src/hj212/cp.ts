import { isDataFlag } from './codes.js';
import { type Hj212Time, parseHj212Time } from './time.js';
import { printable, report, type Violation } from './violation.js';

/**
 * The command parameters CP=&&…&& (指令参数): items `key=value`; items of one factor joined by `,`,
 * groups joined by `;`. A key `code-Field` is a factor's field (`a21026-Rtd`), a key without `-` a parameter
 * (`DataTime`, `RtdInterval`, `QnRtn`, `ExeRtn`, `PolId`, …). Values stay strings, so no digit is ever lost;
 * `***` (no value) becomes null.
 */

/** A factor's fields by name; null means the logger sent `***` (no value). */
export type FactorFields = Record<string, string | null>;

export interface Hj212Factor {
  /** Factor code as sent: 2017 (`a21026`), 2005 (`02`) or other (`LA`, `i12001`). */
  code: string;
  fields: FactorFields;
}

export interface Hj212Cp {
  dataTime: Hj212Time | null;
  /** In order of first appearance. */
  factors: Hj212Factor[];
  /** Every key without a factor code except DataTime, in order of appearance. */
  params: Record<string, string>;
}

/** What {@link encodeCp} needs: a decoded CP, or one built by hand with only the text of DataTime. */
export interface CpInput {
  dataTime?: { text: string } | null;
  factors?: readonly { code: string; fields: Readonly<Record<string, string | null | undefined>> }[];
  params?: Readonly<Record<string, string>>;
}

/**
 * Field names of HJ 212-2017 §6.6 (plus EFlag, ValidNum, TotalNum of the 2025 revision), returned as the
 * literal constant: an internalised string makes the property stores that follow fast.
 */
function knownField(name: string): string | undefined {
  switch (name) {
    case 'Rtd': return 'Rtd';
    case 'Avg': return 'Avg';
    case 'Min': return 'Min';
    case 'Max': return 'Max';
    case 'Cou': return 'Cou';
    case 'Flag': return 'Flag';
    case 'ZsRtd': return 'ZsRtd';
    case 'ZsAvg': return 'ZsAvg';
    case 'ZsMin': return 'ZsMin';
    case 'ZsMax': return 'ZsMax';
    case 'ZsCou': return 'ZsCou';
    case 'EFlag': return 'EFlag';
    case 'SampleTime': return 'SampleTime';
    case 'Ala': return 'Ala';
    case 'UpValue': return 'UpValue';
    case 'LowValue': return 'LowValue';
    case 'Data': return 'Data';
    case 'DayData': return 'DayData';
    case 'NightData': return 'NightData';
    case 'Info': return 'Info';
    case 'SN': return 'SN';
    case 'RS': return 'RS';
    case 'RT': return 'RT';
    case 'ValidNum': return 'ValidNum';
    case 'TotalNum': return 'TotalNum';
    default: return undefined;
  }
}

/**
 * Whether a known field (as {@link knownField} returns it) holds a value of type N, a decimal number: all but
 * Flag, EFlag, SampleTime, Info and SN. Identity comparisons of internalised constants, no lookup.
 */
function isNumericField(field: string): boolean {
  return field !== 'Flag' && field !== 'EFlag' && field !== 'SampleTime' && field !== 'Info' && field !== 'SN';
}

/** `[+-]digits[.digits]`, the N type; no exponent. */
function isDecimal(s: string): boolean {
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  if (c === 43 || c === 45) i = 1;
  let digits = 0;
  let dot = false;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot) dot = true;
    else return false;
  }
  return digits > 0;
}

function isBlank(c: number): boolean {
  return c <= 32;
}

/**
 * `text.indexOf(ch, from)`, or `text.length` when absent, reusing `known`, the answer for an earlier `from`,
 * while it still lies ahead: native search, yet each character is scanned at most once per frame.
 */
function nextIndex(text: string, ch: string, from: number, known: number): number {
  if (known >= from) return known;
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}

/** A byte string value as text: UTF-8 when it has non-ASCII bytes (e.g. Chinese in i11001-Info). */
function bytesToText(value: string): string {
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) > 0x7f) return Buffer.from(value, 'latin1').toString('utf8');
  }
  return value;
}

class CpDecoder {
  readonly cp: Hj212Cp = { dataTime: null, factors: [], params: {} };
  private nextComma = -1;
  private nextEquals = -1;
  private nextDash = -1;
  private lastFactor: Hj212Factor | null = null;
  private byCode: Map<string, Hj212Factor> | null = null;

  constructor(private readonly out: Violation[]) {}

  decode(content: string): void {
    const n = content.length;
    let start = 0;
    while (start <= n) {
      let end = content.indexOf(';', start);
      if (end < 0) end = n;
      if (end === start) {
        if (n > 0) report(this.out, 'EMPTY_ITEM', 'CP', undefined, end === n ? '结尾多余的 ";"' : '";;"');
      } else {
        this.group(content, start, end);
      }
      start = end + 1;
    }
  }

  /** One `;`-separated group: its `,`-separated items usually belong to one factor. */
  private group(content: string, start: number, end: number): void {
    let groupFactor: Hj212Factor | null = null;
    let bare: [field: string, value: string][] | null = null;
    let i = start;
    while (i <= end) {
      this.nextComma = nextIndex(content, ',', i, this.nextComma);
      const itemEnd = Math.min(this.nextComma, end);
      if (itemEnd === i) {
        report(this.out, 'EMPTY_ITEM', 'CP', undefined, '",,"');
        i = itemEnd + 1;
        continue;
      }
      this.nextEquals = nextIndex(content, '=', i, this.nextEquals);
      const eq = Math.min(this.nextEquals, itemEnd);
      if (eq === itemEnd) {
        report(this.out, 'ITEM_SYNTAX', 'CP', 'key=value', content.slice(i, itemEnd));
        i = itemEnd + 1;
        continue;
      }
      // Work on indices: the whole key is only materialised when it is not `code-Field`.
      let keyStart = i;
      let keyEnd = eq;
      let valueStart = eq + 1;
      let valueEnd = itemEnd;
      i = itemEnd + 1;
      if (keyEnd > keyStart && (isBlank(content.charCodeAt(keyStart)) || isBlank(content.charCodeAt(keyEnd - 1)))) {
        while (keyStart < keyEnd && isBlank(content.charCodeAt(keyStart))) keyStart++;
        while (keyEnd > keyStart && isBlank(content.charCodeAt(keyEnd - 1))) keyEnd--;
        report(this.out, 'WHITESPACE', `CP.${content.slice(keyStart, keyEnd)}`);
      }
      if (valueEnd > valueStart && (isBlank(content.charCodeAt(valueStart)) || isBlank(content.charCodeAt(valueEnd - 1)))) {
        while (valueStart < valueEnd && isBlank(content.charCodeAt(valueStart))) valueStart++;
        while (valueEnd > valueStart && isBlank(content.charCodeAt(valueEnd - 1))) valueEnd--;
        report(this.out, 'WHITESPACE', `CP.${content.slice(keyStart, keyEnd)}`);
      }
      const value = content.slice(valueStart, valueEnd);
      this.nextDash = nextIndex(content, '-', keyStart, this.nextDash);
      const dash = Math.min(this.nextDash, keyEnd);
      if (dash > keyStart && dash < keyEnd) {
        const factor = this.factor(content.slice(keyStart, dash));
        this.field(factor, content.slice(dash + 1, keyEnd), value);
        if (groupFactor === null) {
          groupFactor = factor;
          if (bare !== null) for (const [f, v] of bare) this.bareField(groupFactor, f, v);
          bare = null;
        }
        continue;
      }
      const key = content.slice(keyStart, keyEnd);
      if (key === '' || key === '__proto__') {
        report(this.out, 'ITEM_SYNTAX', 'CP', 'key=value', `${key}=${value}`);
      } else if (dash === keyStart || knownField(key) !== undefined) {
        const field = dash === keyStart ? key.slice(1) : key;
        if (groupFactor !== null) this.bareField(groupFactor, field, value);
        else (bare ??= []).push([field, value]);
      } else if (key === 'DataTime') {
        this.dataTime(value);
      } else {
        this.param(key, value);
      }
    }
    if (bare !== null) {
      for (const [field, value] of bare) {
        report(this.out, 'BARE_FIELD', `CP.${field}`, undefined, `${field}=${value}`);
        this.param(field, value);
      }
    }
  }

  private factor(code: string): Hj212Factor {
    const last = this.lastFactor;
    if (last !== null && last.code === code) return last;
    const { factors } = this.cp;
    let found: Hj212Factor | undefined;
    if (this.byCode !== null) {
      found = this.byCode.get(code);
    } else {
      for (const f of factors) {
        if (f.code === code) {
          found = f;
          break;
        }
      }
    }
    if (found === undefined) {
      found = { code, fields: {} };
      factors.push(found);
      if (this.byCode !== null) this.byCode.set(code, found);
      else if (factors.length > 16) this.byCode = new Map(factors.map((f) => [f.code, f])); // many factors: O(1) lookups from here on
    }
    this.lastFactor = found;
    return found;
  }

  private bareField(factor: Hj212Factor, field: string, value: string): void {
    report(this.out, 'BARE_FIELD', `CP.${field}`, `${factor.code}-${field}`, `${field}=${value}`);
    this.field(factor, field, value);
  }

  private field(factor: Hj212Factor, rawField: string, raw: string): void {
    let field = knownField(rawField);
    let known = true;
    if (field === undefined) {
      const key = `${factor.code}-${rawField}`;
      if (rawField === '__proto__') {
        report(this.out, 'ITEM_SYNTAX', 'CP', 'key=value', `${key}=${raw}`);
        return;
      }
      const parts = rawField.split('-');
      const repaired = knownField(parts[0]);
      if (parts.length > 1 && repaired !== undefined && parts.every((p) => p === parts[0])) {
        field = repaired;
        report(this.out, 'FIELD_REPAIRED', `CP.${key}`, `${factor.code}-${field}`, key);
      } else {
        field = rawField;
        known = false;
        report(this.out, 'UNKNOWN_CP_FIELD', `CP.${key}`, undefined, key);
      }
    }
    if (Object.hasOwn(factor.fields, field)) {
      report(this.out, 'DUPLICATE_FIELD', `CP.${factor.code}-${field}`, undefined, raw);
      return;
    }
    let value: string | null = raw;
    if (raw === '***') {
      value = null;
      report(this.out, 'VALUE_MISSING', `CP.${factor.code}-${field}`, undefined, raw);
    } else if (known && isNumericField(field)) {
      if (!isDecimal(raw)) {
        value = bytesToText(raw);
        report(this.out, 'VALUE_NOT_NUMBER', `CP.${factor.code}-${field}`, '十进制数', printable(raw));
      }
    } else if (field === 'Flag') {
      if (!isDataFlag(raw)) {
        value = bytesToText(raw);
        report(this.out, 'DATA_FLAG_UNKNOWN', `CP.${factor.code}-Flag`, 'N/F/M/S/D/C/T/B', printable(raw));
      }
    } else {
      value = bytesToText(raw);
    }
    factor.fields[field] = value;
  }

  private dataTime(text: string): void {
    if (this.cp.dataTime !== null) {
      report(this.out, 'DUPLICATE_FIELD', 'CP.DataTime', this.cp.dataTime.text, text);
      return;
    }
    const time = parseHj212Time(text);
    if (time === null || time.format === 'epochMs') {
      report(this.out, 'DATATIME_INVALID', 'CP.DataTime', 'yyyyMMddHHmmss', text);
    } else {
      if (time.format !== 'yyyyMMddHHmmss') report(this.out, 'DATATIME_FORMAT', 'CP.DataTime', 'yyyyMMddHHmmss', text);
      this.cp.dataTime = time;
    }
  }

  private param(key: string, value: string): void {
    if (Object.hasOwn(this.cp.params, key)) {
      report(this.out, 'DUPLICATE_FIELD', `CP.${key}`, this.cp.params[key], value);
      return;
    }
    this.cp.params[key] = bytesToText(value);
  }
}

/**
 * Decodes the text between `CP=&&` and the closing `&&` (a byte string). Never throws: every deviation is
 * appended to `out`. Values with bytes above 0x7F are read as UTF-8 (HJ 212-2017 logs in i11001-Info are UTF-8).
 */
export function decodeCp(content: string, out: Violation[]): Hj212Cp {
  const decoder = new CpDecoder(out);
  decoder.decode(content);
  return decoder.cp;
}

/** Separators that would change a frame's meaning: in codes and parameter names, in field names, in values. */
const UNSAFE_NAME = /^$|[-;,&=\r\n]/;
const UNSAFE_FIELD = /^$|[;,&=\r\n]/;
const UNSAFE_VALUE = /[;,\r\n]|&&/;

function safe(text: string, unsafe: RegExp, what: string): string {
  if (unsafe.test(text)) throw new RangeError(`编码失败：${what}「${text}」为空或含有分隔符`);
  return text;
}

/**
 * The CP text (without `CP=&&` and `&&`): DataTime first, then the parameters, then the factors, each
 * factor's fields in their order, null as `***`. Throws RangeError on a key or value that contains a
 * separator (`;` `,` `&&` CR LF, and `-` `=` in keys), which would change the meaning of the frame.
 *
 * @example encodeCp({ dataTime: { text: '20240315090000' }, factors: [{ code: 'w01018', fields: { Avg: '24.8', Flag: 'N' } }] })
 * //=> 'DataTime=20240315090000;w01018-Avg=24.8,w01018-Flag=N'
 */
export function encodeCp(cp: CpInput): string {
  const groups: string[] = [];
  if (cp.dataTime) groups.push(`DataTime=${safe(cp.dataTime.text, UNSAFE_VALUE, 'DataTime')}`);
  for (const [key, value] of Object.entries(cp.params ?? {})) {
    groups.push(`${safe(key, UNSAFE_NAME, '参数名')}=${safe(value, UNSAFE_VALUE, `参数 ${key} 的值`)}`);
  }
  for (const factor of cp.factors ?? []) {
    const code = safe(factor.code, UNSAFE_NAME, '因子编码');
    const items: string[] = [];
    for (const [field, value] of Object.entries(factor.fields)) {
      if (value === undefined) continue;
      safe(field, UNSAFE_FIELD, `因子 ${code} 的字段名`);
      items.push(`${code}-${field}=${value === null ? '***' : safe(value, UNSAFE_VALUE, `${code}-${field} 的值`)}`);
    }
    if (items.length > 0) groups.push(items.join(','));
  }
  return groups.join(';');
}
