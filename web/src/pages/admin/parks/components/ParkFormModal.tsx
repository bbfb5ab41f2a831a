import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { checkParkCode } from '../../../../../../src/domain/identifiers/parkCode.js';
import { applyServerIssues } from '../../../../components/serverIssues';
import { createPark, editParkIdentity } from '../../../../api/parks';
import type { ParkIdentityInput, ParkSummary } from '../../../../api/types';
import { divisionOptions } from '../../users/components/divisionOptions';

/** Levels a park has in the 开发区目录 and in provincial lists. */
const LEVELS = ['国家级', '省级', '市级', '县级'];

/**
 * Creates a park or edits its code, name, level and division. The code is checked as the server checks it
 * (domain/identifiers/parkCode.ts): its letter against the level, its province digits against the division.
 */
export function ParkFormModal({ park, open, onClose, onSaved }: { park: ParkSummary | null; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ParkIdentityInput>();
  const [saving, setSaving] = useState(false);
  // A park lies in a county-level division.
  const counties = useMemo(() => divisionOptions().filter((d) => d.level === '县级'), []);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(park ? { code: park.code, name: park.name, level: park.level, divisionCode: park.divisionCode } : { level: '省级' });
  }, [open, park, form]);

  const save = async (v: ParkIdentityInput) => {
    setSaving(true);
    try {
      if (park) await editParkIdentity(park.code, v);
      else await createPark(v);
      message.success(park ? `已保存园区 ${v.name}` : `已新建园区 ${v.name}`);
      onSaved();
    } catch (err) {
      const rest = applyServerIssues(form, err, ['code', 'name', 'level', 'divisionCode'], { CONFLICT: 'code' });
      message.error(`保存失败${rest.length ? `：${rest.join('；')}` : '，请按提示修改'}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={park ? `编辑园区 ${park.name}` : '新建园区'}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form<ParkIdentityInput> form={form} layout="vertical" onFinish={save} requiredMark>
        <Form.Item
          name="code"
          label="园区代码"
          dependencies={['divisionCode', 'level']}
          extra="《中国开发区审核公告目录》代码：国家级以 G 开头，第2、3位为所在省份代码，如 S437012"
          rules={[
            { required: true, message: '请输入园区代码' },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => {
                if (!value) return Promise.resolve();
                const errors = checkParkCode(value.trim(), getFieldValue('divisionCode') ?? '', getFieldValue('level') ?? '');
                return errors.length ? Promise.reject(new Error(errors.join('；'))) : Promise.resolve();
              },
            }),
          ]}
        >
          <Input placeholder="如 S437012" maxLength={7} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="name" label="园区名称" rules={[{ required: true, whitespace: true, message: '请输入园区名称' }, { max: 100 }]}>
          <Input placeholder="如 湖南祁东高新技术产业开发区" />
        </Form.Item>
        <Form.Item name="level" label="园区级别" rules={[{ required: true, message: '请选择园区级别' }]}>
          <Select aria-label="园区级别" options={LEVELS.map((l) => ({ value: l, label: l }))} />
        </Form.Item>
        <Form.Item name="divisionCode" label="所在行政区划（县级）" rules={[{ required: true, message: '请选择行政区划' }]}>
          <Select
            aria-label="所在行政区划"
            showSearch
            placeholder="输入区划代码或名称搜索，如 430426 或 祁东"
            options={counties}
            filterOption={(input, opt) => !!opt && opt.search.includes(input.trim())}
          />
        </Form.Item>
        <Typography.Text type="secondary">园区的位置、面积、规划批复等概况由园区人员在“园区信息”中维护。</Typography.Text>
      </Form>
    </Modal>
  );
}
