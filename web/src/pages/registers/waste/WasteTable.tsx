import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import type { WasteFinding, WasteKind, WasteLedgerYear } from '../../../api/wasteLedger';
import { findingsByPosition, KIND_LABELS, QUANTITY_COLUMNS, tonnes, type LedgerRow } from './wasteCells';

type Row = LedgerRow & { position: number; findings: WasteFinding[] };

const unbalanced = (r: Row, kind: WasteKind) => r.findings.find((f) => f.kind === 'unbalanced' && f.wasteKind === kind);
const manifestFinding = (r: Row) => r.findings.find((f) => f.kind === 'manifestWithoutHazardous');

/** The four quantities of one kind of waste under its group header, as table 10 has them; an unbalanced row in red. */
function kindGroup(kind: WasteKind): ColumnType<Row> & { children: ColumnsType<Row> } {
  return {
    title: `${KIND_LABELS[kind]}（t/a）`,
    key: kind,
    children: QUANTITY_COLUMNS.map(({ key, [kind]: title }) => ({
      title,
      key: `${kind}.${key}`,
      align: 'right' as const,
      width: 84,
      onCell: (r: Row) => (unbalanced(r, kind) ? { className: 'waste-cell-unbalanced' } : {}),
      render: (_: unknown, r: Row) => {
        const text = tonnes(r[kind][key]);
        const f = unbalanced(r, kind);
        return f && key === 'generatedTonnes' ? (
          <Tooltip title={f.message}>
            <span data-testid="waste-unbalanced">{text}</span>
          </Tooltip>
        ) : (
          text
        );
      },
    })),
  };
}

const columns: ColumnsType<Row> = [
  { title: '序号', dataIndex: 'position', width: 56, align: 'center', fixed: 'left' },
  { title: '企业名称', dataIndex: 'enterpriseName', width: 220, fixed: 'left', render: (name: string, r) => <Link to={`/enterprises/${r.enterpriseId}`}>{name}</Link> },
  kindGroup('general'),
  kindGroup('hazardous'),
  {
    title: '涉危废转移清单企业',
    key: 'manifest',
    width: 100,
    align: 'center',
    render: (_: unknown, r) => {
      const f = manifestFinding(r);
      if (f) {
        return (
          <Tooltip title={f.message}>
            <Tag color="orange" data-testid="waste-manifest-flag">
              √ 待核对
            </Tag>
          </Tooltip>
        );
      }
      return r.transferManifest ? '√' : '/';
    },
  },
  { title: '危险废物类别', key: 'hw', width: 100, render: (_: unknown, r) => (r.hwCategories.length ? r.hwCategories.join('、') : <Typography.Text type="secondary">—</Typography.Text>) },
];

/** Table 10 (企业固体废物处置清单) of the year: the two-row header, one row per enterprise, the 合计 row. */
export function WasteTable({ ledger }: { ledger: WasteLedgerYear }) {
  const by = findingsByPosition(ledger.findings);
  const rows: Row[] = ledger.rows.map((r, i) => ({ ...r, position: i + 1, findings: by.get(i + 1) ?? [] }));
  const t = ledger.totals;
  return (
    <Table<Row>
      data-testid="waste-table"
      size="small"
      bordered
      rowKey="enterpriseId"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1150 }}
      rowClassName={(r) => (r.findings.length > 0 ? 'waste-row-finding' : '')}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row className="waste-total-row">
            <Table.Summary.Cell index={0} colSpan={2} align="center">
              <b>合计</b>
            </Table.Summary.Cell>
            {(['general', 'hazardous'] as const).flatMap((kind, k) =>
              QUANTITY_COLUMNS.map(({ key }, i) => (
                <Table.Summary.Cell key={`${kind}.${key}`} index={2 + k * 4 + i} align="right">
                  <b>{tonnes(t[kind][key])}</b>
                </Table.Summary.Cell>
              )),
            )}
            <Table.Summary.Cell index={10} align="center">
              {t.transferManifestEnterprises}家
            </Table.Summary.Cell>
            <Table.Summary.Cell index={11} />
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
