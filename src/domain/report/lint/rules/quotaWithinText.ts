import { Dec } from '../../../standards/_lib/decimal.js';
import { formatFigure } from '../../figures.js';
import type { Figure, ReportDocument } from '../../reportModel.js';
import { emissionFigureId } from '../../sections/registers/quotaSections.js';
import { printedParagraph } from '../readNumbers.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf, quote, textLink } from '../walk.js';

/** Words saying the emissions are within the quotas: 在总量控制范围以内, 未超过总量控制指标, 满足总量控制要求. */
const WITHIN = [/在总量控制(指标)?的?范围(以)?内/, /(未|没有|不)超(出|过)?了?(总量|控制指标|指标)/, /满足总量控制(指标|要求)/, /均在[^，。；]{0,10}(指标|控制)(范围)?(以)?内/];
/** Words saying a total exceeds its quota: 超出总量控制指标, 超过总量; not 未超 / 没有超 / 不超. */
const OVER = /(?<!(未|不|没有|没|无))超(出|过)?了?(总量|控制指标|指标)/;
const SEGMENT = /[^。；;\n]+/g;

/** The quotas of the report with the report year's totals: [quota, total] pairs. */
function quotaPairs(report: ReportDocument): { quota: Figure; total: Figure }[] {
  return Object.values(report.figures).flatMap((quota) => {
    const m = /^quota\.(.+)$/.exec(quota.id);
    const total = m ? report.figures[emissionFigureId(report.year, m[1]!)] : undefined;
    return m && total ? [{ quota, total }] : [];
  });
}

/**
 * Text that says the emissions are within the quotas (在总量控制范围以内, 未超过) while a total of the report's year
 * exceeds its quota, or says 超出 while every total is within.
 */
export const quotaWithinText: LintRule = {
  id: 'quota.withinText',
  description: '文字称污染物排放量在总量控制范围以内（或超出），与排放总量和总量控制指标不符',
  check({ report }) {
    const pairs = quotaPairs(report);
    if (pairs.length === 0) return [];
    const over = pairs.filter((p) => new Dec(p.total.value).gt(p.quota.value));
    const findings: LintFinding[] = [];
    for (const { section, block } of paragraphsOf(report)) {
      const printed = printedParagraph(block, report);
      if (!printed.text.includes('总量') && !printed.text.includes('指标')) continue;
      const who = printed.source === 'edited' ? '编写的文字' : '段落';
      const links = printed.source === 'edited' ? [textLink(block, section)] : [];
      for (const [segment] of printed.text.matchAll(SEGMENT)) {
        const within = WITHIN.map((re) => segment.match(re)?.[0]).find((m) => m !== undefined);
        const exceeds = within ? undefined : segment.match(OVER)?.[0];
        if (within && over.length > 0) {
          findings.push({
            rule: this.id,
            severity: 'error',
            message: `${who}${quote(segment)}说“${within}”，但${over.map((p) => `${p.total.label}${formatFigure({ ...p.total, showUnit: true })}超过${p.quota.label}${formatFigure({ ...p.quota, showUnit: true })}`).join('；')}`,
            where: placeOf(section, block),
            links: [...links, ...over.flatMap((p) => [...p.total.provenance.records, ...p.quota.provenance.records])],
          });
        } else if (exceeds && over.length === 0) {
          findings.push({
            rule: this.id,
            severity: 'error',
            message: `${who}${quote(segment)}说“${exceeds}”，但${report.year}年各污染物排放总量均未超过总量控制指标`,
            where: placeOf(section, block),
            links,
          });
        }
      }
    }
    return findings;
  },
};
