import { Alert, App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { SOURCE_KIND_LABELS, SOURCE_KINDS, UNIT_CLASSES, type SourceKind, type UnitClass } from '../../../../../src/domain/registers/requirements/requirementTerms';
import { createSource } from '../../../api/requirements';
import { applyServerIssues } from '../../../components/serverIssues';

interface Values {
  kind: SourceKind;
  title: string;
  documentNumber?: string;
  issued?: string;
  authority?: string;
  code?: string;
  name?: string;
  province?: string;
  city?: string;
  county?: string;
  class?: UnitClass;
  areaText?: string;
  towns?: string;
  mainFunctions?: string;
  leadingIndustries?: string;
  sensitiveTargets?: string;
  mainProblems?: string;
}

/** Fields that show the server's messages; a control unit's (unit.code …) show above the buttons with their wording. */
const FIELDS = ['kind', 'title', 'documentNumber', 'issued', 'authority'] as const;
const blank = (s: string | undefined) => s?.trim() || null;

/**
 * 新增要求来源: an approval (规划环评、跟踪评价), another document, or a 三线一单 control unit with its particulars
 * (code, name, division, class, area, towns, functions, industries, sensitive targets and problems).
 */
export function SourceFormModal({ parkCode, open, onClose, onSaved }: { parkCode: string; open: boolean; onClose: () => void; onSaved: (id: number) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const [saving, setSaving] = useState(false);
  const [other, setOther] = useState<string[]>([]);

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setOther([]);
    try {
      const created = await createSource(parkCode, {
        kind: v.kind,
        title: v.title,
        documentNumber: blank(v.documentNumber),
        issued: blank(v.issued),
        authority: blank(v.authority),
        unit:
          v.kind === 'controlUnit'
            ? {
                code: v.code ?? '',
                name: v.name ?? '',
                division: { province: v.province ?? '', city: v.city ?? '', county: v.county ?? '' },
                class: v.class!,
                areaText: v.areaText ?? '',
                towns: (v.towns ?? '').split(/[、,，\s]+/).filter(Boolean),
                mainFunctions: v.mainFunctions ?? '',
                leadingIndustries: v.leadingIndustries ?? '',
                sensitiveTargets: v.sensitiveTargets ?? '',
                mainProblems: v.mainProblems ?? '',
              }
            : null,
      });
      message.success('已新增要求来源');
      onSaved(created.id);
    } catch (err) {
      setOther(applyServerIssues(form, err, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  const required = (label: string) => [{ required: true, whitespace: true, message: `请填写${label}` }];
  return (
    <Modal
      title="新增要求来源"
      open={open}
      onCancel={onClose}
      onOk={() => void save()}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      destroyOnHidden
      width={820}
      afterOpenChange={(visible) => {
        if (visible) {
          form.resetFields();
          form.setFieldsValue({ kind: 'planEia', title: '' });
          setOther([]);
        }
      }}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
              <Select options={SOURCE_KINDS.map((k) => ({ value: k, label: SOURCE_KIND_LABELS[k] }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="title" label="文件名称" rules={required('文件名称')} extra="如 祁东经济开发区环境影响报告书">
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="documentNumber" label="文号">
              <Input maxLength={100} placeholder="湘环评函[2014]89号" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="issued" label="印发日期" extra="YYYY、YYYY-MM 或 YYYY-MM-DD">
              <Input maxLength={10} placeholder="2014-08" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="authority" label="印发机关">
              <Input maxLength={100} placeholder="湖南省环境保护厅" />
            </Form.Item>
          </Col>
        </Row>
        {kind === 'controlUnit' ? (
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="code" label="环境管控单元编码" rules={required('单元编码')}>
                <Input maxLength={13} placeholder="ZH43042620004" />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item name="name" label="单元名称" rules={required('单元名称')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            {(['province', 'city', 'county'] as const).map((f, i) => (
              <Col span={6} key={f}>
                <Form.Item name={f} label={`行政区划（${['省', '市', '县'][i]}）`} rules={required('行政区划')}>
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
            ))}
            <Col span={6}>
              <Form.Item name="class" label="单元分类" rules={[{ required: true, message: '请选择单元分类' }]}>
                <Select options={UNIT_CLASSES.map((c) => ({ value: c, label: c }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="areaText" label="单元面积（km²）及依据" rules={required('单元面积')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="towns" label="涉及乡镇（街道）" extra="以顿号或逗号分隔">
                <Input maxLength={500} />
              </Form.Item>
            </Col>
            {(
              [
                ['mainFunctions', '区域主体功能定位', 1000],
                ['leadingIndustries', '主导产业', 4000],
                ['sensitiveTargets', '重要敏感目标', 2000],
                ['mainProblems', '主要环境问题', 2000],
              ] as const
            ).map(([name, label, max]) => (
              <Col span={12} key={name}>
                <Form.Item name={name} label={label}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={max} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        ) : null}
      </Form>
      {other.length ? <Alert type="error" showIcon message={other.join('；')} /> : null}
    </Modal>
  );
}
