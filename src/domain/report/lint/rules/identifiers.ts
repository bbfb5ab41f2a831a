import { checkIdentifier } from '../../../identifiers/detectIdentifier.js';
import { tableGrid } from '../tableGrid.js';
import type { LintFinding, LintRule } from '../types.js';
import { placeOf, tablesOf } from '../walk.js';

/** What a ledger cell says in place of an identifier: yes, no, not applicable. */
const NOT_IDENTIFIERS = new Set(['', '是', '否', '/', '／', '\\', '无', '不适用', '—', '-']);

/** Kinds whose warnings are failed checksums (GB 32100): worth verifying, as old real codes fail them too. */
const CHECKSUM_KINDS = new Set(['credit_code', 'permit_number']);

/**
 * Identifiers printed in tables that fail validation: a permit number or filing number of the wrong shape (an
 * error), a credit code whose check character is wrong (to verify: old real codes fail it too). Style notes on
 * other kinds (a document number's leading zero) are the enterprise file's business, not the report's. Each cell
 * is checked where it is printed.
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
            const checksum = check.valid && CHECKSUM_KINDS.has(check.kind) && check.warnings.length > 0;
            if (check.valid && !checksum) continue;
            findings.push({
              rule: this.id,
              severity: checksum ? 'warning' : 'error',
              message: `${block.caption.split(' ')[0]}第${r.row}行“${column}”的“${value}”未通过校验：${(checksum ? check.warnings : check.errors).join('；')}`,
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
