import { Alert, Card, Col, Empty, Row, Select, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AdmissionScreening, ScreeningYear } from '../../../api/admission';
import { dateTime, text, yearOptions } from '../../../components/formatting';
import type { Remote } from '../../../components/useRemote';
import { OutcomeTag, RuleHits } from './ScreeningOutcome';

const columns: ColumnsType<AdmissionScreening> = [
  { title: '审核时间', dataIndex: 'screenedAt', key: 'screenedAt', width: 170, render: (v: string) => dateTime(v) },
  { title: '项目名称', dataIndex: 'projectName', key: 'projectName' },
  { title: '建设单位', dataIndex: 'applicant', key: 'applicant', width: 180, render: (v: string | null) => text(v) },
  { title: '行业代码', key: 'industry', width: 100, render: (_: unknown, s) => s.project.industryCode },
  { title: '结论', dataIndex: 'outcome', key: 'outcome', width: 110, render: (_: unknown, s) => <OutcomeTag outcome={s.outcome} /> },
  {
    title: '适用规则',
    key: 'rules',
    width: 110,
    render: (_: unknown, s) => (s.decidedBy.length ? `${s.decidedBy.length}条（展开查看）` : '无'),
  },
  { title: '审核人', dataIndex: 'screenedBy', key: 'screenedBy', width: 100 },
];

/** 年度审核记录: the year's kept screenings with their counts and the duty report's sentence. */
export function ScreeningsCard({ year, onYear, screenings }: { year: number; onYear: (y: number) => void; screenings: Remote<ScreeningYear> }) {
  const s = screenings.data?.summary;
  return (
    <Card
      title="年度审核记录"
      styles={{ body: { padding: 16 } }}
      extra={<Select aria-label="审核年度" style={{ width: 110 }} value={year} onChange={onYear} options={yearOptions()} />}
    >
      {screenings.error ? <Alert type="error" showIcon message="读取审核记录失败" description={screenings.error} style={{ marginBottom: 12 }} /> : null}
      <Row gutter={16} style={{ marginBottom: 12 }} data-testid="screening-counts">
        <Col span={6}>
          <Statistic title="审核项目" value={s?.screened ?? 0} suffix="个" />
        </Col>
        <Col span={6}>
          <Statistic title="通过（含附条件）" value={s?.admitted ?? 0} suffix="个" valueStyle={{ color: '#389e0d' }} />
        </Col>
        <Col span={6}>
          <Statistic title="其中附条件通过" value={s?.conditional ?? 0} suffix="个" valueStyle={{ color: '#d46b08' }} />
        </Col>
        <Col span={6}>
          <Statistic title="不通过" value={s?.failed ?? 0} suffix="个" valueStyle={{ color: '#cf1322' }} />
        </Col>
      </Row>
      {s ? (
        <Typography.Paragraph type="secondary" data-testid="screening-sentence">
          履职报告表述：{s.sentence}
        </Typography.Paragraph>
      ) : null}
      <Table<AdmissionScreening>
        rowKey="id"
        size="small"
        bordered
        loading={screenings.loading}
        columns={columns}
        dataSource={screenings.data?.screenings ?? []}
        pagination={false}
        expandable={{ expandedRowRender: (row) => <RuleHits hits={row.decidedBy} />, rowExpandable: (row) => row.decidedBy.length > 0 }}
        locale={{ emptyText: <Empty description={`${year}年尚无保存的准入审核记录`} /> }}
      />
    </Card>
  );
}
