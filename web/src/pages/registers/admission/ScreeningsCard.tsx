import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Popconfirm, Row, Select, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { deleteScreening, type AdmissionScreening, type ScreeningYear } from '../../../api/admission';
import { errorMessage } from '../../../api/client';
import { dateTime, text, yearOptions } from '../../../components/formatting';
import type { Remote } from '../../../components/useRemote';
import { OutcomeTag, RuleHits } from './ScreeningOutcome';

const baseColumns: ColumnsType<AdmissionScreening> = [
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
export function ScreeningsCard({
  parkCode,
  year,
  onYear,
  screenings,
  canWrite,
}: {
  parkCode: string;
  year: number;
  onYear: (y: number) => void;
  screenings: Remote<ScreeningYear>;
  canWrite: boolean;
}) {
  const { message } = App.useApp();
  const s = screenings.data?.summary;
  const remove = async (row: AdmissionScreening) => {
    try {
      await deleteScreening(parkCode, row.id);
      message.success(`已删除审核记录：${row.projectName}`);
      screenings.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const columns: ColumnsType<AdmissionScreening> = canWrite
    ? [
        ...baseColumns,
        {
          title: '操作',
          key: 'actions',
          width: 80,
          render: (_: unknown, row) => (
            <Popconfirm title="删除该审核记录（误录时使用）？" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(row)}>
              <Button type="link" size="small" danger icon={<DeleteOutlined />} style={{ paddingInline: 0 }}>
                删除
              </Button>
            </Popconfirm>
          ),
        },
      ]
    : baseColumns;
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
