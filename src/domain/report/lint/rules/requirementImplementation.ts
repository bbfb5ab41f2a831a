import type { RecordRef } from '../../reportModel.js';
import { REQUIREMENT_FIGURES } from '../../sections/registers/requirementSections.js';
import { tableGrid } from '../tableGrid.js';
import type { LintFinding, LintRule } from '../types.js';
import { placeOf, tablesOf } from '../walk.js';

const same = (a: RecordRef, b: RecordRef) => a.entity === b.entity && a.id === b.id;

/**
 * Requirements whose implementation of the report year is not written (the row prints an empty 落实情况), and those
 * whose text is still last year's, carried over and not edited: each a warning at its table row, from the records of
 * the figures `requirements.missing` and `requirements.carried`.
 */
export const requirementImplementation: LintRule = {
  id: 'requirement.implementation',
  description: '要求没有本年度落实情况，或落实情况沿用上年尚未修改',
  check({ report }) {
    const findings: LintFinding[] = [];
    const cases = [
      { figure: report.figures[REQUIREMENT_FIGURES.missing], words: `没有${report.year}年的落实情况` },
      { figure: report.figures[REQUIREMENT_FIGURES.carried], words: '的落实情况沿用上年文字，尚未按本年情况修改' },
    ];
    const rows = tablesOf(report).flatMap(({ section, block }) => tableGrid(block).map((row) => ({ section, block, row })));
    for (const { figure, words } of cases) {
      for (const record of figure?.provenance.records ?? []) {
        const at = rows.find((r) => r.row.record && same(r.row.record, record));
        const label = record.label.replace(/的落实情况$/, '');
        findings.push({
          rule: this.id,
          severity: 'warning',
          message: at ? `${at.block.caption.split(' ')[0]}第${at.row.row}行（${label}）${words}` : `${label}${words}`,
          where: at ? placeOf(at.section, at.block, at.row.row) : { sectionKey: '', section: '' },
          links: [record],
        });
      }
    }
    return findings;
  },
};
