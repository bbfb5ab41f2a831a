import { describe, expect, it } from 'vitest';
import { issueText, LabResultsError } from './labResultsError.js';

describe('issueText', () => {
  it('names file, sheet, row, column, value and what was expected', () => {
    expect(issueText({ file: 'a.xlsx', sheet: '地表水', row: 3, column: 'D（监测结果）', value: 'abc', expected: '非负数值' })).toBe(
      '文件 a.xlsx 工作表"地表水" 第3行 D（监测结果）列：值"abc"，应为非负数值',
    );
    expect(issueText({ file: 'a.csv', expected: '非空的监测结果表' })).toBe('文件 a.csv：应为非空的监测结果表');
  });
  it('the error counts its issues', () => {
    expect(new LabResultsError([{ file: 'a.csv', expected: 'x' }, { file: 'a.csv', expected: 'y' }]).message).toBe('a.csv：2处错误，未读取任何结果');
  });
});
