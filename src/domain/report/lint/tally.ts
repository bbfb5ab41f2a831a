import type { RecordRef, ReportDocument, TableTally } from '../reportModel.js';
import { tableGrid } from './tableGrid.js';
import { tablesOf } from './walk.js';

/** The records a tally counts in its table as printed, or null when the report has no such table. */
export function tallyRecords(report: ReportDocument, tally: TableTally): RecordRef[] | null {
  const table = tablesOf(report).find((t) => t.block.key === tally.table)?.block;
  if (!table) return null;
  const where = (tally.where ?? []).map((c) => ({ ...c, index: table.header.indexOf(c.column) }));
  if (where.some((c) => c.index < 0)) return null;
  const counted = new Map<string, RecordRef>();
  for (const r of tableGrid(table)) {
    if (r.source.role || !r.record) continue;
    if (tally.section !== undefined && r.section !== tally.section) continue;
    const meets = where.every((c) => {
      const text = (r.cells[c.index]?.text ?? '').trim();
      return (!c.values || c.values.includes(text)) && (!c.except || !c.except.includes(text));
    });
    if (!meets) continue;
    counted.set(`${r.record.entity}:${r.record.id}`, r.record);
  }
  return [...counted.values()];
}

/** The tally in words: 表1.3-1中“是否取得排污许可证”为“否”的企业. */
export function tallyWords(report: ReportDocument, tally: TableTally): string {
  const caption = tablesOf(report).find((t) => t.block.key === tally.table)?.block.caption ?? tally.table;
  const where = tally.section ? `“${tally.section}”下` : tally.section === null ? '（不含分组行下）' : '';
  const quoted = (vs: string[]) => vs.map((v) => `“${v}”`).join('或');
  const which = (tally.where ?? [])
    .map((c) => `“${c.column}”${c.values ? `为${quoted(c.values)}` : ''}${c.values && c.except ? '且' : ''}${c.except ? `不为${quoted(c.except)}` : ''}`)
    .join('、');
  return `${caption.split(' ')[0]}中${where}${which ? `${which}的` : ''}记录`;
}
