import { checkIdentifier } from '../../../identifiers/detectIdentifier.js';
import { tableGrid } from '../tableGrid.js';
import type { LintFinding, LintRule } from '../types.js';
import { placeOf, tablesOf } from '../walk.js';

/** What a ledger cell says in place of an identifier: yes, no, not applicable. */
const NOT_IDENTIFIERS = new Set(['', '是', '否', '/', '／', '\\', '无', '不适用', '—', '-']);

/**
 * Identifiers printed in tables that fail validation: a credit code whose check character is wrong, a permit
 * number or filing number of the wrong shape. Each cell is checked once, where it is printed.
 */
export const identifiers: LintRule = {
  id: 'identifier.invalid',
  description: '表格中的编号（信用代码、排污许可证编号、应急预案备案编号、环评文号）未通过校验',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const { section, block } of tablesOf(report)) {
      for (const r of tableGrid(block)) {
        r.source.cells.forEach((cell) => {
          if (!cell.identifier) return;
          const column = block.header[r.cells.indexOf(cell)] ?? '';
          for (const line of cell.text.split('\n')) {
            const value = line.replace(/^登记备案：/, '').trim();
            if (NOT_IDENTIFIERS.has(value)) continue;
            const check = checkIdentifier(value);
            if (check.valid) continue;
            findings.push({
              rule: this.id,
              severity: 'error',
              message: `${block.caption.split(' ')[0]}第${r.row}行“${column}”的“${value}”未通过校验：${check.errors.join('；')}`,
              where: placeOf(section, block, r.row),
              links: r.record ? [r.record] : [],
            });
          }
        });
      }
    }
    return findings;
  },
};
