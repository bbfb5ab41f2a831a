import { Dec } from '../../../standards/_lib/decimal.js';
import { formatNumber } from '../../figures.js';
import type { Figure, FigureComparison } from '../../reportModel.js';
import { printedParagraph, sentenceAround, wordsAbout, type PrintedNumber } from '../readNumbers.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf, quote, textLink } from '../walk.js';

type Claim = 'up' | 'down' | 'same' | 'better' | 'worse';

/** Words that say which way a figure went, most specific first. */
const WORDS: [RegExp, Claim][] = [
  [/明显改善|显著改善|有所改善|均有改善|均改善|改善|好转/, 'better'],
  [/恶化|变差|下滑/, 'worse'],
  [/持平|不变|保持稳定/, 'same'],
  [/下降|减少|降低|减小|回落/, 'down'],
  [/上升|增加|增长|提高|升高|上涨/, 'up'],
];
/** 未下降, 没有改善: a negated word says nothing the lint can check. */
const NEGATED = /(未|没有|不|无)$/;
/** 均有改善 speaks of every figure of its sentence, not only of its clause. */
const EVERY = /^(均|都|全部|各项)/;

const CLAIM_WORDS: Record<Claim, string> = { up: '上升', down: '下降', same: '持平', better: '改善', worse: '变差' };

/** 除PM2.5、PM10外…均有改善: the figures a 均… word leaves out, named by their cue phrases. */
const EXCEPT = /除([^，。；;]{1,40}?)外/;
function excepted(figure: Figure, sentence: string): boolean {
  const named = EXCEPT.exec(sentence)?.[1];
  return !!named && [...(figure.cues?.terms ?? []), figure.label].some((t) => named.includes(t));
}

function actual(c: FigureComparison): Claim[] {
  const d = new Dec(c.current).cmp(c.previous);
  const way: Claim = d > 0 ? 'up' : d < 0 ? 'down' : 'same';
  if (c.better === null) return [way];
  if (way === 'same') return ['same'];
  return [way, (way === 'down') === (c.better === 'lower') ? 'better' : 'worse'];
}

/** The claims of a piece of text with where each word is. */
function claimsIn(text: string): { claim: Claim; word: string; every: boolean }[] {
  const out: { claim: Claim; word: string; every: boolean }[] = [];
  let rest = text;
  for (const [re, claim] of WORDS) {
    for (const m of rest.matchAll(new RegExp(re.source, 'g'))) {
      const before = rest.slice(0, m.index);
      if (NEGATED.test(before)) continue;
      out.push({ claim, word: m[0], every: EVERY.test(m[0]) || /[均都]有?$/.test(before) });
    }
    rest = rest.replace(new RegExp(re.source, 'g'), (w) => '□'.repeat(w.length));
  }
  return out;
}

/**
 * Comparison words that contradict the numbers: 下降 beside a figure that rose, 改善 (明显改善, 均有改善) beside one
 * that is unchanged or worse. A word speaks of the compared figure before it in its sentence (up to the next
 * compared figure); 均… of every compared figure of its sentence but those a 除…外 names.
 */
export const comparisonWords: LintRule = {
  id: 'comparison.words',
  description: '比较用语（上升、下降、改善等）与数字的变化方向不符',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const { section, block } of paragraphsOf(report)) {
      const printed = printedParagraph(block, report);
      type Compared = PrintedNumber & { figure: Figure & { comparison: FigureComparison } };
      const compared = printed.numbers.filter((n): n is Compared => !!n.figure?.comparison);
      const seen = new Set<string>();
      compared.forEach((n, i) => {
        const clause = wordsAbout(printed.text, n.start, n.end, compared[i + 1]?.start);
        const sentence = sentenceAround(printed.text, n.start, n.end);
        const claims = [...claimsIn(clause), ...claimsIn(sentence).filter((c) => c.every)].filter((c) => !(c.every && excepted(n.figure, sentence)));
        for (const c of claims) {
          const truth = actual(n.figure.comparison);
          if (truth.includes(c.claim) || (c.claim === 'better' && n.figure.comparison.better === null)) continue;
          const key = `${n.figure.id}:${c.word}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const cmp = n.figure.comparison;
          const from = cmp.previousYear ? `${cmp.previousYear}年的` : '';
          findings.push({
            rule: this.id,
            severity: 'error',
            message:
              `${quote(c.every ? sentence : clause)}说“${c.word}”，但${n.figure.label}由${from}${formatNumber(cmp.previous, {})}` +
              `变为${formatNumber(cmp.current, {})}${n.figure.unit}，是${truth.map((t) => CLAIM_WORDS[t]).join('、')}`,
            where: placeOf(section, block),
            links: printed.source === 'edited' ? [textLink(block, section)] : n.figure.provenance.records,
          });
        }
      });
    }
    return findings;
  },
};
