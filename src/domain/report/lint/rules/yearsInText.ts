import type { ReportDocument } from '../../reportModel.js';
import { clauseAround, printedParagraph } from '../readNumbers.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf, quote, textLink } from '../walk.js';

const YEAR = /(?<![\d\-－—~～至])((?:19|20)\d{2})(?=\s*年)/g;

/** Years the report may speak of: its own, those it compares with, and any its data holds (approval dates, history). */
function knownYears(report: ReportDocument): Set<number> {
  const years = new Set([report.year, ...report.comparedYears]);
  const add = (text: string) => {
    for (const m of text.matchAll(/(?:19|20)\d{2}/g)) years.add(Number(m[0]));
  };
  for (const { block } of paragraphsOf(report)) {
    for (const run of block.content) if (typeof run !== 'string' && run.kind === 'datum') add(run.text);
  }
  for (const f of Object.values(report.figures)) if (f.comparison?.previousYear) years.add(f.comparison.previousYear);
  return years;
}

/**
 * A year in the text that is neither the report's nor one it compares with, nor one its data holds: most often a
 * sentence carried over from last year's report (截止到2023年底 in the 2024 report). A span "2012-2020年" is left
 * alone, as the title of a plan.
 */
export const yearsInText: LintRule = {
  id: 'year.text',
  description: '文中年份既不是报告年度，也不是对比年份',
  check({ report }) {
    const years = knownYears(report);
    const findings: LintFinding[] = [];
    for (const { section, block } of paragraphsOf(report)) {
      const printed = printedParagraph(block, report);
      // Generated text: only its literal words; the data it prints is the park's own.
      const text = printed.source === 'edited' ? printed.text : block.content.map((r) => (typeof r === 'string' ? r : '□')).join('');
      for (const m of text.matchAll(YEAR)) {
        const year = Number(m[1]);
        if (years.has(year)) continue;
        findings.push({
          rule: this.id,
          severity: 'warning',
          message:
            `${quote(clauseAround(text, m.index, m.index + 4))}中的${year}年既不是报告年度${report.year}年，` +
            `也不是对比年份${report.comparedYears.length ? report.comparedYears.map((y) => `${y}年`).join('、') : ''}，请核实是否沿用了往年文字`,
          where: placeOf(section, block),
          links: printed.source === 'edited' ? [textLink(block, section)] : [],
        });
      }
    }
    return findings;
  },
};
