import { Dec } from '../../../standards/_lib/decimal.js';
import { formatNumber } from '../../figures.js';
import type { Figure, ReportDocument } from '../../reportModel.js';
import { FACTS_FIGURE_IDS } from '../../sections/registers/factsSections.js';
import type { FindingPlace, LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf } from '../walk.js';

/** The paragraph that speaks of a figure (prints it or lists it), or the whole report when none does. */
export function placeOfFigure(report: ReportDocument, id: string): FindingPlace {
  for (const { section, block } of paragraphsOf(report)) {
    const ids = block.figureIds ?? block.content.flatMap((r) => (typeof r !== 'string' && r.kind === 'figure' ? [r.id] : []));
    if (ids.includes(id)) return placeOf(section, block);
  }
  return { sectionKey: '', section: '' };
}

/** 4000m³/d, 8个: a figure's value with its unit, for a message. */
export const withUnit = (f: Figure) => `${formatNumber(f.value, {})}${f.unit}`;

const PLANT_ACTUAL = /^facts\.plant\.(\d+)\.actualCapacity$/;

/**
 * Management facts that cannot all be true: a wastewater plant treating more than its design capacity, more
 * enterprises connected to the sewer (纳管) than discharge industrial wastewater, a share or coverage above 100 %.
 */
export const factsCapacity: LintRule = {
  id: 'facts.capacity',
  description: '环境管理情况自相矛盾：污水处理厂实际处理规模大于设计规模、纳管企业多于外排企业、比例或覆盖率超过100%',
  check({ report }) {
    const findings: LintFinding[] = [];
    const fig = (id: string) => report.figures[id];
    const finding = (at: Figure, message: string, others: Figure[] = []): LintFinding => ({
      rule: this.id,
      severity: 'error',
      message,
      where: placeOfFigure(report, at.id),
      links: [...new Map([at, ...others].flatMap((f) => f.provenance.records).map((r) => [`${r.entity}:${r.id}`, r])).values()],
    });
    for (const actual of Object.values(report.figures)) {
      const n = PLANT_ACTUAL.exec(actual.id)?.[1];
      const design = n ? fig(`facts.plant.${n}.designCapacity`) : undefined;
      if (!design || !new Dec(actual.value).gt(design.value)) continue;
      const plant = actual.label.replace(/实际处理规模$/, '');
      findings.push(finding(actual, `${plant}实际处理规模${withUnit(actual)}大于设计处理规模${withUnit(design)}`, [design]));
    }
    const connected = fig(FACTS_FIGURE_IDS.connectedEnterprises);
    const discharging = fig(FACTS_FIGURE_IDS.wastewaterEnterprises);
    if (connected && discharging && new Dec(connected.value).gt(discharging.value)) {
      findings.push(finding(connected, `${connected.label}${withUnit(connected)}多于${discharging.label}${withUnit(discharging)}`, [discharging]));
    }
    for (const f of Object.values(report.figures)) {
      if (f.id.startsWith('facts.') && f.unit === '%' && !f.format.percent && new Dec(f.value).gt(100)) {
        findings.push(finding(f, `${f.label}${withUnit(f)}超过100%`));
      }
    }
    return findings;
  },
};
