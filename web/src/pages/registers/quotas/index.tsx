import { DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useAccess } from '../../../access';
import { errorMessage } from '../../../api/client';
import {
  deleteEmission,
  emissionsWorkbookUrl,
  getEmissions,
  getEmissionSummary,
  getQuotas,
  importQuotasWorkbook,
  quotasWorkbookUrl,
  type EmissionRowView,
  type EmissionSummary,
  type EmissionYearView,
  type QuotaView,
} from '../../../api/quotas';
import { dateTime, yearOptions } from '../../../components/formatting';
import { PageHeader } from '../../../components/PageHeader';
import { useRemote } from '../../../components/useRemote';
import { useReportYear } from '../../../components/useReportYear';
import { useCurrentPark } from '../../../park/ParkContext';
import { EmissionChart } from './EmissionChart';
import { EmissionRowModal } from './EmissionRowModal';
import { EnterpriseEmissionsTable } from './EnterpriseEmissionsTable';
import { ImportEmissionsModal } from './ImportEmissionsModal';
import { SOURCE_LABELS } from './labels';
import { QuotaEditModal } from './QuotaEditModal';

type TotalRow = EmissionSummary['totals'][number] & { verdict: NonNullable<EmissionSummary['verdict']>['verdicts'][number] | null };
type ChangeRow = EmissionSummary['changes'][number];

const DIRECTION: Readonly<Record<string, { text: string; color: string }>> = {
  down: { text: '下降', color: 'green' },
  up: { text: '上升', color: 'red' },
  unchanged: { text: '持平', color: 'default' },
};

const quotaColumns: ColumnsType<QuotaView> = [
  { title: '污染物', dataIndex: 'name' },
  { title: '总量控制指标（t/a）', dataIndex: 'tonnesPerYear', align: 'right' },
  { title: '更新', dataIndex: 'updatedAt', render: (v: string, q) => `${q.updatedBy} ${dateTime(v)}` },
];

function totalColumns(year: number): ColumnsType<TotalRow> {
  return [
    { title: '污染物', dataIndex: 'name' },
    { title: `${year}年排放总量（t/a）`, dataIndex: 'tonnesPerYear', align: 'right' },
    {
      title: '来源',
      dataIndex: 'basis',
      render: (_: unknown, t) =>
        t.basis === 'published' ? (
          '园区公布总量'
        ) : (
          <>
            {t.enterprises}家企业合计
            {t.difference ? (
              <Tag color="orange" style={{ marginLeft: 8 }}>
                与公布总量{t.published}相差{t.difference}
              </Tag>
            ) : null}
          </>
        ),
    },
    { title: '总量控制指标（t/a）', align: 'right', render: (_: unknown, t) => t.verdict?.quotaTonnesPerYear ?? '—' },
    { title: '占指标', align: 'right', render: (_: unknown, t) => (t.verdict?.sharePercent ? `${t.verdict.sharePercent}%` : '—') },
    { title: '余量（t/a）', align: 'right', render: (_: unknown, t) => t.verdict?.marginTonnesPerYear ?? '—' },
    {
      title: '结论',
      render: (_: unknown, t) =>
        !t.verdict ? <Tag>无指标</Tag> : t.verdict.withinQuota ? <Tag color="green">在指标以内</Tag> : <Tag color="red">超出指标</Tag>,
    },
  ];
}

function changeColumns(s: EmissionSummary): ColumnsType<ChangeRow> {
  return [
    { title: '污染物', dataIndex: 'name' },
    { title: `${s.previousYear}年（t/a）`, dataIndex: 'previous', align: 'right', render: (v: string | null) => v ?? '—' },
    { title: `${s.year}年（t/a）`, dataIndex: 'current', align: 'right', render: (v: string | null) => v ?? '—' },
    {
      title: '变化',
      render: (_: unknown, c) =>
        c.direction ? (
          <Tag color={DIRECTION[c.direction]!.color}>
            {DIRECTION[c.direction]!.text}
            {c.percent ? ` ${c.percent.replace(/^-/, '')}%` : ''}
          </Tag>
        ) : (
          '—'
        ),
    },
    { title: '表述', dataIndex: 'clause' },
  ];
}

/**
 * 总量控制: the park's quotas with the approval they come from; for the chosen year the park total of each pollutant
 * (the enterprises' sum, or the total as published), whether it is within its quota and by how much, the change from
 * last year with the sentence the report prints, a chart of both years against the quotas, and the emission rows,
 * which are entered here or imported from a workbook.
 */
