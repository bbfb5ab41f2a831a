import type { Decimal } from 'decimal.js';
import { Dec } from '../../../standards/_lib/decimal.js';
import type { TableCell } from '../../reportModel.js';
import { tableGrid } from '../tableGrid.js';
import type { LintFinding, LintRule } from '../types.js';
import { placeOf, tablesOf } from '../walk.js';

/** A cell's number: its figure's exact value, or its text when that is a plain number (1,234.5). */
function cellNumber(cell: TableCell | undefined): Decimal | null {
  if (!cell) return null;
  if (cell.figure) return new Dec(cell.figure.value);
  const text = cell.text.replace(/,/g, '').trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? new Dec(text) : null;
}

const decimalsOf = (cell: TableCell) => /\.(\d+)/.exec(cell.text.replace(/,/g, ''))?.[1]?.length ?? 0;

/**
 * A total row (合计) that differs from the sum of the body rows above it, column by column, compared at the
 * precision the total prints with. Rows merged over several lines count once.
 */
export const tableTotals: LintRule = {
  id: 'table.total',
  description: '表格合计行与各行之和不符',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const { section, block } of tablesOf(report)) {
      const grid = tableGrid(block);
      let from = 0;
      grid.forEach((row, index) => {
        if (row.source.role !== 'total') return;
        const body = grid.slice(from, index).filter((r) => !r.source.role);
        from = index + 1;
        row.cells.forEach((totalCell, col) => {
          const total = cellNumber(totalCell);
          if (!totalCell || !total || !row.source.cells.includes(totalCell)) return;
          const counted = new Set<TableCell>();
          let sum = new Dec(0);
          for (const r of body) {
            const c = r.cells[col];
            const v = cellNumber(c);
            if (!c || !v || counted.has(c)) continue;
            counted.add(c);
            sum = sum.plus(v);
          }
          const places = totalCell.figure?.format.decimals ?? decimalsOf(totalCell);
          if (sum.toDecimalPlaces(places, Dec.ROUND_HALF_EVEN).eq(total.toDecimalPlaces(places, Dec.ROUND_HALF_EVEN))) return;
          findings.push({
            rule: this.id,
            severity: 'error',
            message: `${block.caption.split(' ')[0]}“${block.header[col]}”列合计为${totalCell.text}，而各行之和为${sum.toString()}`,
            where: placeOf(section, block, row.row),
            links: body.flatMap((r) => (r.record ? [r.record] : [])),
          });
        });
      });
    }
    return findings;
  },
};
