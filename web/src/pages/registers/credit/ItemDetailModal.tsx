import { Alert, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { EvidenceRef, SchemeItem } from '../../../../../src/domain/credit/types';
import { ApiError, errorMessage } from '../../../api/client';
import { setCreditItemScore, type CreditEvaluationView, type EvaluationItem } from '../../../api/credit';
import { pointsText } from './labels';

interface FormValues {
  comment?: string;
  /** Documents named only, one a line. */
  documents?: string;
  /** The proposal's records kept as evidence, by index. */
  records?: number[];
}

const sameRecord = (a: EvidenceRef, b: EvidenceRef) => a.entity === b.entity && a.id === b.id && a.label === b.label;

/** 说明与证明材料 of one item: a comment, documents written one a line, and the records behind the proposal to attach. */
export function ItemDetailModal({
  park,
  year,
  item,
  entry,
  score,
  onClose,
  onSaved,
}: {
  park: string;
  year: number;
  item: SchemeItem;
  entry: EvaluationItem | undefined;
  score: number;
  onClose: () => void;
  onSaved: (view: CreditEvaluationView) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const proposalRecords = entry?.proposal.records.filter((r) => r.entity !== null) ?? [];
  const evidence = entry?.evidence ?? [];
  const initial: FormValues = {
    comment: entry?.comment ?? '',
    documents: evidence.filter((e) => e.entity === null).map((e) => e.label).join('\n'),
    records: proposalRecords.flatMap((r, i) => (evidence.some((e) => sameRecord(e, r)) ? [i] : [])),
  };
  const save = async () => {
    const v = await form.validateFields();
    const documents = (v.documents ?? '')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((label): EvidenceRef => ({ label, entity: null, id: null }));
    const records = (v.records ?? []).map((i) => proposalRecords[i]!);
    // Evidence linked to other records (entered elsewhere) is kept as it is.
    const others = evidence.filter((e) => e.entity !== null && !proposalRecords.some((r) => sameRecord(e, r)));
    setBusy(true);
    setError(null);
    try {
      onSaved(await setCreditItemScore(park, year, item.number, { score, comment: v.comment?.trim() || null, evidence: [...records, ...others, ...documents] }));
    } catch (err) {
      const issues = err instanceof ApiError ? err.issues.map((i) => i.message).join('；') : '';
      setError(`${errorMessage(err)}${issues ? `：${issues}` : ''}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={`第${item.number}项说明与证明材料`} onCancel={onClose} onOk={save} okText="保存" cancelText="取消" confirmLoading={busy} destroyOnHidden width={640}>
      <Typography.Paragraph type="secondary">
        {item.criterion}（{pointsText(item)}）
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="comment" label="说明">
          <Input.TextArea aria-label="说明" rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="documents" label="证明材料（文件名称或文号，每行一项）">
          <Input.TextArea aria-label="证明材料" rows={3} placeholder="如 湘工信节能〔2024〕号 全省绿色制造体系示范单位名单" />
        </Form.Item>
        {proposalRecords.length ? (
          <Form.Item name="records" label="附上平台记录">
            <Checkbox.Group options={proposalRecords.map((r, i) => ({ value: i, label: r.label }))} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
