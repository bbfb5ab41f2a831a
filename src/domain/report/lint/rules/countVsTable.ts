import { formatNumber } from '../../figures.js';
import { Dec } from '../../../standards/_lib/decimal.js';
import { clauseAround, printedParagraph } from '../readNumbers.js';
import { tallyRecords, tallyWords } from '../tally.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf, quote, textLink } from '../walk.js';

/**
 * A count in a paragraph that differs from the count of the table rows it stands for: "已取得排污许可证企业数量44个"
 * above a table that shows 42 enterprises with a permit. Written text is read back to its figures first.
 */
export const countVsTable: LintRule = {
  id: 'count.table',
  description: '段落中的数量与表格中对应行数不一致',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const { section, block } of paragraphsOf(report)) {
      const printed = printedParagraph(block, report);
      for (const n of printed.numbers) {
        const tally = n.figure?.tally;
        if (!n.figure || !tally) continue;
        const rows = tallyRecords(report, tally);
        if (!rows || new Dec(n.value).eq(rows.length)) continue;
        const unit = n.unit ?? n.figure.unit;
        const counted = new Set(rows.map((r) => String(r.id)));
        const ruleRecords = n.figure.provenance.records;
        // The records to open: for written text, the text; for a generated count, those the table and the rule disagree on.
        const links =
          printed.source === 'edited'
            ? [textLink(block, section)]
            : [...ruleRecords.filter((r) => !counted.has(String(r.id))), ...rows.filter((r) => !ruleRecords.some((x) => x.id === r.id))];
        findings.push({
          rule: this.id,
          severity: 'error',
          message:
            `${printed.source === 'edited' ? '编写的文字' : '段落'}${quote(clauseAround(printed.text, n.start, n.end))}中${n.figure.label}为` +
            `${formatNumber(n.value, {})}${unit}，而${tallyWords(report, tally)}共${rows.length}${unit}`,
          where: placeOf(section, block),
          links,
        });
      }
    }
    return findings;
  },
};
