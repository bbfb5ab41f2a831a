/**
 * The one error every function in `src/domain/standards` throws on bad input (see README.md, "Bad input").
 * It names the field, the value received, what was expected and, for a file, the row — in Chinese, so the
 * CLI, the API and the web can show it as it is.
 *
 * @example
 * new StandardInputError('pm25', Number.NaN, '非负数（µg/m³）').message
 * //=> 'pm25 的值"NaN"无效，应为非负数（µg/m³）'
 */
export class StandardInputError extends Error {
  /** The field (input key, option name or column) that is wrong. */
  readonly field: string;
  /** The value received, as given. */
  readonly value: unknown;
  /** What was expected, in Chinese. */
  readonly expected: string;
  /** The row (1-based line of a file, header included) when the value came from one. */
  readonly row?: number;

  constructor(field: string, value: unknown, expected: string, row?: number) {
    super(`${row === undefined ? '' : `第${row}行 `}${field} 的值"${showValue(value)}"无效，应为${expected}`);
    this.name = 'StandardInputError';
    this.field = field;
    this.value = value;
    this.expected = expected;
    if (row !== undefined) this.row = row;
  }
}

function showValue(value: unknown): string {
  if (value === undefined) return '（缺少）';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return JSON.stringify(value) ?? String(value);
}
