import { Dec } from '../../../standards/_lib/decimal.js';
import { formatNumber } from '../../figures.js';
import type { Figure, ReportDocument } from '../../reportModel.js';
import { MONITORING_RULES } from '../../sections/monitoring/monitoringFigures.js';
import { paragraphFigures, printedParagraph } from '../readNumbers.js';
import { tableGrid } from '../tableGrid.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf, quote, tablesOf, textLink } from '../walk.js';

/** Words saying a plan (item) was carried out: 已落实, 均已落实, 全部落实, 得到落实, 落实到位. */
const CLAIM = /(均已|已全部|全部|均|已|得到)落实|落实到位/g;
/** 未全部落实, 尚未落实: a negated claim. */
const NEGATED = /(未|尚未|没有|不)$/;
/** Clauses a claim speaks within. */
const SEGMENT = /[^。；;\n]+/g;

const isImplementation = (f: Figure) => f.provenance.kind === 'rule' && f.provenance.rule === MONITORING_RULES.planImplementation && !!f.ratio;

/** The campaigns planned and done behind an implementation figure, when fewer were done than planned. */
function shortfall(f: Figure, report: ReportDocument): { planned: Figure; done: Figure } | null {
  const done = report.figures[f.ratio!.numerator];
  const planned = report.figures[f.ratio!.denominator];
  if (!done || !planned || !new Dec(done.value).lt(planned.value)) return null;
  return { planned, done };
}

/** Whether a text holds a claim that is neither negated nor a count (已落实5项). */
function claims(text: string): boolean {
  for (const m of text.matchAll(CLAIM)) {
    if (!NEGATED.test(text.slice(0, m.index)) && !/^\d/.test(text.slice(m.index + m[0].length))) return true;
  }
  return false;
}

const words = (f: Figure, s: { planned: Figure; done: Figure }) =>
  `${f.label.replace(/监测计划落实率$/, '')}计划监测${formatNumber(s.planned.value, {})}${s.planned.unit}、完成${formatNumber(s.done.value, {})}${s.done.unit}`;

/**
 * Text saying a monitoring plan item was carried out (已落实 in its table row, 均已落实 or 已落实 in a paragraph)
 * while its points did fewer campaigns than planned. A paragraph's claim speaks of the plan items it names (by
 * medium), or of all those it speaks of when it names none; text without figures speaks of the whole plan when it
 * says 监测计划 or 监测方案.
 */
export const planImplemented: LintRule = {
  id: 'plan.implemented',
  description: '监测计划写“已落实”，但完成的监测期数少于计划',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const { section, block } of tablesOf(report)) {
      for (const row of tableGrid(block)) {
        const items = (row.source.figureIds ?? []).map((id) => report.figures[id]).filter((f): f is Figure => !!f && isImplementation(f));
        if (items.length === 0) continue;
        const cells = [...new Set(row.cells.filter((c) => c !== undefined))];
        const said = cells.find((c) => claims(c.text));
        if (!said) continue;
        for (const f of items) {
          const s = shortfall(f, report);
          if (!s) continue;
          findings.push({
            rule: this.id,
            severity: 'error',
            message: `${block.caption.split(' ')[0]}第${row.row}行写${quote(said.text)}，但${words(f, s)}`,
            where: placeOf(section, block, row.row),
            links: f.provenance.records,
          });
        }
      }
    }
    const everyItem = Object.values(report.figures).filter(isImplementation);
    for (const { section, block } of paragraphsOf(report)) {
      const own = paragraphFigures(block, report).filter(isImplementation);
      const printed = printedParagraph(block, report);
      const reported = new Set<string>();
      for (const [segment] of printed.text.matchAll(SEGMENT)) {
        if (!claims(segment)) continue;
        const items = own.length ? own : /监测(计划|方案)/.test(segment) ? everyItem : [];
        const named = items.filter((f) => f.cues?.terms.some((t) => segment.includes(t)));
        for (const f of named.length ? named : items) {
          const s = shortfall(f, report);
          if (!s || reported.has(f.id)) continue;
          reported.add(f.id);
          findings.push({
            rule: this.id,
            severity: 'error',
            message: `${printed.source === 'edited' ? '编写的文字' : '段落'}${quote(segment)}说已落实，但${words(f, s)}`,
            where: placeOf(section, block),
            links: [...(printed.source === 'edited' ? [textLink(block, section)] : []), ...f.provenance.records],
          });
        }
      }
    }
    return findings;
  },
};