export default function QuotasPage() {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const { message } = App.useApp();
  const [year, setYear] = useReportYear();
  const quotas = useRemote((signal) => getQuotas(park.code, signal), [park.code]);
  const summary = useRemote((signal) => getEmissionSummary(park.code, year, signal), [park.code, year]);
  const rows = useRemote((signal) => getEmissions(park.code, year, signal), [park.code, year]);
  const [editingQuotas, setEditingQuotas] = useState(false);
  const [editingRow, setEditingRow] = useState<EmissionRowView | 'new' | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [imported, setImported] = useState<EmissionYearView | null>(null);
  const reload = () => {
    quotas.reload();
    summary.reload();
    rows.reload();
  };
  const s = summary.data;
  const totals: TotalRow[] = (s?.totals ?? []).map((t) => ({ ...t, verdict: s?.verdict?.verdicts.find((v) => v.key === t.key) ?? null }));
  const over = s?.verdict?.verdicts.filter((v) => !v.withinQuota) ?? [];

  const rowColumns: ColumnsType<EmissionRowView> = [
    { title: '企业', dataIndex: 'enterpriseName', render: (v: string | null) => v ?? <Typography.Text type="secondary">园区公布总量</Typography.Text> },
    { title: '污染物', dataIndex: 'name' },
    { title: '排放量（t/a）', dataIndex: 'tonnesPerYear', align: 'right' },
    { title: '来源', dataIndex: 'source', render: (v: string, r) => `${SOURCE_LABELS[v] ?? v}${r.sourceFile ? `（${r.sourceFile}）` : ''}` },
    { title: '更新', dataIndex: 'updatedAt', render: (v: string, r) => `${r.updatedBy} ${dateTime(v)}` },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 110,
            render: (_: unknown, r: EmissionRowView) => (
              <Space>
                <Button size="small" type="link" icon={<EditOutlined />} aria-label={`修改${r.enterpriseName ?? '园区公布总量'}${r.name}`} onClick={() => setEditingRow(r)} />
                <Popconfirm
                  title="删除这一行排放量？"
                  okText="删除"
                  cancelText="取消"
                  onConfirm={async () => {
                    try {
                      await deleteEmission(park.code, r.id);
                      reload();
                    } catch (err) {
                      message.error(errorMessage(err));
                    }
                  }}
                >
                  <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={`删除${r.enterpriseName ?? '园区公布总量'}${r.name}`} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="总量控制"
        subTitle="主要污染物总量控制指标、年度实际排放量及与上年比较"
        extra={
          <>
            <Select aria-label="年度" style={{ width: 120 }} value={year} onChange={(y) => {
                setYear(y);
                setImported(null);
              }} options={yearOptions()} />
            <Button icon={<ReloadOutlined />} onClick={reload}>
              刷新
            </Button>
            <Button icon={<DownloadOutlined />} href={emissionsWorkbookUrl(park.code, year)} download disabled={!rows.data || rows.data.rows.length === 0}>
              导出排放量
            </Button>
            {canWrite ? (
              <Upload
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                showUploadList={false}
                beforeUpload={(f) => {
                  setFile(f);
                  setImported(null);
                  return Upload.LIST_IGNORE;
                }}
              >
                <Button type="primary" icon={<UploadOutlined />}>
                  导入排放量
                </Button>
              </Upload>
            ) : null}
          </>
        }
      />
      {file ? (
        <ImportEmissionsModal
          park={park.code}
          year={year}
          file={file}
          onClose={() => setFile(null)}
          onImported={(r) => {
            setFile(null);
            setImported(r);
            reload();
          }}
        />
      ) : null}
      {editingQuotas && quotas.data ? (
        <QuotaEditModal
          park={park.code}
          current={quotas.data}
          onClose={() => setEditingQuotas(false)}
          onSaved={() => {
            setEditingQuotas(false);
            reload();
          }}
        />
      ) : null}
      {editingRow ? (
        <EmissionRowModal
          park={park.code}
          year={year}
          row={editingRow === 'new' ? null : editingRow}
          onClose={() => setEditingRow(null)}
          onSaved={() => {
            setEditingRow(null);
            reload();
          }}
        />
      ) : null}
      {imported ? (
        <Alert type="success" showIcon closable onClose={() => setImported(null)} style={{ marginBottom: 16 }} message={`已导入${imported.year}年排放量：${imported.rows.length}行`} />
      ) : null}
      {[quotas.error, summary.error, rows.error].filter(Boolean).map((e) => (
        <Alert key={e} type="error" showIcon message="读取总量控制数据失败" description={e} style={{ marginBottom: 16 }} />
      ))}

      <Card
        size="small"
        title="总量控制指标"
        style={{ marginBottom: 16 }}
        extra={
          <Space>
            <Button size="small" icon={<DownloadOutlined />} href={quotasWorkbookUrl(park.code)} download disabled={!quotas.data?.quotas.length}>
              导出指标
            </Button>
            {canWrite ? (
              <>
                <Upload
                  accept=".xlsx"
                  showUploadList={false}
                  beforeUpload={(f) => {
                    importQuotasWorkbook(park.code, f)
                      .then((q) => {
                        message.success(`已导入${q.quotas.length}项总量控制指标`);
                        reload();
                      })
                      .catch((err: unknown) => message.error(errorMessage(err)));
                    return Upload.LIST_IGNORE;
                  }}
                >
                  <Button size="small" icon={<UploadOutlined />}>
                    导入指标
                  </Button>
                </Upload>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditingQuotas(true)} disabled={!quotas.data}>
                  修改指标
                </Button>
              </>
            ) : null}
          </Space>
        }
      >
        {quotas.data && quotas.data.approval ? (
          <Row gutter={16}>
            <Col xs={24} lg={10}>
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label="批复文号">{quotas.data.approval.documentNumber}</Descriptions.Item>
                <Descriptions.Item label="批复名称">{quotas.data.approval.title}</Descriptions.Item>
                <Descriptions.Item label="批复时间">{quotas.data.approval.issued ?? '—'}</Descriptions.Item>
              </Descriptions>
            </Col>
            <Col xs={24} lg={14}>
              <Table size="small" rowKey="key" pagination={false} columns={quotaColumns} dataSource={quotas.data.quotas} />
            </Col>
          </Row>
        ) : quotas.data ? (
          <Empty description="尚未设定总量控制指标" />
        ) : null}
      </Card>

      {s ? (
        <>
          <Card size="small" title={`${year}年总量控制情况`} style={{ marginBottom: 16 }}>
            {s.totals.length === 0 ? (
              <Empty description={`${year}年尚无排放量数据`} />
            ) : (
              <>
                {s.verdict ? (
                  <Alert
                    data-testid="quota-verdict"
                    type={over.length ? 'error' : 'success'}
                    showIcon
                    style={{ marginBottom: 12 }}
                    message={
                      over.length
                        ? `${year}年超出总量控制指标的污染物：${over.map((v) => `${v.name}（超出${v.marginTonnesPerYear.replace(/^-/, '')} t/a）`).join('、')}`
                        : `${year}年污染物排放量在总量控制范围以内`
                    }
                  />
                ) : null}
                <Table size="small" rowKey="key" pagination={false} columns={totalColumns(year)} dataSource={totals} />
              </>
            )}
          </Card>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={12}>
              <Card size="small" title={`与${s.previousYear}年比较`} style={{ height: '100%' }}>
                {s.sentence ? (
                  <>
                    <Typography.Paragraph data-testid="emission-sentence" style={{ fontSize: 15 }}>
                      {s.sentence}
                    </Typography.Paragraph>
                    <Table size="small" rowKey="key" pagination={false} columns={changeColumns(s)} dataSource={s.changes} />
                  </>
                ) : (
                  <Empty description="两年均无排放量数据" />
                )}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={`${s.previousYear}年与${s.year}年排放总量（虚线为总量控制指标）`} style={{ height: '100%' }}>
                {s.totals.length || s.previousTotals.length ? <EmissionChart summary={s} /> : <Empty />}
              </Card>
            </Col>
          </Row>
        </>
      ) : null}

      <Card size="small" title={`${year}年各企业排放量（t/a）`} style={{ marginBottom: 16 }}>
        <EnterpriseEmissionsTable rows={rows.data?.rows ?? []} summary={s ?? null} />
      </Card>

      <Card
        size="small"
        title={`${year}年排放量明细`}
        extra={
          canWrite ? (
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setEditingRow('new')}>
              新增
            </Button>
          ) : null
        }
      >
        <Table size="small" rowKey="id" loading={rows.loading} columns={rowColumns} dataSource={rows.data?.rows ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }} />
      </Card>
    </>
  );
}
