import { headingText, type ReportSection } from '../../reportModel.js';
import type { LintFinding, LintRule } from '../types.js';
import { placeOf } from '../walk.js';

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一、→ 1, （十二）→ 12, 3. → 3; null when the number is not one of these forms. */
export function sectionOrdinal(number: string): number | null {
  const arabic = /^(\d+)[.．、]?$/.exec(number.trim());
  if (arabic) return Number(arabic[1]);
  const chinese = /^[（(]?([一二三四五六七八九十]+)[）)、]?$/.exec(number.trim());
  if (!chinese) return null;
  const s = chinese[1]!;
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  return (tens ? (DIGITS[tens] ?? 0) * 10 : s.includes('十') ? 10 : 0) + (ones ? (DIGITS[ones] ?? 0) : 0);
}

const LEVEL_WORDS = { 1: '章', 2: '节', 3: '条' } as const;

/**
 * Duplicate or skipped section numbers: 一、三、 with no 二、, or （九） twice (as the seed report numbers its last
 * part of chapter 二). Each level counts from 1 within its parent. A skip over sections the report says it leaves
 * out (`leftOut`, by key: the park adds them in Word) is not one.
 */
export const sectionNumbers: LintRule = {
  id: 'section.numbers',
  description: '章节编号重复或跳号',
  check({ report }) {
    const findings: LintFinding[] = [];
    const leftOut = new Set(report.leftOut ?? []);
    /** The last ordinal seen at each level under the current parents. */
    const last: Record<number, number> = {};
    const seen: Record<number, Set<number>> = {};
    for (const s of report.sections) {
      for (const deeper of [s.level + 1, s.level + 2]) {
        delete last[deeper];
        delete seen[deeper];
      }
      const n = sectionOrdinal(s.number);
      if (n === null) {
        findings.push(finding(s, `章节“${headingText(s)}”的编号“${s.number}”无法识别`));
        continue;
      }
      const prev = last[s.level] ?? 0;
      const used = (seen[s.level] ??= new Set());
      if (used.has(n)) findings.push(finding(s, `章节编号重复：“${headingText(s)}”与前面的第${n}${LEVEL_WORDS[s.level]}编号相同`));
      else if (n > prev + 1) {
        const parent = s.key.split('.').slice(0, -1).join('.');
        const missing = Array.from({ length: n - prev - 1 }, (_, i) => prev + i + 1).filter((m) => !leftOut.has(parent ? `${parent}.${m}` : String(m)));
        if (missing.length) findings.push(finding(s, `章节跳号：“${headingText(s)}”之前缺少第${missing.join('、')}${LEVEL_WORDS[s.level]}`));
      } else if (n < prev) findings.push(finding(s, `章节编号顺序颠倒：“${headingText(s)}”排在第${prev}${LEVEL_WORDS[s.level]}之后`));
      used.add(n);
      last[s.level] = Math.max(prev, n);
    }
    return findings;
  },
};

function finding(s: ReportSection, message: string): LintFinding {
  return { rule: 'section.numbers', severity: 'error', message, where: placeOf(s), links: [] };
}
