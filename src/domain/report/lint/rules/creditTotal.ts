import type { Datum } from '../../reportModel.js';
import { CREDIT_FIGURES, CREDIT_SECTION_KEY } from '../../sections/registers/creditSection.js';
import { clauseAround } from '../readNumbers.js';
import type { LintFinding, LintRule } from '../types.js';
import { paragraphsOf, placeOf, quote, textLink } from '../walk.js';

/** 等级为环保合格园区, 评为诚信园区, 等级：风险园区. */
const GRADE_WORDS = /(?:等级|评为|评定为|评价为)\s*(?:为|是)?\s*[：:]?\s*([\u4e00-\u9fa5]{0,6}园区)/g;

/** The same grade, written short or in full: 诚信园区 for 环保诚信园区. */
const sameGrade = (written: string, computed: string) => written === computed || computed.endsWith(written) || written.endsWith(computed);

/**
 * A grade written in the edited text of 二（九） that is not the grade the scheme gives the entered scores. The
 * total is a figure with cues (自评总分, 总分), so a wrong total in the same text is `edited.figure`'s finding; the
 * grade is a word, and this rule reads it.
 */
export const creditTotal: LintRule = {
  id: 'credit.total',
  description: '信用评价段落中编写的等级与按方案计算的等级不一致（总分由“编写的文字中的数字”检查）',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const { section, block } of paragraphsOf(report)) {
      if (section.key !== CREDIT_SECTION_KEY || !block.edited) continue;
      const grade = block.content.find((r): r is Datum => typeof r !== 'string' && r.kind === 'datum' && r.id === CREDIT_FIGURES.grade);
      if (!grade) continue;
      const text = block.edited.text;
      for (const m of text.matchAll(GRADE_WORDS)) {
        const written = m[1]!;
        if (sameGrade(written, grade.text)) continue;
        const start = m.index! + m[0].length - written.length;
        findings.push({
          rule: this.id,
          severity: 'error',
          message: `编写的文字${quote(clauseAround(text, start, start + written.length))}中等级为${written}，按方案计算为${grade.text}（${grade.provenance.kind === 'rule' ? grade.provenance.description : grade.provenance.source}）`,
          where: placeOf(section, block),
          // The text to fix, and the items that were scored (what the grade comes from).
          links: [textLink(block, section), ...grade.provenance.records.filter((r) => report.figures[CREDIT_FIGURES.score(String(r.id).split(':')[1] ?? '')]?.value !== '0')],
        });
      }
    }
    return findings;
  },
};
