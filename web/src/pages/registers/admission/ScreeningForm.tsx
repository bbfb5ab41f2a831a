import { AuditOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Card, Checkbox, Col, Form, Input, Row, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { INDUSTRIAL_LAND_CLASSES, LAND_CLASS_LABELS } from '../../../../../src/domain/registers/admission/admissionLabels';
import { screenProject, type ScreeningResult, type ScreenProjectInputBody } from '../../../api/admission';
import { listIndustries } from '../../../api/reference';
import type { Industry } from '../../../api/types';
import { applyServerIssues } from '../../../components/serverIssues';
import { useRemote } from '../../../components/useRemote';

interface ScreeningFormValues {
  projectName?: string;
  applicant?: string;
  industryCode?: string;
  flags: ('heavyMetals' | 'vocs' | 'airPolluting')[];
  landClass: 'none' | (typeof INDUSTRIAL_LAND_CLASSES)[number];
  subAreas: string[];
}

const FIELDS = ['projectName', 'applicant', 'industryCode', 'landClass', 'subAreas'] as const;

const FLAG_OPTIONS = [
  { value: 'heavyMetals', label: '涉重金属' },
  { value: 'vocs', label: '涉VOCs排放' },
  { value: 'airPolluting', label: '气型污染' },
];

const LAND_OPTIONS = [{ value: 'none', label: '不新增工业用地' }, ...INDUSTRIAL_LAND_CLASSES.map((c) => ({ value: c, label: LAND_CLASS_LABELS[c] }))];

/** Industries whose code starts with, or whose name contains, what was typed; at most 50. */
function industryOptions(all: readonly Industry[], typed: string) {
  const q = typed.trim().toUpperCase();
  if (!q) return [];
  const hits = all.filter((i) => i.code.startsWith(q) || i.code.slice(1).startsWith(q) || i.name.includes(typed.trim()));
  return hits.slice(0, 50).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }));
}

function toBody(v: ScreeningFormValues, save: boolean): ScreenProjectInputBody {
  return {
    industryCode: (v.industryCode ?? '').trim(),
    heavyMetals: v.flags.includes('heavyMetals'),
    vocs: v.flags.includes('vocs'),
    airPolluting: v.flags.includes('airPolluting'),
    landClass: v.landClass === 'none' ? null : v.landClass,
    subAreas: v.subAreas,
    projectName: v.projectName?.trim() || null,
    applicant: v.applicant?.trim() || null,
    save,
  };
}

interface ScreeningFormProps {
  parkCode: string;
  subAreas: readonly string[];
  canSave: boolean;
  onResult: (result: ScreeningResult) => void;
}

/** 拟引进项目: industry (searched in GB/T 4754-2017), what it emits, the land it needs and where it goes. */
export function ScreeningForm({ parkCode, subAreas, canSave, onResult }: ScreeningFormProps) {
  const [form] = Form.useForm<ScreeningFormValues>();
  const [busy, setBusy] = useState<'screen' | 'save' | null>(null);
  const [other, setOther] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const industries = useRemote(() => listIndustries(), []);
  const options = useMemo(() => industryOptions(industries.data ?? [], typed), [industries.data, typed]);

  const submit = async (save: boolean) => {
    if (save) form.setFields([{ name: 'projectName', errors: form.getFieldValue('projectName')?.trim() ? [] : ['保存审核记录须填写项目名称'] }]);
    let values: ScreeningFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (save && !values.projectName?.trim()) return;
    setBusy(save ? 'save' : 'screen');
    setOther([]);
    try {
      onResult(await screenProject(parkCode, toBody(values, save)));
    } catch (err) {
      setOther(applyServerIssues(form, err, FIELDS));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title="拟引进项目" styles={{ body: { padding: 16 } }}>
      {other.length > 0 ? <Alert type="error" showIcon message={other.join('；')} style={{ marginBottom: 12 }} /> : null}
      <Form<ScreeningFormValues> form={form} name="screening" layout="vertical" initialValues={{ flags: [], landClass: 'none', subAreas: [] }}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="projectName" label="项目名称" rules={[{ max: 200, message: '不超过200字' }]}>
              <Input placeholder="保存审核记录时必填" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="applicant" label="建设单位" rules={[{ max: 200, message: '不超过200字' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="industryCode"
              label="行业代码（GB/T 4754-2017）"
              rules={[{ required: true, whitespace: true, message: '请填写行业代码' }]}
              extra="可输入代码或名称搜索；尽量细到中类或小类（如 C3982 电子电路制造），参考表未列出的中类、小类可直接输入代码"
            >
              <AutoComplete aria-label="行业代码" options={options} onSearch={setTyped} placeholder="如 C3982、家具" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="flags" label="项目特征">
              <Checkbox.Group options={FLAG_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="landClass" label="需新增的工业用地">
              <Select aria-label="需新增的工业用地" options={LAND_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="subAreas" label="所在片区" extra={subAreas.length === 0 ? '园区未设置片区' : undefined}>
              <Select aria-label="所在片区" mode="multiple" allowClear placeholder="选址所在的片区（可多选）" options={subAreas.map((a) => ({ value: a, label: a }))} />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" icon={<AuditOutlined />} loading={busy === 'screen'} onClick={() => void submit(false)}>
            审核
          </Button>
          {canSave ? (
            <Button icon={<SaveOutlined />} loading={busy === 'save'} onClick={() => void submit(true)}>
              审核并保存记录
            </Button>
          ) : null}
        </Space>
      </Form>
    </Card>
  );
}
