import { describe, expect, it } from 'vitest';
import { documentOf, sectionOf, textBlock } from '../../../../test/helpers/reportDocument.js';
import { lintReport, type LintFinding, type LintRule } from './index.js';

const at = (sectionKey: string, blockKey: string | undefined, severity: LintFinding['severity'], message: string): LintFinding => ({
  rule: 'r',
  severity,
  message,
  where: { sectionKey, section: sectionKey, ...(blockKey ? { blockKey } : {}) },
  links: [],
});

describe('lintReport', () => {
  it('lists findings in report order: section, block, errors before warnings, the ledger as a whole last', () => {
    const report = documentOf('报告', [], [sectionOf('1', '一、', '甲', [textBlock('a', 'x'), textBlock('b', 'y')]), sectionOf('3', '三、', '丙', [textBlock('c', 'z')])]);
    const rule: LintRule = {
      id: 'r',
      description: '',
      check: () => [at('', undefined, 'warning', '企业档案'), at('3', 'c', 'error', '三'), at('1', 'b', 'warning', '一b警告'), at('1', 'b', 'error', '一b错误'), at('1', 'a', 'error', '一a')],
    };
    expect(lintReport({ report, enterprises: [] }, [rule]).map((f) => f.message)).toEqual(['一a', '一b错误', '一b警告', '三', '企业档案']);
  });
});
