import { Dec } from '../../../standards/_lib/decimal.js';
import { formatFigure, formatNumber } from '../../figures.js';
import { clauseAround, printedParagraph } from '../readNumbers.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf, quote, textLink } from '../walk.js';

/**
 * Text a user wrote in place of a generated paragraph whose numbers are not the figures the platform computes:
 * typed with a mistake, or right once and no longer after the ledger changed. A figure that stands for table
 * rows is left to `count.table`, which names the rows.
 */
export const editedFigures: LintRule = {
  id: 'edited.figure',
  description: '编写的文字中的数字与平台计算的数字不一致',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const { section, block } of paragraphsOf(report)) {
      if (!block.edited) continue;
      const printed = printedParagraph(block, report);
      for (const n of printed.numbers) {
        const f = n.figure;
        if (!f || f.tally) continue;
        // Compared at the figure's printed precision: 40.2 written for 40.25 printed is a difference, 40.250 is not.
        if (new Dec(n.value).eq(formatNumber(f.value, { ...f.format, thousands: false }))) continue;
        const rule = f.provenance.kind === 'rule' ? `（${f.provenance.description}）` : `（${f.provenance.source}）`;
        findings.push({
          rule: this.id,
          severity: 'error',
          message:
            `编写的文字${quote(clauseAround(printed.text, n.start, n.end))}中${f.label}为${n.inWords ? '0' : formatNumber(n.value, {})}${n.unit ?? ''}，` +
            `平台计算为${formatFigure({ ...f, showUnit: true })}${rule}`,
          where: placeOf(section, block),
          links: [textLink(block, section), ...f.provenance.records],
        });
      }
    }
    return findings;
  },
};
