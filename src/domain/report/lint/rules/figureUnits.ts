import { formatNumber } from '../../figures.js';
import { clauseAround, printedParagraph } from '../readNumbers.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf, quote, textLink } from '../walk.js';

/**
 * A figure printed without its unit: "拓展范围：5.99（湘发改函[2015]397号）" for an area in km². Read from the
 * printed text, so a generated paragraph that leaves a unit to its words is checked as much as written text.
 */
export const figureUnits: LintRule = {
  id: 'figure.unit',
  description: '数字缺少单位',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const { section, block } of paragraphsOf(report)) {
      const printed = printedParagraph(block, report);
      for (const n of printed.numbers) {
        if (!n.figure || !n.figure.unit || n.unit !== null || n.inWords) continue;
        findings.push({
          rule: this.id,
          severity: 'error',
          message: `${quote(clauseAround(printed.text, n.start, n.end))}中的${n.figure.label}${formatNumber(n.value, {})}没有单位（应为${n.figure.unit}）`,
          where: placeOf(section, block),
          links: printed.source === 'edited' ? [textLink(block, section)] : n.figure.provenance.records,
        });
      }
    }
    return findings;
  },
};
