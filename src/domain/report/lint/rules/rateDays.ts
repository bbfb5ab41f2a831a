import { Dec } from '../../../standards/_lib/decimal.js';
import { formatNumber } from '../../figures.js';
import type { Figure, RecordRef, ReportDocument } from '../../reportModel.js';
import { clauseAround, printedParagraph } from '../readNumbers.js';
import { tableGrid } from '../tableGrid.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf, quote, tablesOf, textLink } from '../walk.js';

/** A rate's counts as the report prints them (or as computed where the text does not print them), and the rate they give. */
function expected(rate: Figure, report: ReportDocument, printedCount: (f: Figure) => string | null) {
  const numerator = report.figures[rate.ratio!.numerator];
  const denominator = report.figures[rate.ratio!.denominator];
  if (!numerator || !denominator) return null;
  const n = printedCount(numerator) ?? numerator.value;
  const d = printedCount(denominator) ?? denominator.value;
  if (new Dec(d).isZero()) return null;
  const format = { ...rate.format, thousands: false };
  return { numerator, denominator, n, d, rate: formatNumber(new Dec(n).div(d).toString(), format) };
}

const count = (f: Figure, value: string) => `${f.label}${formatNumber(value, {})}${f.unit}`;

/**
 * A printed rate that does not follow from the counts it is the quotient of: 优良率 90.2% beside 330 good days of
 * 365 valid days (90.4%). The counts are those the same paragraph prints (written text read back), else the
 * figures'; the rate is compared at the precision it prints with. Written text giving a rate without either count
 * is left to `edited.figure`. Table cells with a rate are checked the same way.
 */
export const rateDays: LintRule = {
  id: 'rate.days',
  description: '比率与其所依据的天数或样品数不符',
  check({ report }) {
    const findings: LintFinding[] = [];
    const finding = (rate: Figure, written: string, e: NonNullable<ReturnType<typeof expected>>, where: LintFinding['where'], context: string, links: RecordRef[]) => {
      const unit = rate.format.percent ? '%' : rate.unit;
      findings.push({
        rule: this.id,
        severity: 'error',
        message: `${context}中${rate.label}为${written}${unit}，但${count(e.numerator, e.n)}、${count(e.denominator, e.d)}，比率应为${e.rate}${unit}`,
        where,
        links,
      });
    };
    for (const { section, block } of paragraphsOf(report)) {
      const printed = printedParagraph(block, report);
      const printedCount = (f: Figure) => printed.numbers.find((n) => n.figure?.id === f.id)?.value ?? null;
      for (const n of printed.numbers) {
        const rate = n.figure;
        if (!rate?.ratio) continue;
        const e = expected(rate, report, printed.source === 'edited' ? printedCount : () => null);
        if (!e) continue;
        // Written text that gives the rate without its counts differs from the figure, not from itself: edited.figure says so.
        if (printed.source === 'edited' && printedCount(e.numerator) === null && printedCount(e.denominator) === null) continue;
        const written = printed.source === 'edited' ? formatNumber(n.value, {}) : formatNumber(rate.value, { ...rate.format, thousands: false });
        if (new Dec(written).eq(e.rate)) continue;
        const context = `${printed.source === 'edited' ? '编写的文字' : '段落'}${quote(clauseAround(printed.text, n.start, n.end))}`;
        const links = [...(printed.source === 'edited' ? [textLink(block, section)] : []), ...rate.provenance.records];
        finding(rate, written, e, placeOf(section, block), context, links);
      }
    }
    for (const { section, block } of tablesOf(report)) {
      for (const row of tableGrid(block)) {
        row.source.cells.forEach((cell) => {
          const rate = cell.figure;
          if (!rate?.ratio) return;
          const e = expected(rate, report, () => null);
          if (!e) return;
          const written = cell.text.replace(/[%％,\s]/g, '');
          if (/^\d+(\.\d+)?$/.test(written) && new Dec(written).eq(e.rate)) return;
          finding(rate, written, e, placeOf(section, block, row.row), `${block.caption.split(' ')[0]}第${row.row}行`, rate.provenance.records);
        });
      }
    }
    return findings;
  },
};
