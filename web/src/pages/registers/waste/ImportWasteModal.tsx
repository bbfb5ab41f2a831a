import { Alert, Descriptions, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { ApiError, errorMessage } from '../../../api/client';
import { listEnterprises } from '../../../api/enterprises';
import { importWasteWorkbook, previewWasteWorkbook, type WasteImportPreview, type WasteLedgerYear, type WasteNameLink } from '../../../api/wasteLedger';
import { useRemote } from '../../../components/useRemote';
import { KIND_LABELS, tonnes } from './wasteCells';

/** An issue of a refused import: a cell (sheet, row, column, value) or a field of the request. */
interface Issue {
  sheet?: string;
  row?: number;
  column?: string;
  field?: string;
  value?: unknown;
  expected?: string;
  message: string;
}

const LINK_WORDS: Readonly<Record<WasteNameLink['link'], { text: string; color: string }>> = {
  creditCode: { text: '按信用代码关联', color: 'green' },
  exact: { text: '名称一致', color: 'green' },
  confirmed: { text: '已确认', color: 'blue' },
  proposal: { text: '待确认', color: 'orange' },
  none: { text: '档案中无此企业', color: 'red' },
};

const issueColumns: ColumnsType<Issue & { key: number }> = [
  { title: '工作表', dataIndex: 'sheet', width: 80, render: (v?: string) => v ?? '—' },
  { title: '行', dataIndex: 'row', width: 50, render: (v?: number) => v ?? '—' },
  { title: '列', dataIndex: 'column', width: 150, render: (v: string | undefined, i) => v ?? i.field ?? '—' },
  { title: '值', dataIndex: 'value', width: 200, render: (v: unknown) => <Typography.Text code>{v === undefined || v === '' ? '（空）' : String(v)}</Typography.Text> },
  { title: '说明', dataIndex: 'message' },
];

/**
 * Importing a table-10 workbook in two steps: the preview links every row to the enterprise file and proposes the
 * nearest enterprise for a name that is not in it; the user confirms each proposal (or chooses another enterprise of
 * the file), then the year is replaced, all or nothing. Nothing is ever created in the enterprise file.
 */
export function ImportWasteModal({ park, year, file, onClose, onImported }: { park: string; year: number; file: File; onClose: () => void; onImported: (r: WasteLedgerYear) => void }) {
  const [preview, setPreview] = useState<WasteImportPreview | null>(null);
  const [failure, setFailure] = useState<{ message: string; issues: Issue[] } | null>(null);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const enterprises = useRemote((signal) => listEnterprises(park, { sort: 'name' }, signal), [park]);

  useEffect(() => {
    let live = true;
    previewWasteWorkbook(park, year, file)
      .then((p) => {
        if (!live) return;
        setPreview(p);
        // A proposal starts unconfirmed: the user decides.
        setChosen({});
      })
      .catch((err: unknown) => live && setFailure({ message: errorMessage(err), issues: err instanceof ApiError ? err.issues : [] }));
    return () => {
      live = false;
    };
  }, [park, year, file]);

  const open = preview?.links.filter((l) => l.link === 'proposal' || l.link === 'none') ?? [];
  const missing = open.filter((l) => !chosen[l.nameInTable]);
  const options = useMemo(() => (enterprises.data?.items ?? []).map((e) => ({ value: e.name, label: e.name })), [enterprises.data]);

  const submit = async () => {
    setBusy(true);
    try {
      onImported(await importWasteWorkbook(park, year, file, chosen));
    } catch (err) {
      setFailure({ message: errorMessage(err), issues: err instanceof ApiError ? err.issues : [] });
    } finally {
      setBusy(false);
    }
  };

  const linkColumns: ColumnsType<WasteNameLink> = [
    { title: '行', dataIndex: 'row', width: 56 },
    { title: '表中名称', dataIndex: 'nameInTable', width: 240 },
    {
      title: '关联',
      key: 'link',
      width: 130,
      render: (_: unknown, l) => {
        const w = chosen[l.nameInTable] ? LINK_WORDS.confirmed : LINK_WORDS[l.link];
        return <Tag color={w.color}>{w.text}</Tag>;
      },
    },
    {
      title: '企业档案中的企业',
      key: 'enterprise',
      render: (_: unknown, l) => {
        if (l.link !== 'proposal' && l.link !== 'none') return l.enterpriseName;
        return (
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            {l.link === 'proposal' ? (
              <Typography.Text type="secondary">
                建议：{l.enterpriseName}（{l.reason}）
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">档案中没有相近的企业，请选择或先在企业档案中添加</Typography.Text>
            )}
            <Select
              aria-label={`确认 ${l.nameInTable}`}
              showSearch
              allowClear
              style={{ width: '100%' }}
              placeholder={l.link === 'proposal' ? `确认为 ${l.enterpriseName ?? ''}` : '选择档案中的企业'}
              value={chosen[l.nameInTable]}
              options={l.link === 'proposal' && l.enterpriseName ? [{ value: l.enterpriseName, label: `${l.enterpriseName}（建议）` }, ...options.filter((o) => o.value !== l.enterpriseName)] : options}
              onChange={(v?: string) =>
                setChosen((c) => {
                  const next = { ...c };
                  if (v) next[l.nameInTable] = v;
                  else delete next[l.nameInTable];
                  return next;
                })
              }
            />
          </Space>
        );
      },
    },
  ];

  return (
    <Modal
      open
      width={980}
      title={`导入固体废物处置清单：${file.name}（${year}年）`}
      okText={open.length > 0 ? `确认名称并导入（${open.length - missing.length}/${open.length}）` : '导入'}
      okButtonProps={{ disabled: !preview || missing.length > 0, loading: busy }}
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={onClose}
    >
      {failure ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="waste-import-errors"
          message={`未导入：${failure.message}`}
          description={failure.issues.length ? <Table size="small" bordered rowKey="key" columns={issueColumns} pagination={false} dataSource={failure.issues.map((i, key) => ({ ...i, key }))} /> : null}
        />
      ) : null}
      {!preview && !failure ? <Typography.Text>正在读取工作簿…</Typography.Text> : null}
      {preview ? (
        <>
          <Alert
            type={open.length > 0 ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 12 }}
            message={
              open.length > 0
                ? `共${preview.links.length}家企业，${open.length}个名称不在企业档案中：请逐一确认所指的档案企业（不会新建企业）`
                : `共${preview.links.length}家企业，名称均已关联企业档案；导入将替换${year}年的台账`
            }
          />
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
            {(['general', 'hazardous'] as const).map((kind) => (
              <Descriptions.Item key={kind} label={KIND_LABELS[kind]}>
                产生企业{preview.totals[kind].generatingEnterprises}家，产生量{tonnes(preview.totals[kind].generatedTonnes)} t/a
              </Descriptions.Item>
            ))}
          </Descriptions>
          {preview.findings.length > 0 ? (
            <Alert
              type="warning"
              style={{ marginBottom: 12 }}
              message={`待核对（${preview.findings.length}处，可导入后修正）`}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {preview.findings.map((f) => (
                    <li key={`${f.kind}-${f.position}-${f.wasteKind ?? ''}`}>{f.message}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          <Table<WasteNameLink>
            data-testid="waste-name-links"
            size="small"
            bordered
            rowKey="row"
            columns={linkColumns}
            dataSource={[...open, ...preview.links.filter((l) => l.link !== 'proposal' && l.link !== 'none')]}
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
          />
        </>
      ) : null}
    </Modal>
  );
}
