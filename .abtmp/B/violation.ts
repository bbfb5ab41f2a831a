/**
 * A violation is a deviation from HJ 212 found in received bytes, returned as a value next to what could be
 * decoded (never thrown). `code` is stable (tests, counters and the API key on it); `message` is Chinese for
 * users and already names the field, the expected and the actual value (hj212.md §1.5 #6).
 *
 * Severity: an `error` makes the data untrustworthy or the frame unusable (CRC, length, identity fields);
 * strict decoding rejects a frame with any error. A `warning` is a deviation whose meaning is unambiguous
 * (the real-world quirks of hj212.md §1.3); it never rejects a frame.
 */

export type Severity = 'error' | 'warning';

/** Every violation code with its severity and Chinese title. */
const CATALOG = {
  // frame structure (decodeFrame)
  NOT_A_FRAME: ['error', '不是 HJ 212 通讯包（找不到包头 ##）'],
  GARBAGE_BEFORE_HEADER: ['warning', '包头 ## 之前有多余字符，已忽略'],
  LENGTH_FIELD_INVALID: ['error', '数据段长度字段应为 4 位十进制数字'],
  LENGTH_3_DIGITS: ['warning', '数据段长度字段只有 3 位数字'],
  LENGTH_MISMATCH: ['error', '数据段实际长度与长度字段不符'],
  CRC_MISSING: ['error', '缺少 4 位十六进制 CRC 校验码'],
  CRC_MISMATCH: ['error', 'CRC 校验失败'],
  CRC_ZERO: ['error', 'CRC 校验码为 0000（设备未计算校验码）'],
  CRC_MODBUS_SWAPPED: ['error', 'CRC 按 CRC-16/MODBUS 计算且高低字节颠倒，不是标准算法'],
  CRC_MODBUS: ['error', 'CRC 按 CRC-16/MODBUS 计算，不是标准算法'],
  // data segment header
  ITEM_SYNTAX: ['error', '数据项缺少 "="'],
  EMPTY_ITEM: ['warning', '空数据项（多余的 ; 或 ,），已忽略'],
  WHITESPACE: ['warning', '字段名或值两端有空白，已去除'],
  DUPLICATE_FIELD: ['warning', '字段重复出现，保留第一次的值'],
  UNKNOWN_HEADER_FIELD: ['warning', '数据段中有标准未定义的字段'],
  FIELD_ORDER: ['warning', '数据段字段顺序与标准不符'],
  QN_MISSING: ['warning', '缺少请求编码 QN'],
  QN_FORMAT: ['warning', '请求编码 QN 不是 17 位时间（yyyyMMddHHmmsszzz）'],
  QN_INVALID: ['error', '请求编码 QN 不是有效时间'],
  ST_MISSING: ['error', '缺少系统编码 ST'],
  ST_UNKNOWN: ['warning', '系统编码 ST 不在标准列表中'],
  CN_MISSING: ['error', '缺少命令编码 CN'],
  CN_UNKNOWN: ['warning', '命令编码 CN 不在标准列表中'],
  PW_MISSING: ['error', '缺少访问密码 PW'],
  PW_EMPTY: ['warning', '访问密码 PW 为空'],
  MN_MISSING: ['error', '缺少设备唯一标识 MN'],
  FLAG_MISSING: ['warning', '缺少标志位 Flag，无法判断协议版本和是否需要应答'],
  FLAG_INVALID: ['error', '标志位 Flag 应为 0–255 的整数'],
  VERSION_UNKNOWN: ['warning', '标志位 Flag 的协议版本未知'],
  PACKET_NUMBER_INVALID: ['error', '总包数 PNUM / 包号 PNO 无效'],
  PACKET_FLAG_MISMATCH: ['warning', '标志位 Flag 的拆分包位 D 与 PNUM/PNO 不一致'],
  CP_MISSING: ['error', '缺少指令参数 CP=&&…&&'],
  CP_NOT_CLOSED: ['error', '指令参数 CP 未用 && 包围（应为 CP=&&…&&）'],
  TEXT_AFTER_CP: ['warning', '指令参数 CP 之后还有字段'],
  // CP items
  DATATIME_MISSING: ['warning', '数据上传缺少数据时间 DataTime'],
  DATATIME_FORMAT: ['warning', '数据时间 DataTime 不是 14 位（yyyyMMddHHmmss）'],
  DATATIME_INVALID: ['error', '数据时间 DataTime 不是有效时间'],
  BARE_FIELD: ['warning', '数据项缺少污染因子编码（有同组因子时归入该因子，否则作为参数保留）'],
  FIELD_REPAIRED: ['warning', '数据项字段名重复书写，已修正'],
  UNKNOWN_CP_FIELD: ['warning', '数据项字段名不在标准列表中，按原样保留'],
  VALUE_MISSING: ['warning', '数据值缺失（***）'],
  VALUE_NOT_NUMBER: ['warning', '数值格式不符合 N 类型（十进制数）'],
  DATA_FLAG_UNKNOWN: ['warning', '数据标记不在标准列表（N/F/M/S/D/C/T/B）中'],
  // stream (framer)
  GARBAGE: ['warning', '丢弃了不属于任何通讯包的数据'],
  FRAME_TOO_LARGE: ['error', '通讯包超过允许的最大长度，已丢弃'],
  SEGMENT_OVER_1024: ['warning', '数据段超过标准上限 1024 字符，仍然接收'],
  CRLF_MISSING: ['warning', '通讯包缺少包尾 \\r\\n'],
  FRAME_INCOMPLETE: ['error', '数据流结束时通讯包不完整，已丢弃'],
  // segmented packets (reassembly)
  PACKET_TIMEOUT: ['error', '分包未在时限内收齐，已丢弃'],
  PACKET_DUPLICATE: ['warning', '重复收到同一分包，保留第一次的'],
  PACKET_CONFLICT: ['error', '分包之间总包数 PNUM 或数据时间不一致'],
  REASSEMBLY_OVERFLOW: ['error', '待组装的分包过多，最早的一组已丢弃'],
  // bound on the output
  TOO_MANY_VIOLATIONS: ['error', '问题过多，其余未列出'],
} as const satisfies Record<string, readonly [Severity, string]>;

