import { Dec } from '../../../standards/_lib/decimal.js';
import { formatNumber } from '../../figures.js';
import { clauseAround, paragraphFigures, printedParagraph } from '../readNumbers.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf, quote, textLink } from '../walk.js';

/** A number followed by the second half of a rate unit only: 18.04/a, 300/d. */
const FRAGMENT = /(?<![0-9A-Za-z.\-/])(\d+(?:\.\d+)?)(\/(?:a|d|h|年|日|天))(?![A-Za-z])/g;

/**
 * A number printed with half a unit: "产生量18.04/a" where the figure is in t/a. The number reader takes such a
 * number for part of an identifier and leaves it unread, so `figure.unit` cannot see it; this rule reads it when
 * a figure of the paragraph has that value and a unit ending the same way, and names that figure.
 */
export const unitFragments: LintRule = {
  id: 'figure.unitFragment',
  description: '数字的单位不完整（如“18.04/a”缺少“t”）',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const { section, block } of paragraphsOf(report)) {
      const printed = printedParagraph(block, report);
      const figures = paragraphFigures(block, report);
      for (const m of printed.text.matchAll(FRAGMENT)) {
        const [, number, fragment] = m as unknown as [string, string, string];
        const figure = figures.find((f) => f.unit.endsWith(fragment) && f.unit !== fragment && new Dec(formatNumber(f.value, { ...f.format, thousands: false })).eq(number));
        // Only a number the paragraph's figures account for: 43/a in a document number is none of them.
        if (!figure) continue;
        findings.push({
          rule: this.id,
          severity: 'error',
          message:
            `${quote(clauseAround(printed.text, m.index, m.index + m[0].length))}中的${figure.label}${number}` +
            `单位“${fragment}”不完整（应为${figure.unit}）`,
          where: placeOf(section, block),
          links: printed.source === 'edited' ? [textLink(block, section)] : figure.provenance.records,
        });
      }
    }
    return findings;
  },
};
