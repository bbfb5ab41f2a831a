import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Divider, Form, Input, InputNumber, Modal, Row, Select, Space, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../api/client';
import { updatePark } from '../../../api/parks';
import type { ParkApproval, ParkProfile, ParkProfileInput } from '../../../api/types';
import { PARK_APPROVAL_KIND_LABELS } from '../../../labels';
import { lastCompleteYear } from '../../../../../src/domain/report/reportingYear';

interface Values {
  name: string;
  level: string;
  divisionCode: string;
  location?: string;
  leadingIndustries: string[];
  approvedAreaKm2?: string;
  extendedAreaKm2?: string;
  extensionDocument?: string;
  history?: string;
  approvals: { kind: ParkApproval['kind']; title: string; documentNumber?: string; approvedOn?: string; authority?: string }[];
  yearlyFigures: { year: number; industrialOutputYiYuan?: string; industrialAddedValueYiYuan?: string }[];
}

type ParkFieldPath = Extract<Parameters<FormInstance<Values>['setFields']>[0][number]['name'], unknown[]>;

const DECIMAL = /^\d+(\.\d+)?$/;
const decimalRule = { pattern: DECIMAL, message: '请输入数字，如 12.5' };
const str = (v: string | undefined | null) => (v && v.trim() ? v.trim() : null);
const dec = (v: string | number | null) => (v === null || v === '' ? undefined : String(v));

function toValues(p: ParkProfile): Values {
  return {
    name: p.name,
    level: p.level,
    divisionCode: p.divisionCode,
    location: p.location ?? undefined,
    leadingIndustries: p.leadingIndustries,
    approvedAreaKm2: dec(p.approvedAreaKm2),
    extendedAreaKm2: dec(p.extendedAreaKm2),
    extensionDocument: p.extensionDocument ?? undefined,
    history: p.history ?? undefined,
    approvals: p.approvals.map((a) => ({
      kind: a.kind,
      title: a.title,
      documentNumber: a.documentNumber ?? undefined,
      approvedOn: a.approvedOn ?? undefined,
      authority: a.authority ?? undefined,
    })),
    yearlyFigures: p.yearlyFigures.map((f) => ({
      year: f.year,
      industrialOutputYiYuan: dec(f.industrialOutputYiYuan),
      industrialAddedValueYiYuan: dec(f.industrialAddedValueYiYuan),
    })),
  };
}

function toInput(code: string, v: Values): ParkProfileInput {
  return {
    code,
    name: v.name.trim(),
    level: v.level.trim(),
    divisionCode: v.divisionCode.trim(),
    location: str(v.location),
    leadingIndustries: v.leadingIndustries.map((s) => s.trim()).filter(Boolean),
    approvedAreaKm2: str(v.approvedAreaKm2),
    extendedAreaKm2: str(v.extendedAreaKm2),
    extensionDocument: str(v.extensionDocument),
    history: str(v.history),
    approvals: (v.approvals ?? []).map((a) => ({
      kind: a.kind,
      title: a.title.trim(),
      documentNumber: str(a.documentNumber),
      approvedOn: str(a.approvedOn),
      authority: str(a.authority),
    })),
    yearlyFigures: (v.yearlyFigures ?? []).map((f) => ({
      year: f.year,
      industrialOutputYiYuan: str(f.industrialOutputYiYuan),
      industrialAddedValueYiYuan: str(f.industrialAddedValueYiYuan),
    })),
  };
}

const kindOptions = Object.entries(PARK_APPROVAL_KIND_LABELS).map(([value, label]) => ({ value, label }));
const LEVELS = ['国家级', '省级', '市级', '县级'].map((v) => ({ value: v, label: v }));