export type ViolationCode = keyof typeof CATALOG;

export interface Violation {
  /** Stable identifier, e.g. `CRC_MISMATCH`. */
  code: ViolationCode;
  severity: Severity;
  /** Chinese, complete: title, field, expected and actual. */
  message: string;
  /** Where: a header key (`QN`), a CP key (`CP.a21026-Rtd`), `length`, `CRC`, `stream`, … */
  field: string;
  expected?: string;
  actual?: string;
}

/**
 * Builds a violation with its catalog severity and a Chinese message.
 *
 * @example violation('LENGTH_MISMATCH', 'length', '101', '100').message
 * //=> '数据段实际长度与长度字段不符：字段 length，期望 101，实际 100'
 */
export function violation(code: ViolationCode, field: string, expected?: string, actual?: string): Violation {
  const [severity, title] = CATALOG[code];
  let detail = `字段 ${field}`;
  if (expected !== undefined) detail += `，期望 ${expected}`;
  if (actual !== undefined) detail += `，实际 ${actual === '' ? '（空）' : actual}`;
  const v: Violation = { code, severity, message: `${title}：${detail}`, field };
  if (expected !== undefined) v.expected = expected;
  if (actual !== undefined) v.actual = actual;
  return v;
}

/** Violations kept per frame: a 10 KB frame of junk must not turn into megabytes of messages. */
export const MAX_VIOLATIONS = 64;

/**
 * Appends a violation unless the list is full; the first one over {@link MAX_VIOLATIONS} becomes a single
 * TOO_MANY_VIOLATIONS error (so strict mode still rejects what was not listed).
 */
export function report(out: Violation[], code: ViolationCode, field: string, expected?: string, actual?: string): void {
  if (out.length < MAX_VIOLATIONS) out.push(violation(code, field, expected, actual));
  else if (out.length === MAX_VIOLATIONS) out.push(violation('TOO_MANY_VIOLATIONS', 'frame', `≤ ${MAX_VIOLATIONS}`));
}

/** True when any violation is an error (strict mode rejects such a frame). */
export function hasError(violations: readonly Violation[]): boolean {
  for (const v of violations) if (v.severity === 'error') return true;
  return false;
}

/** Control and non-ASCII bytes as `\xNN`, cut to `max` characters: safe to show any received bytes. */
export function printable(bytes: string, max = 64): string {
  const cut = bytes.length > max ? bytes.slice(0, max) : bytes;
  const shown = cut.replace(/[^\x20-\x7e]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return bytes.length > max ? `${shown}…` : shown;
}
