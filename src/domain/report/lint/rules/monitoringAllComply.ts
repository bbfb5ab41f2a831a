import { Dec } from '../../../standards/_lib/decimal.js';
import { formatFigure } from '../../figures.js';
import type { Figure } from '../../reportModel.js';
import { EXCEEDANCE_RULES, MEDIUM_WORDS } from '../../sections/monitoring/monitoringFigures.js';
import { paragraphFigures, printedParagraph } from '../readNumbers.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf, quote, textLink } from '../walk.js';

/** Words saying results comply: 符合…标准, 均达标, 达标率100%, 无超标因子, 未超标, 最大超标倍数0倍. */
const CLAIMS: RegExp[] = [
  /(?<!不)符合[^，；。]*?(标准|筛选值|限值)/,
  /(均|全部|都|全)(达标|合格)/,
  /达标率\s*100(\.0+)?\s*[%％]/,
  /(无|未出现|没有|未发现)[^，；。、]{0,6}超标/,
  /(未|不|没有)超标/,
  /最大超标倍数(为)?\s*0(\.0+)?\s*倍/,
];
const SEGMENT = /[^。；;\n]+/g;
const ALL_WORDS = Object.values(MEDIUM_WORDS).flat();

const isExceedance = (f: Figure) => f.provenance.kind === 'rule' && EXCEEDANCE_RULES.includes(f.provenance.rule) && new Dec(f.value).gt(0);

/**
 * A paragraph saying a medium complies (符合…标准, 无超标, 达标率100%, 最大超标倍数0倍) while a result of that medium
 * exceeds. A clause speaks of the media it names (空气, 地表水, 土壤 …) among the exceedances the paragraph speaks of —
 * or, for text without figures (a narrative chapter), among the report's; a clause naming no medium speaks of all the
 * paragraph's own.
 */
export const monitoringAllComply: LintRule = {
  id: 'monitoring.allComply',
  description: '段落称监测结果达标或无超标，但该要素有超标结果',
  check({ report }) {
    const findings: LintFinding[] = [];
    const everyExceedance = Object.values(report.figures).filter(isExceedance);
    for (const { section, block } of paragraphsOf(report)) {
      const own = paragraphFigures(block, report);
      const candidates = own.length ? own.filter(isExceedance) : everyExceedance;
      if (candidates.length === 0) continue;
      const printed = printedParagraph(block, report);
      const reported = new Set<string>();
      for (const [segment] of printed.text.matchAll(SEGMENT)) {
        const claim = CLAIMS.map((re) => segment.match(re)?.[0]).find((m) => m !== undefined);
        if (!claim) continue;
        const named = ALL_WORDS.filter((w) => segment.includes(w));
        const about = named.length ? candidates.filter((f) => f.cues?.scope?.some((w) => named.includes(w))) : own.length ? candidates : [];
        for (const f of about) {
          if (reported.has(f.id)) continue;
          reported.add(f.id);
          findings.push({
            rule: this.id,
            severity: 'error',
            message: `${printed.source === 'edited' ? '编写的文字' : '段落'}${quote(segment)}说“${claim}”，但${f.label}为${formatFigure({ ...f, showUnit: true })}`,
            where: placeOf(section, block),
            links: [...(printed.source === 'edited' ? [textLink(block, section)] : []), ...f.provenance.records],
          });
        }
      }
    }
    return findings;
  },
};
