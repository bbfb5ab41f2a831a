import type { RecordRef, TableBlock, TableCell, TableRow } from '../reportModel.js';

/** A body row of a table with every column filled in: merged cells repeat in each row and column they cover. */
export interface GridRow {
  /** 1-based among the table's body rows. */
  row: number;
  source: TableRow;
  /** One per header column; a cell merged from above or the left appears again. */
  cells: (TableCell | undefined)[];
  /** The text of the last section row above it (在建企业), or null before any. */
  section: string | null;
  record?: RecordRef;
}

const grids = new WeakMap<TableBlock, GridRow[]>();

/**
 * The table as a grid, rowSpan and colSpan expanded as the model defines them (HTML's rules). Several rules and
 * every tallied figure read it; it is expanded once per table.
 */
export function tableGrid(table: TableBlock): GridRow[] {
  let grid = grids.get(table);
  if (!grid) grids.set(table, (grid = expand(table)));
  return grid;
}

function expand(table: TableBlock): GridRow[] {
  const width = table.header.length;
  /** Cells still covering the next rows, per column: the cell and how many rows it has left. */
  const carry: ({ cell: TableCell; rows: number } | undefined)[] = new Array(width);
  let section: string | null = null;
  return table.rows.map((source, i) => {
    if (source.role === 'section') section = source.cells[0]?.text ?? '';
    const cells: (TableCell | undefined)[] = new Array(width);
    let next = 0;
    const take = (col: number) => {
      const c = carry[col];
      if (c && c.rows > 0) {
        cells[col] = c.cell;
        c.rows--;
        return true;
      }
      return false;
    };
    for (const cell of source.cells) {
      while (next < width && take(next)) next++;
      const span = cell.colSpan ?? 1;
      for (let k = 0; k < span && next < width; k++, next++) {
        cells[next] = cell;
        carry[next] = cell.rowSpan && cell.rowSpan > 1 ? { cell, rows: cell.rowSpan - 1 } : undefined;
      }
    }
    while (next < width) take(next++);
    return { row: i + 1, source, cells, section: source.role === 'section' ? null : section, ...(source.record ? { record: source.record } : {}) };
  });
}
