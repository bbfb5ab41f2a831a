import { Alert, Form, Input, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError, errorMessage } from '../../../api/client';
import { listEnterprises } from '../../../api/enterprises';
import { createEmission, updateEmission, type EmissionInputBody, type EmissionRowView } from '../../../api/quotas';
import { useRemote } from '../../../components/useRemote';
import { POLLUTANT_OPTIONS } from './labels';

/** The select's value for the park's published total (no enterprise). */
const PARK_TOTAL = 0;

interface FormValues {
  enterpriseId: number;
  code: EmissionInputBody['pollutant']['code'];
  name?: string;
  tonnesPerYear: string;
}

/** 新增/修改一行排放量: an enterprise's emission of a pollutant in the year, or the park's published total. */
export function EmissionRowModal({ park, year, row, onClose, onSaved }: { park: string; year: number; row: EmissionRowView | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const enterprises = useRemote((signal) => listEnterprises(park, { sort: 'name' }, signal), [park]);
  const options = useMemo(
    () => [{ value: PARK_TOTAL, label: '园区公布总量（无企业分项）' }, ...(enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))],
    [enterprises.data],
  );
  const save = async () => {
    const v = await form.validateFields();
    const body: EmissionInputBody = {
      year,
      enterpriseId: v.enterpriseId === PARK_TOTAL ? null : v.enterpriseId,
      pollutant: { code: v.code, name: v.code === 'other' ? (v.name ?? '') : null },
      tonnesPerYear: v.tonnesPerYear,
    };
    setBusy(true);
    setError(null);
    try {
      if (row) await updateEmission(park, row.id, body);
      else await createEmission(park, body);
      onSaved();
    } catch (err) {
      const issues = err instanceof ApiError ? err.issues.map((i) => i.message).join('；') : '';
      setError(`${errorMessage(err)}${issues ? `：${issues}` : ''}`);
    } finally {
      setBusy(false);
    }
  };
  const initial: Partial<FormValues> = row
    ? { enterpriseId: row.enterpriseId ?? PARK_TOTAL, code: row.code, name: row.code === 'other' ? row.name : undefined, tonnesPerYear: row.tonnesPerYear }
    : { code: 'COD' };
  return (
    <Modal open title={`${row ? '修改' : '新增'}${year}年排放量`} onCancel={onClose} onOk={save} okText="保存" cancelText="取消" confirmLoading={busy} destroyOnHidden>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="enterpriseId" label="企业" rules={[{ required: true, message: '请选择企业或园区公布总量' }]}>
          <Select aria-label="企业" showSearch optionFilterProp="label" options={options} loading={enterprises.loading} />
        </Form.Item>
        <Form.Item name="code" label="污染物" rules={[{ required: true, message: '请选择污染物' }]}>
          <Select aria-label="污染物" options={POLLUTANT_OPTIONS} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {() =>
            form.getFieldValue('code') === 'other' ? (
              <Form.Item name="name" label="污染物名称" rules={[{ required: true, message: '请填写污染物名称' }]}>
                <Input placeholder="如 颗粒物" />
              </Form.Item>
            ) : null
          }
        </Form.Item>
        <Form.Item name="tonnesPerYear" label="排放量" rules={[{ required: true, pattern: /^\d+(\.\d+)?$/, message: '请填写非负数字，如 90.59' }]}>
          <Input aria-label="排放量" addonAfter="t/a" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
