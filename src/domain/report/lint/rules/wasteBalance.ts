import { BALANCE_TOLERANCE_TONNES } from '../../../registers/waste/checkWasteRows.js';
import type { Decimal } from 'decimal.js';
import { Dec } from '../../../standards/_lib/decimal.js';
import { WASTE_QUANTITY_COLUMNS, WASTE_TABLE_KEY, wasteQuantityHeader } from '../../sections/registers/wasteTable.js';
import type { TableCell } from '../../reportModel.js';
import { tableGrid } from '../tableGrid.js';
import type { LintFinding, LintRule } from '../types.js';
import { placeOf, tablesOf } from '../walk.js';

const KINDS = [
  ['general', '一般工业固体废物'],
  ['hazardous', '危险废物'],
] as const;

/** A cell's tonnes: its figure's exact value, or its text when that is a plain number. */
function tonnes(cell: TableCell | undefined): Decimal | null {
  if (!cell) return null;
  if (cell.figure) return new Dec(cell.figure.value);
  const text = cell.text.trim();
  return /^\d+(\.\d+)?$/.test(text) ? new Dec(text) : text === '' || text === '/' ? new Dec(0) : null;
}

/**
 * A row of table 10 whose 产生量 is not 自行综合利用 + 自行处置 + 委托处理, for either kind of waste, by more than
 * the 0.02 t/a that rounding four printed figures to 0.01 t can explain.
 */
export const wasteBalance: LintRule = {
  id: 'waste.balance',
  description: '固体废物处置清单中产生量与自行综合利用、自行处置、委托处理之和不符',
  check({ report }) {
    const findings: LintFinding[] = [];
    const tolerance = new Dec(BALANCE_TOLERANCE_TONNES);
    for (const { section, block } of tablesOf(report)) {
      if (block.key !== WASTE_TABLE_KEY) continue;
      const column = (header: string) => block.header.indexOf(header);
      for (const r of tableGrid(block)) {
        if (r.source.role) continue;
        for (const [kind, words] of KINDS) {
          const [whole, ...parts] = WASTE_QUANTITY_COLUMNS.map(({ key }) => tonnes(r.cells[column(wasteQuantityHeader(kind, key))]));
          if (!whole || parts.some((p) => p === null)) continue;
          const handled = parts.reduce<Decimal>((s, p) => s.plus(p!), new Dec(0));
          const gap = whole.minus(handled).abs();
          if (gap.lte(tolerance)) continue;
          findings.push({
            rule: this.id,
            severity: 'error',
            message:
              `${block.caption.split(' ')[0]}第${r.row}行${r.record?.label ?? ''}的${words}产生量为${whole.toString()}t/a，` +
              `而自行综合利用、自行处置、委托处理之和为${handled.toString()}t/a，相差${gap.toString()}t/a`,
            where: placeOf(section, block, r.row),
            links: r.record ? [r.record] : [],
          });
        }
      }
    }
    return findings;
  },
};
