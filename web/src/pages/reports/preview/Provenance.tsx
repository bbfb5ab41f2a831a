import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatNumber } from '../../../../../src/domain/report/figures';
import type { ReportDatum, ReportFigure, ReportRecordRef } from '../../../../../src/services/reports/reportModelSchema';
import { dateTime } from '../../../components/formatting';
import { RecordLink } from '../components/RecordLink';

/** The exact value with its unit; a ratio as its exact percentage. */
function exactValue(f: ReportFigure): string {
  return f.format.percent ? `${formatNumber(f.value, { percent: true })}%` : `${f.value}${f.unit ? ` ${f.unit}` : ''}`;
}

/** What the records are, in the words of the list's title. */
function recordsTitle(f: ReportFigure | ReportDatum, records: readonly ReportRecordRef[]): string {
  const enterprises = records.length > 0 && records.every((r) => r.entity === 'enterprise');
  if (f.kind === 'figure' && f.aggregate === 'count') return enterprises ? `计入的企业（${records.length} 家）` : `计入的记录（${records.length}）`;
  if (f.kind === 'figure' && f.aggregate === 'sum') return `求和的记录（${records.length}）`;
  return '来源记录';
}

function RecordList({ records }: { records: readonly ReportRecordRef[] }) {
  if (records.length === 0) return <Typography.Text type="secondary">无</Typography.Text>;
  return (
    <div className="rp-records">
      {records.map((r, i) => (
        <span key={`${r.entity}:${r.id}`}>
          {i > 0 ? '、' : null}
          <RecordLink record={r} />
        </span>
      ))}
    </div>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Where a printed figure or datum came from: its value, the rule and the records it counted, or who entered it. */
export function Provenance({ run }: { run: ReportFigure | ReportDatum }) {
  const p = run.provenance;
  return (
    <dl className="rp-provenance" data-testid="provenance">
      {run.kind === 'figure' ? <Item term="数值">{exactValue(run)}</Item> : <Item term="内容">{run.text}</Item>}
      {run.kind === 'figure' && run.comparison ? (
        <Item term="比较">
          {run.comparison.previousYear ? `${run.comparison.previousYear}年` : '比较值'} {run.comparison.previous} → 本期 {run.comparison.current}
        </Item>
      ) : null}
      {p.kind === 'rule' ? (
        <Item term="规则">
          {p.description} <Typography.Text type="secondary">（{p.rule}）</Typography.Text>
        </Item>
      ) : (
        <>
          <Item term="来源">{p.source}</Item>
          <Item term="填报">{[p.by ?? '未记录填报人', p.at ? dateTime(p.at) : null].filter(Boolean).join(' · ')}</Item>
        </>
      )}
      <Item term={recordsTitle(run, p.records)}>
        <RecordList records={p.records} />
      </Item>
    </dl>
  );
}