/** 编辑园区信息: PUT /api/parks/:code with the whole profile. */
export function ParkEditModal({
  park,
  open,
  onClose,
  onSaved,
}: {
  park: ParkProfile;
  open: boolean;
  onClose: () => void;
  onSaved: (p: ParkProfile) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      message.error('请按提示完善园区信息');
      return;
    }
    setSaving(true);
    try {
      const saved = await updatePark(park.code, toInput(park.code, values));
      message.success('保存成功');
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) {
        // Server paths (`approvals.0.title`) name this form's fields; the server is the judge of which exist.
        form.setFields(
          err.issues
            .filter((i): i is Extract<typeof i, { field: string }> => 'field' in i)
            .map((i) => ({
              name: i.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) as ParkFieldPath,
              errors: [i.message],
            })),
        );
      }
      message.error(`保存失败：${errorMessage(err)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title="编辑园区信息"
      open={open}
      width={1000}
      onCancel={onClose}
      onOk={submit}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      destroyOnHidden
      styles={{ body: { maxHeight: '70vh', overflowY: 'auto', paddingRight: 8 } }}
    >
      <Form<Values> form={form} layout="vertical" initialValues={toValues(park)} preserve={false}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label="园区名称" rules={[{ required: true, whitespace: true, message: '请输入园区名称' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="园区代码">
              <Input value={park.code} disabled />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="level" label="园区级别" rules={[{ required: true, message: '请选择园区级别' }]}>
              <Select options={LEVELS} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="divisionCode"
              label="行政区划代码"
              rules={[{ required: true, message: '请输入行政区划代码' }, { pattern: /^\d{6}$/, message: '应为6位数字' }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={18}>
            <Form.Item name="location" label="地理位置">
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="leadingIndustries" label="主导产业">
              <Select mode="tags" placeholder="输入后回车添加" open={false} tokenSeparators={['，', ',', '、']} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="approvedAreaKm2" label="核准面积（km²）" rules={[decimalRule]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="extendedAreaKm2" label="拓展面积（km²）" rules={[decimalRule]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="extensionDocument" label="拓展范围批复文件">
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="history" label="园区沿革">
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
            </Form.Item>
          </Col>
        </Row>

        <Divider orientation="left" plain>
          规划及规划环评批复
        </Divider>
        <Form.List name="approvals">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <Row key={key} gutter={8} align="top">
                  <Col span={4}>
                    <Form.Item name={[name, 'kind']} rules={[{ required: true, message: '请选择类别' }]}>
                      <Select options={kindOptions} placeholder="类别" />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item name={[name, 'title']} rules={[{ required: true, whitespace: true, message: '请输入名称' }]}>
                      <Input placeholder="名称" />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[name, 'documentNumber']}>
                      <Input placeholder="文号" />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item
                      name={[name, 'approvedOn']}
                      rules={[{ pattern: /^\d{4}(-\d{2}(-\d{2})?)?$/, message: '应为 YYYY、YYYY-MM 或 YYYY-MM-DD' }]}
                    >
                      <Input placeholder="批复时间，如 2015-06" />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[name, 'authority']}>
                      <Input placeholder="审批机关" />
                    </Form.Item>
                  </Col>
                  <Col span={1}>
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label="删除" />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: 'plan_eia' })}>
                添加批复
              </Button>
            </>
          )}
        </Form.List>

        <Divider orientation="left" plain>
          年度经济指标
        </Divider>
        <Form.List name="yearlyFigures">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <Space key={key} align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[name, 'year']} rules={[{ required: true, message: '请输入年度' }]}>
                    <InputNumber min={2000} max={2100} precision={0} addonAfter="年" style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[name, 'industrialOutputYiYuan']} rules={[decimalRule]}>
                    <Input addonBefore="工业总产值" addonAfter="亿元" style={{ width: 280 }} />
                  </Form.Item>
                  <Form.Item name={[name, 'industrialAddedValueYiYuan']} rules={[decimalRule]}>
                    <Input addonBefore="工业增加值" addonAfter="亿元" style={{ width: 280 }} />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label="删除" />
                </Space>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ year: lastCompleteYear(new Date()) })}>
                添加年度
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
