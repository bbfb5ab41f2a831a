import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { EmissionSummary, EmissionYearView } from '../../../api/quotas';

interface PivotRow {
  key: string;
  seq: number | null;
  name: string;
  kind: 'enterprise' | 'sum' | 'published';
  amounts: Record<string, string>;
}

/**
 * The year's emissions in the layout of the workbook: one row per enterprise, a column per pollutant (t/a), then the
 * enterprises' sum as the summary computed it and the park's published totals.
 */
export function EnterpriseEmissionsTable({ rows, summary }: { rows: EmissionYearView['rows']; summary: EmissionSummary | null }) {
  const pollutants = [...new Map([...(summary?.totals ?? []).map((t) => [t.key, t.name] as const), ...rows.map((r) => [r.key, r.name] as const)]).entries()];
  const byEnterprise = new Map<number, PivotRow>();
  const published: PivotRow = { key: 'published', seq: null, name: '园区公布总量', kind: 'published', amounts: {} };
  for (const r of rows) {
    if (r.enterpriseId === null) {
      published.amounts[r.key] = r.tonnesPerYear;
      continue;
    }
    const row = byEnterprise.get(r.enterpriseId) ?? { key: `e${r.enterpriseId}`, seq: byEnterprise.size + 1, name: r.enterpriseName ?? '', kind: 'enterprise' as const, amounts: {} };
    row.amounts[r.key] = r.tonnesPerYear;
    byEnterprise.set(r.enterpriseId, row);
  }
  const sum: PivotRow = {
    key: 'sum',
    seq: null,
    name: `企业合计（${byEnterprise.size}家）`,
    kind: 'sum',
    amounts: Object.fromEntries((summary?.totals ?? []).filter((t) => t.basis === 'enterprises').map((t) => [t.key, t.tonnesPerYear])),
  };
  const data = [...byEnterprise.values(), ...(byEnterprise.size ? [sum] : []), ...(Object.keys(published.amounts).length ? [published] : [])];
  const columns: ColumnsType<PivotRow> = [
    { title: '序号', dataIndex: 'seq', width: 60, render: (v: number | null) => v ?? '' },
    { title: '企业名称', dataIndex: 'name', render: (v: string, r) => (r.kind === 'enterprise' ? v : <Typography.Text strong>{v}</Typography.Text>) },
    ...pollutants.map(([key, name]) => ({
      title: name,
      key,
      align: 'right' as const,
      render: (_: unknown, r: PivotRow) => r.amounts[key] ?? '',
    })),
  ];
  return <Table size="small" rowKey="key" pagination={false} columns={columns} dataSource={data} data-testid="enterprise-emissions" locale={{ emptyText: '本年尚无排放量' }} />;
}
