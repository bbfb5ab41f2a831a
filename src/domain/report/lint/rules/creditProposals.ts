import type { Figure } from '../../reportModel.js';
import { CREDIT_FIGURES, CREDIT_RULES } from '../../sections/registers/creditSection.js';
import { tableGrid } from '../tableGrid.js';
import type { LintFinding, LintRule } from '../types.js';
import { placeOf, tablesOf } from '../walk.js';

const PROPOSAL_ID = /^credit\.item\.(.+)\.proposal$/;

/** A score as the finding names it: +2分, -1分, 0分; for an item that sets the grade, 适用 / 不适用. */
const scoreWords = (value: string, setsGrade: boolean) => (setsGrade ? (value === '0' ? '不适用' : '适用') : `${Number(value) > 0 ? '+' : ''}${value}分`);

/**
 * An item of the credit table whose entered 自评分 differs from the score the platform proposes from the park's
 * records (seed 000 scored 0 on +2 省部级表彰 although its own text names the award). The proposal is a figure the
 * item's row lists in `figureIds` (not printed); the finding names the item, both scores, the proposal's reason and
 * its records.
 */
export const creditProposals: LintRule = {
  id: 'credit.proposal',
  description: '信用自评的自评分与平台根据记录建议的分值不一致',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const { section, block } of tablesOf(report)) {
      for (const row of tableGrid(block)) {
        for (const id of row.source.figureIds ?? []) {
          const number = PROPOSAL_ID.exec(id)?.[1];
          const proposal: Figure | undefined = number !== undefined ? report.figures[id] : undefined;
          if (!number || !proposal || proposal.provenance.kind !== 'rule' || proposal.provenance.rule !== CREDIT_RULES.proposal) continue;
          const entered = report.figures[CREDIT_FIGURES.score(number)];
          const score = entered?.value ?? '0';
          if (score === proposal.value) continue;
          const setsGrade = row.cells.some((c) => c?.text.startsWith('直接评为'));
          const what = row.record?.label ?? `第${number}项`;
          findings.push({
            rule: this.id,
            severity: 'warning',
            message:
              `${block.caption}第${row.row}行（${what}）自评分为${scoreWords(score, setsGrade)}，` +
              `平台根据记录建议${scoreWords(proposal.value, setsGrade)}：${proposal.provenance.description}`,
            where: placeOf(section, block, row.row),
            links: [...(row.record ? [row.record] : []), ...proposal.provenance.records],
          });
        }
      }
    }
    return findings;
  },
};
