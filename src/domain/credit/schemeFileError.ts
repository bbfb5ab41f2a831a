/** One thing wrong in a scheme file: where (line of a YAML/JSON file, row of a workbook), which field, what value. */
export interface SchemeIssue {
  /** 1-based line of a YAML or JSON file; null when the scheme did not come from text or the line is not known. */
  line: number | null;
  /** 1-based row of a workbook grid; null when the scheme did not come from a grid. */
  row: number | null;
  /** The field: a path in the file ('items[3].effect.points') or a column of the grid ('分值'). */
  field: string;
  /** The value found (undefined when missing). */
  value: unknown;
  /** The whole finding in Chinese, naming where, the field, the value and what was expected. */
  message: string;
}

/**
 * A scheme file (or object) that cannot be a credit scheme: every issue found, not only the first, so a user fixes
 * the file in one go. Nothing is loaded from a file that throws it.
 */
export class SchemeFileError extends Error {
  constructor(public readonly issues: SchemeIssue[]) {
    super(`评价方案有${issues.length}处错误：${issues.map((i) => i.message).join('；')}`);
    this.name = 'SchemeFileError';
  }
}

/** A value as an issue prints it. */
export function showSchemeValue(value: unknown): string {
  if (value === undefined) return '（缺少）';
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 60)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 60)}…` : json;
}

/** The sentence of an issue: `第12行 items[3].effect.points（分值）的值"-1分"无效，应为整数`. */
export function issueMessage(where: { line: number | null; row: number | null }, field: string, value: unknown, expected: string): string {
  const at = where.line !== null ? `第${where.line}行 ` : where.row !== null ? `第${where.row}行 ` : '';
  return `${at}${field} 的值"${showSchemeValue(value)}"无效，应为${expected}`;
}
