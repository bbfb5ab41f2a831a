import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ApiError, errorMessage } from '../../../api/client';
import type { LabImportResult } from '../../../api/labResults';
import { SIMULATED_WORD } from './sampleCells';

/** An issue of a refused import: a cell (file, sheet, row, column, value) or a field of the request (year, file name). */
interface LabIssue {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  field?: string;
  value?: unknown;
  expected?: string;
  message: string;
}

/** What the last upload gave: the summary of what was written, or why nothing was. */
export type ImportOutcome = { ok: true; result: LabImportResult } | { ok: false; message: string; issues: LabIssue[] };

/** The outcome of a failed import call: a refusal with its issues (nothing written) or another failure. */
export function failedImport(err: unknown): ImportOutcome {
  const issues: LabIssue[] = err instanceof ApiError ? err.issues : [];
  return { ok: false, message: errorMessage(err), issues };
}

const cellText = (v: unknown) => (v === null || v === undefined || v === '' ? '（空）' : typeof v === 'string' ? v : JSON.stringify(v));

const issueColumns: ColumnsType<LabIssue & { key: number }> = [
  { title: '文件', dataIndex: 'file', width: 180, render: (v?: string) => v ?? '—' },
  { title: '工作表', dataIndex: 'sheet', width: 100, render: (v?: string) => v ?? '—' },
  { title: '行', dataIndex: 'row', width: 56, render: (v?: number) => v ?? '—' },
  { title: '列', dataIndex: 'column', width: 130, render: (v: string | undefined, i) => v ?? i.field ?? '—' },
  { title: '值', dataIndex: 'value', width: 140, render: (v: unknown) => <Typography.Text code>{cellText(v)}</Typography.Text> },
  { title: '应为', key: 'expected', render: (_: unknown, i) => i.expected ?? i.message },
];

/** 上传监测报告: the raw bytes of a workbook or CSV; all or nothing. */
export function UploadButton({ busy, onFile }: { busy: boolean; onFile: (file: File) => void }) {
  return (
    <Upload
      accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
      showUploadList={false}
      beforeUpload={(file) => {
        onFile(file);
        return Upload.LIST_IGNORE;
      }}
    >
      <Button type="primary" icon={<UploadOutlined />} loading={busy}>
        导入监测报告
      </Button>
    </Upload>
  );
}

/** The summary of an import, or its refusal with every issue (file, row, column, value, what was expected). */
export function ImportOutcomeView({ outcome, onClose }: { outcome: ImportOutcome; onClose: () => void }) {
  if (!outcome.ok) {
    return (
      <Alert
        type="error"
        showIcon
        closable
        onClose={onClose}
        style={{ marginBottom: 16 }}
        data-testid="lab-import-errors"
        message={`导入失败：${outcome.message}`}
        description={
          outcome.issues.length > 0 ? (
            <Table size="small" bordered rowKey="key" columns={issueColumns} dataSource={outcome.issues.map((i, key) => ({ ...i, key }))} pagination={outcome.issues.length > 10 ? { pageSize: 10 } : false} />
          ) : null
        }
      />
    );
  }
  const r = outcome.result;
  return (
    <Alert
      type="success"
      showIcon
      closable
      onClose={onClose}
      style={{ marginBottom: 16 }}
      data-testid="lab-import-summary"
      message={
        <>
          已导入 {r.file}
          {r.file.includes(SIMULATED_WORD) ? <Tag color="orange" style={{ marginLeft: 8 }}>{SIMULATED_WORD}</Tag> : null}：{r.year}年 {r.results} 条结果
          {r.replaced ? `（其中 ${r.replaced} 条替换了原有结果）` : ''}
        </>
      }
      description={
        <>
          <Table
            size="small"
            bordered
            rowKey="pointId"
            pagination={false}
            dataSource={r.points}
            columns={[
              { title: '点位', dataIndex: 'point' },
              { title: '结果数', dataIndex: 'results', width: 80 },
              { title: '样品数', dataIndex: 'samples', width: 80 },
              { title: '替换', dataIndex: 'replaced', width: 70 },
              { title: '采样日期', key: 'dates', render: (_: unknown, p) => (p.firstDate === p.lastDate ? p.firstDate : `${p.firstDate}～${p.lastDate}`) },
            ]}
          />
          {r.decisions.length > 0 ? (
            <>
              <Typography.Title level={5} style={{ marginTop: 12 }}>
                待核对（{r.decisions.length} 处）
              </Typography.Title>
              <Typography.Paragraph type="secondary">以下单元格为空（合并单元格），导入时取了上一行的值，请核对。</Typography.Paragraph>
              <Table
                size="small"
                bordered
                rowKey={(d) => `${d.sheet ?? ''}|${d.row}|${d.column}`}
                pagination={false}
                dataSource={r.decisions}
                columns={[
                  { title: '工作表', dataIndex: 'sheet', render: (v?: string) => v ?? '—' },
                  { title: '行', dataIndex: 'row', width: 60 },
                  { title: '列', dataIndex: 'column' },
                  { title: '已按此记录', dataIndex: 'takenAs', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
                  { title: '取自', dataIndex: 'fromRow', render: (v: number) => `第${v}行` },
                ]}
              />
            </>
          ) : null}
        </>
      }
    />
  );
}
