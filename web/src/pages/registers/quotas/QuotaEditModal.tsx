import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../api/client';
import { replaceQuotas, type ParkQuotasView, type QuotasInputBody } from '../../../api/quotas';
import { POLLUTANT_OPTIONS } from './labels';

interface FormValues {
  documentNumber: string;
  title: string;
  issued?: string;
  quotas: { code: QuotasInputBody['quotas'][number]['pollutant']['code']; name?: string; tonnesPerYear: string }[];
}

/** 修改总量控制指标: the whole set with its approval, replaced at once (each change audited). */
export function QuotaEditModal({ park, current, onClose, onSaved }: { park: string; current: ParkQuotasView; onClose: () => void; onSaved: (q: ParkQuotasView) => void }) {
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const initial: FormValues = {
    documentNumber: current.approval?.documentNumber ?? '',
    title: current.approval?.title ?? '',
    issued: current.approval?.issued ?? '',
    quotas: current.quotas.map((q) => ({ code: q.code, name: q.code === 'other' ? q.name : undefined, tonnesPerYear: q.tonnesPerYear })),
  };
  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await replaceQuotas(park, {
          approval: { documentNumber: v.documentNumber, title: v.title, issued: v.issued ? v.issued : null },
          quotas: (v.quotas ?? []).map((q) => ({ pollutant: { code: q.code, name: q.code === 'other' ? (q.name ?? '') : null }, tonnesPerYear: q.tonnesPerYear })),
        }),
      );
    } catch (err) {
      const issues = err instanceof ApiError ? err.issues.map((i) => i.message).join('；') : '';
      setError(`${errorMessage(err)}${issues ? `：${issues}` : ''}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title="修改总量控制指标" width={640} onCancel={onClose} onOk={save} okText="保存" cancelText="取消" confirmLoading={busy} destroyOnHidden>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="documentNumber" label="批复文号" rules={[{ required: true, message: '请填写批复文号' }]}>
          <Input placeholder="如 湘环评函[2014]89号" />
        </Form.Item>
        <Form.Item name="title" label="批复名称" rules={[{ required: true, message: '请填写批复名称' }]}>
          <Input placeholder="如 祁东经济开发区环境影响报告书审查意见" />
        </Form.Item>
        <Form.Item name="issued" label="批复时间" rules={[{ pattern: /^\d{4}(-\d{2}(-\d{2})?)?$/, message: '格式为 YYYY、YYYY-MM 或 YYYY-MM-DD' }]}>
          <Input placeholder="如 2014-08" style={{ width: 200 }} />
        </Form.Item>
        <Form.List name="quotas">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'code']} rules={[{ required: true, message: '请选择污染物' }]}>
                    <Select aria-label="污染物" style={{ width: 160 }} options={POLLUTANT_OPTIONS} />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      form.getFieldValue(['quotas', f.name, 'code']) === 'other' ? (
                        <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: '请填写污染物名称' }]}>
                          <Input placeholder="污染物名称" style={{ width: 120 }} />
                        </Form.Item>
                      ) : null
                    }
                  </Form.Item>
                  <Form.Item name={[f.name, 'tonnesPerYear']} rules={[{ required: true, pattern: /^\d+(\.\d+)?$/, message: '请填写非负数字' }]}>
                    <Input aria-label="总量控制指标" addonAfter="t/a" style={{ width: 180 }} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="删除该项" onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ code: 'VOCs', tonnesPerYear: '' })}>
                添加指标
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
