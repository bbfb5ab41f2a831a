import { Dec } from '../../../standards/_lib/decimal.js';
import { formatNumber } from '../../figures.js';
import type { Figure, ParagraphBlock, ReportDocument, ReportSection } from '../../reportModel.js';
import { paragraphFigures, printedParagraph } from '../readNumbers.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf, textLink } from '../walk.js';

/** What the report says a figure is, and where. `written`: read from text a user wrote. */
interface Said {
  value: string;
  written: boolean;
  section?: ReportSection;
  block?: ParagraphBlock;
}

/**
 * The value the report gives each figure: the number written text gives it, or the computed value. A figure of an
 * edited paragraph that its text does not mention is unknown: the text may have left it out as a part.
 */
function saidValues(report: ReportDocument): Map<string, Said | null> {
  const said = new Map<string, Said | null>(Object.entries(report.figures).map(([id, f]) => [id, { value: f.value, written: false }]));
  for (const { section, block } of paragraphsOf(report)) {
    const printed = printedParagraph(block, report);
    if (printed.source === 'edited') for (const f of paragraphFigures(block, report)) said.set(f.id, null);
    for (const n of printed.numbers) {
      if (n.figure) said.set(n.figure.id, { value: n.value, written: printed.source === 'edited', section, block });
    }
  }
  return said;
}

const figureLabel = (f: Figure | undefined, id: string) => f?.label ?? id;

/**
 * Parts that do not add up to their whole (正常生产 + 在建 ≠ 入园企业), with the values the report prints. Where a
 * written text leaves a part out, its other parts may still not exceed the whole (counts are never negative).
 */
export const sumParts: LintRule = {
  id: 'sum.parts',
  description: '分项之和与合计不符',
  check({ report }) {
    const said = saidValues(report);
    const findings: LintFinding[] = [];
    for (const rel of report.relations) {
      const whole = said.get(rel.whole);
      if (!whole) continue;
      const parts = rel.parts.map((id) => ({ id, said: said.get(id) ?? null }));
      const known = parts.filter((p): p is { id: string; said: Said } => p.said !== null);
      const sum = known.reduce((s, p) => s.plus(p.said.value), new Dec(0));
      const complete = known.length === parts.length;
      if (complete ? sum.eq(whole.value) : sum.lte(whole.value)) continue;
      const unit = report.figures[rel.whole]?.unit ?? '';
      const terms = known.map((p) => `${figureLabel(report.figures[p.id], p.id)}${formatNumber(p.said.value, {})}`).join(' + ');
      const place = whole.block && whole.section ? whole : (known.find((p) => p.said.block)?.said ?? null);
      const written = [whole, ...known.map((p) => p.said)].filter((s) => s.written && s.block && s.section);
      findings.push({
        rule: this.id,
        severity: 'error',
        message:
          `“${rel.description}”不成立：${terms} = ${formatNumber(sum.toString(), {})}${unit}，` +
          `${complete ? '' : '已超过'}${figureLabel(report.figures[rel.whole], rel.whole)}${formatNumber(whole.value, {})}${unit}` +
          (written.length ? '（数字取自编写的文字）' : ''),
        where: place?.section ? placeOf(place.section, place.block) : { sectionKey: '', section: '' },
        // Written text is fixed in the text; computed values that disagree, in the records the whole counted.
        links: written.length ? [textLink(written[0]!.block!, written[0]!.section!)] : (report.figures[rel.whole]?.provenance.records ?? []),
      });
    }
    return findings;
  },
};
