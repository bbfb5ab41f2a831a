import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../../api/client';
import { importWorkbook } from '../../../../api/enterprises';
import type { ApiIssue, ImportDecision, ImportIssue, ImportResult } from '../../../../api/types';

function cellValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

const issueColumns: ColumnsType<ImportIssue & { key: number }> = [
  { title: '工作表', dataIndex: 'sheet', width: 130, render: (v: string | null | undefined) => v ?? '—' },
  { title: '行', dataIndex: 'row', width: 60, render: (v: number | null | undefined) => v ?? '—' },
  { title: '列', dataIndex: 'column', width: 120, render: (v: string | null | undefined) => v ?? '—' },
  { title: '值', dataIndex: 'value', width: 180, render: (v: unknown) => <Typography.Text code>{cellValue(v)}</Typography.Text> },
  {
    title: '应为/说明',
    key: 'expected',
    render: (_: unknown, r) => (
      <>
        {r.expected ? <div>应为：{r.expected}</div> : null}
        <Typography.Text type={r.expected ? 'secondary' : undefined}>{r.message}</Typography.Text>
      </>
    ),
  },
];

const decisionColumns: ColumnsType<ImportDecision & { key: number }> = [
  { title: '工作表', dataIndex: 'sheet', width: 110 },
  { title: '行', dataIndex: 'row', width: 56 },
  { title: '列', dataIndex: 'column', width: 150 },
  { title: '原文', dataIndex: 'value', width: 130, render: (v: string) => <Typography.Text code>{cellValue(v)}</Typography.Text> },
  { title: '已按此记录', dataIndex: 'takenAs', width: 180, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
  { title: '说明', dataIndex: 'message', render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text> },
];

function DecisionTable({ decisions }: { decisions: ImportDecision[] }) {
  return (
    <Table
      size="small"
      bordered
      rowKey="key"
      columns={decisionColumns}
      dataSource={decisions.map((d, key) => ({ ...d, key }))}
      pagination={decisions.length > 10 ? { pageSize: 10, showSizeChanger: false, showTotal: (t) => `共 ${t} 条` } : false}
      scroll={{ y: 420 }}
    />
  );
}

/** What to check after a successful import: the decisions the import took on its own, then the warnings. */
function ImportReport({ result }: { result: ImportResult }) {
  return (
    <>
      {result.decisions.length > 0 ? (
        <>
          <Typography.Title level={5}>待核对（{result.decisions.length} 处）</Typography.Title>
          <Typography.Paragraph type="secondary">
            以下单元格的内容不是标准写法，导入时按右侧"已按此记录"的含义保存。请逐一核对，如有不符请在企业档案中修改。
          </Typography.Paragraph>
          <DecisionTable decisions={result.decisions} />
        </>
      ) : null}
      {result.warnings.length > 0 ? (
        <>
          <Typography.Title level={5}>提示（{result.warnings.length} 处）</Typography.Title>
          <IssueTable issues={result.warnings} />
        </>
      ) : null}
    </>
  );
}

/** Import issues may come back in the field-issue shape when the server validated an enterprise. */
function asImportIssue(i: ApiIssue): ImportIssue {
  if ('field' in i) return { column: i.field, value: i.value, message: i.message, severity: i.severity };
  return i;
}

function IssueTable({ issues }: { issues: ImportIssue[] }) {
  return (
    <Table
      size="small"
      bordered
      rowKey="key"
      columns={issueColumns}
      dataSource={issues.map((i, key) => ({ ...i, key }))}
      pagination={issues.length > 10 ? { pageSize: 10, showSizeChanger: false, showTotal: (t) => `共 ${t} 条` } : false}
      scroll={{ y: 420 }}
    />
  );
}

/** 导入工作簿: posts the raw .xlsx bytes; all-or-nothing, so a 400 lists every problem and nothing was written. */
export function ImportButton({ parkCode, onImported }: { parkCode: string; onImported: () => void }) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async (file: File) => {
    setBusy(true);
    try {
      const r = await importWorkbook(parkCode, file);
      message.success(`导入成功：新增${r.created}家，更新${r.updated}家`);
      const toCheck = r.decisions.length + r.warnings.length;
      if (toCheck > 0) {
        modal.warning({
          title: `导入成功：新增${r.created}家，更新${r.updated}家；以下 ${toCheck} 处请核对`,
          width: 1040,
          okText: '知道了',
          content: <ImportReport result={r} />,
        });
      }
      onImported();
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) {
        modal.error({
          title: `${err.message}（共 ${err.issues.length} 处，未导入任何数据）`,
          width: 960,
          okText: '知道了',
          content: <IssueTable issues={err.issues.map(asImportIssue)} />,
        });
      } else {
        message.error(`导入失败：${errorMessage(err)}`);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Upload
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      showUploadList={false}
      beforeUpload={(file) => {
        void run(file);
        return Upload.LIST_IGNORE;
      }}
    >
      <Button icon={<UploadOutlined />} loading={busy}>
        导入工作簿
      </Button>
    </Upload>
  );
}
