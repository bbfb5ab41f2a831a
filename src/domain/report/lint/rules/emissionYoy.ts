import { POLLUTANT_NAMES } from '../../../registers/quota/pollutants.js';
import { Dec } from '../../../standards/_lib/decimal.js';
import { roundGbt8170 } from '../../../standards/rounding/roundGbt8170.js';
import { formatNumber } from '../../figures.js';
import type { Figure } from '../../reportModel.js';
import { emissionFigureId } from '../../sections/registers/quotaSections.js';
import { printedParagraph } from '../readNumbers.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf, quote, textLink } from '../walk.js';

const DOWN = /^(下降|减少|降低|削减|减排)$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nameOfKey = (key: string) => (key.startsWith('other:') ? key.slice(6) : POLLUTANT_NAMES[key as keyof typeof POLLUTANT_NAMES] ?? key);

/**
 * A year-on-year percentage of a pollutant's emission in the text (化学需氧量排放量下降5.96%) that does not recompute
 * from the two years' park totals (`emission.<year>.<key>` and the year before), at the precision written; or a
 * direction word (下降 / 上升 / 减少 / 增加) that is the wrong way.
 */
export const emissionYoy: LintRule = {
  id: 'emission.yoy',
  description: '污染物排放量同比变化的百分比与两年的排放总量不符，或下降、上升用反',
  check({ report }) {
    const year = report.year;
    const pairs = Object.values(report.figures).flatMap((current) => {
      const m = new RegExp(`^emission\\.${year}\\.(.+)$`).exec(current.id);
      if (!m || /\.(published|change|excess)$/.test(m[1]!)) return [];
      const previous = report.figures[emissionFigureId(year - 1, m[1]!)];
      return previous ? [{ key: m[1]!, name: nameOfKey(m[1]!), current, previous }] : [];
    });
    if (pairs.length === 0) return [];
    const findings: LintFinding[] = [];
    for (const { section, block } of paragraphsOf(report)) {
      const printed = printedParagraph(block, report);
      for (const p of pairs) {
        const re = new RegExp(`${escape(p.name)}[^，。；、%％\\d]{0,12}?(下降|上升|减少|增加|降低|增长|升高|削减)了?约?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`, 'g');
        for (const m of printed.text.matchAll(re)) {
          const problem = check(p.current, p.previous, m[1]!, m[2]!);
          if (!problem) continue;
          findings.push({
            rule: this.id,
            severity: 'error',
            message: `${printed.source === 'edited' ? '编写的文字' : '段落'}${quote(m[0])}${problem}`,
            where: placeOf(section, block),
            links: [...(printed.source === 'edited' ? [textLink(block, section)] : []), ...p.previous.provenance.records, ...p.current.provenance.records],
          });
        }
      }
    }
    return findings;
  },
};

/** What is wrong with "<word><written>%" for a change from `previous` to `current`; null when it recomputes. */
function check(current: Figure, previous: Figure, word: string, written: string): string | null {
  const from = `${previous.label}${formatNumber(previous.value, {})}${previous.unit}、${current.label}${formatNumber(current.value, {})}${current.unit}`;
  const prev = new Dec(previous.value);
  if (prev.isZero()) return `，但上年排放量为0，无法计算变化百分比（${from}）`;
  const change = new Dec(current.value).minus(prev).div(prev).times(100);
  const down = DOWN.test(word);
  if (change.isZero() || change.isNegative() !== down) {
    return `说“${word}”，但${from}，是${change.isZero() ? '持平' : change.isNegative() ? '下降' : '上升'}`;
  }
  const decimals = written.includes('.') ? written.split('.')[1]!.length : 0;
  const rounded = roundGbt8170(change.abs(), decimals === 0 ? '1' : `0.${'0'.repeat(decimals - 1)}1`);
  if (new Dec(rounded).eq(written)) return null;
  return `写作${written}%，但按${from}计算为${word}${rounded}%`;
}
