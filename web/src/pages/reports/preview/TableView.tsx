import type { ReportPreviewBlock } from '../../../../../src/services/reports/reportModelSchema';
import { WithProvenance } from './WithProvenance';

/**
 * A table as the .docx prints it: caption above, header, merged cells (rowSpan/colSpan as in HTML), section rows,
 * the relative column widths. A cell holding a figure shows its provenance on hover.
 */
export function TableView({ block }: { block: Extract<ReportPreviewBlock, { kind: 'table' }> }) {
  const total = block.columnWidths.reduce((a, b) => a + b, 0);
  return (
    <div className="rp-table-block" data-block={block.key}>
      {block.caption ? <div className="rp-caption">{block.caption}</div> : null}
      <table className={`rp-table${block.compact ? ' is-compact' : ''}`}>
        <colgroup>
          {block.columnWidths.map((w, i) => (
            <col key={i} style={{ width: `${(w / total) * 100}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {block.header.map((h, i) => (
              <th key={i}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r} className={row.role ? `is-${row.role}` : undefined} data-record={row.record ? `${row.record.entity}:${row.record.id}` : undefined}>
              {row.cells.map((cell, c) => (
                <td
                  key={c}
                  rowSpan={cell.rowSpan}
                  colSpan={cell.colSpan}
                  style={{ textAlign: cell.align ?? 'center', fontWeight: cell.bold ? 700 : undefined }}
                >
                  {cell.figure ? <WithProvenance run={cell.figure}>{cell.text}</WithProvenance> : cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
