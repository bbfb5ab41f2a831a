import { Dec } from '../../../standards/_lib/decimal.js';
import { contentFigures, formatFigure } from '../../figures.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf } from '../walk.js';

/**
 * A park total as published that differs from the sum of its enterprises' rows (where both exist): the report
 * prints the sum, and the published figure disagrees with the ledger it should add up from.
 */
export const emissionPublishedTotal: LintRule = {
  id: 'emission.publishedTotal',
  description: '园区公布的污染物排放总量与各企业排放量之和不符',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const published of Object.values(report.figures)) {
      const m = /^(emission\.\d{4}\..+)\.published$/.exec(published.id);
      const sum = m ? report.figures[m[1]!] : undefined;
      if (!sum || new Dec(sum.value).eq(published.value)) continue;
      const at = paragraphsOf(report).find(({ block }) => contentFigures(block).some((f) => f.id === sum.id));
      const diff = new Dec(published.value).minus(sum.value);
      findings.push({
        rule: this.id,
        severity: 'error',
        message: `${published.label}为${formatFigure({ ...published, showUnit: true })}，各企业排放量之和为${formatFigure({ ...sum, showUnit: true })}，相差${diff.abs().toString()}${sum.unit}`,
        where: at ? placeOf(at.section, at.block) : { sectionKey: '', section: '' },
        links: [...published.provenance.records, ...sum.provenance.records],
      });
    }
    return findings;
  },
};
