import { Alert, Checkbox, Modal, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../../../api/client';
import { importEmissionsWorkbook, type EmissionYearView } from '../../../api/quotas';

interface Issue {
  sheet?: string;
  row?: number;
  column?: string;
  field?: string;
  value?: unknown;
  message: string;
}

/** The nearest enterprise the server proposes for a name not in the file: 最接近：湖南力方轧辊有限公司（…）. */
const proposalOf = (i: Issue) => /最接近：([^（；]+)/.exec(i.message)?.[1] ?? null;

const columns: ColumnsType<Issue & { key: number }> = [
  { title: '行', dataIndex: 'row', width: 50, render: (v?: number) => v ?? '—' },
  { title: '列', dataIndex: 'column', width: 140, render: (v: string | undefined, i) => v ?? i.field ?? '—' },
  { title: '值', dataIndex: 'value', width: 200, render: (v: unknown) => <Typography.Text code>{v === undefined || v === '' ? '（空）' : String(v)}</Typography.Text> },
  { title: '说明', dataIndex: 'message' },
];

/**
 * Importing a year's emissions workbook: all or nothing. When the server refuses names that are not in the enterprise
 * file and proposes the nearest enterprise, the user confirms each proposal here and imports again; nothing is
 * created in the enterprise file.
 */
export function ImportEmissionsModal({ park, year, file, onClose, onImported }: { park: string; year: number; file: File; onClose: () => void; onImported: (r: EmissionYearView) => void }) {
  const [failure, setFailure] = useState<{ message: string; issues: Issue[] } | null>(null);
  const [confirmed, setConfirmed] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(true);

  const run = useCallback(
    async (names: Record<string, string>) => {
      setBusy(true);
      try {
        onImported(await importEmissionsWorkbook(park, year, file, names));
      } catch (err) {
        setFailure({ message: errorMessage(err), issues: err instanceof ApiError ? (err.issues as Issue[]) : [] });
      } finally {
        setBusy(false);
      }
    },
    [park, year, file, onImported],
  );
  useEffect(() => {
    void run({});
    // Only once per file: a retry is the user's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  const proposals = (failure?.issues ?? []).flatMap((i) => {
    const to = proposalOf(i);
    return to && typeof i.value === 'string' ? [{ from: i.value, to, row: i.row }] : [];
  });
  const others = (failure?.issues ?? []).filter((i) => !proposalOf(i));
  const canRetry = proposals.length > 0 && others.length === 0 && proposals.every((p) => confirmed[p.from] === p.to);

  return (
    <Modal
      open
      title={`导入${year}年排放量：${file.name}`}
      width={820}
      onCancel={onClose}
      okText="确认名称并导入"
      cancelText="关闭"
      okButtonProps={{ disabled: !canRetry }}
      confirmLoading={busy}
      onOk={() => run(confirmed)}
    >
      {busy && !failure ? <Alert type="info" showIcon message="正在导入…" /> : null}
      {failure ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="error" showIcon message={failure.message} description="未导入任何数据。" />
          {proposals.length > 0 ? (
            <div data-testid="emission-proposals">
              <Typography.Text strong>以下名称与企业档案不一致，确认后按档案企业导入（不会新建企业）：</Typography.Text>
              {proposals.map((p) => (
                <div key={p.from}>
                  <Checkbox
                    checked={confirmed[p.from] === p.to}
                    onChange={(e) => setConfirmed((c) => {
                        const next = { ...c };
                        if (e.target.checked) next[p.from] = p.to;
                        else delete next[p.from];
                        return next;
                      })}
                  >
                    第{p.row}行“{p.from}”即档案中的“{p.to}”
                  </Checkbox>
                </div>
              ))}
            </div>
          ) : null}
          {others.length > 0 ? <Table size="small" pagination={false} columns={columns} dataSource={others.map((i, key) => ({ ...i, key }))} /> : null}
        </Space>
      ) : null}
    </Modal>
  );
}
