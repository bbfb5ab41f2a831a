/**
 * One bad cell (or missing column, or file-level problem) of a lab-results file: where it is, what it holds and
 * what was expected, in Chinese — the same fields the API and the CLI print for every import error.
 */
export interface LabResultIssue {
  /** The file name as the user gave it. */
  file: string;
  /** The worksheet (absent for a CSV file). */
  sheet?: string;
  /** 1-based row of the sheet or line of the CSV (absent for the file as a whole). */
  row?: number;
  /** Column letter and its header ('D（监测结果）'), or the name of a missing column. */
  column?: string;
  /** The cell as written ('' for an empty cell). */
  value?: string;
  /** What was expected, in Chinese. */
  expected: string;
}

/** The file was refused as a whole: every issue found, and no results (all-or-nothing). */
export class LabResultsError extends Error {
  readonly issues: readonly LabResultIssue[];

  constructor(issues: readonly LabResultIssue[]) {
    super(`${issues[0]?.file ?? '文件'}：${issues.length}处错误，未读取任何结果`);
    this.name = 'LabResultsError';
    this.issues = issues;
  }
}

/** One issue as one Chinese line: 文件 a.csv 工作表"…" 第3行 D（监测结果）列：值"abc"，应为… */
export function issueText(i: LabResultIssue): string {
  const where = [`文件 ${i.file}`, i.sheet !== undefined ? `工作表"${i.sheet}"` : '', i.row !== undefined ? `第${i.row}行` : '', i.column ? `${i.column}列` : '']
    .filter(Boolean)
    .join(' ');
  const value = i.value === undefined ? '' : `值"${i.value}"，`;
  return `${where}：${value}应为${i.expected}`;
}

/** A problem with one cell, before its place in the file is known; the sheet reader adds file, row and column. */
export class LabCellError extends Error {
  constructor(
    readonly value: string,
    readonly expected: string,
  ) {
    super(`值"${value}"无效，应为${expected}`);
    this.name = 'LabCellError';
  }
}
