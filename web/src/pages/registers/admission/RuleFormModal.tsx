import { Alert, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useState } from 'react';
import {
  INDUSTRIAL_LAND_CLASSES,
  LAND_CLASS_LABELS,
  RULE_TRIGGER_KINDS,
  RULE_TRIGGER_LABELS,
} from '../../../../../src/domain/registers/admission/admissionLabels';
import { ApiError } from '../../../api/client';
import type { AdmissionRule, AdmissionRuleSet, IndustrialLandClass, RuleTrigger } from '../../../api/admission';

interface RuleFormValues {
  id: string;
  effect: AdmissionRule['effect'];
  kind: RuleTrigger['kind'];
  codes: string[];
  landClasses: IndustrialLandClass[];
  /** '' for the whole park. */
  subArea: string;
  wording: string;
  source: string;
}

const WHOLE_PARK = '';

function toValues(rule: AdmissionRule | null, index: number): RuleFormValues {
  if (!rule) return { id: `rule-${index + 1}`, effect: 'prohibited', kind: 'industry', codes: [], landClasses: [], subArea: WHOLE_PARK, wording: '', source: '' };
  const t = rule.trigger;
  return {
    id: rule.id,
    effect: rule.effect,
    kind: t.kind,
    codes: t.kind === 'industry' ? [...t.codes] : [],
    landClasses: t.kind === 'landClass' ? [...t.landClasses] : [],
    subArea: rule.subArea ?? WHOLE_PARK,
    wording: rule.wording,
    source: rule.source,
  };
}

function toRule(v: RuleFormValues): AdmissionRule {
  const trigger: RuleTrigger =
    v.kind === 'industry'
      ? { kind: 'industry', codes: v.codes }
      : v.kind === 'landClass'
        ? { kind: 'landClass', landClasses: v.landClasses }
        : { kind: v.kind };
  return { id: v.id.trim(), effect: v.effect, trigger, subArea: v.subArea === WHOLE_PARK ? null : v.subArea, wording: v.wording.trim(), source: v.source.trim() };
}

/** The form field a server issue on `rules.<index>.<path>` belongs to. */
function fieldOf(path: string): keyof RuleFormValues | null {
  if (path.startsWith('trigger.codes')) return 'codes';
  if (path.startsWith('trigger.landClasses')) return 'landClasses';
  if (path.startsWith('trigger')) return 'kind';
  const head = path.split('.')[0];
  return (['id', 'effect', 'subArea', 'wording', 'source'] as const).find((f) => f === head) ?? null;
}

interface RuleFormModalProps {
  set: AdmissionRuleSet;
  /** The rule's index, or rules.length for a new one; null: closed. */
  index: number | null;
  onClose: () => void;
  /** Saves the whole set with this rule in place; rejects with the server's error. */
  onSave: (rules: AdmissionRule[]) => Promise<void>;
}

/** 新增规则 / 编辑规则: one rule of the park's set; the set is saved as a whole. */
export function RuleFormModal(props: RuleFormModalProps) {
  const [prevIndex, setPrevIndex] = useState(props.index);
  const [session, setSession] = useState(0);
  if (props.index !== prevIndex) {
    setPrevIndex(props.index);
    if (props.index !== null) setSession((n) => n + 1);
  }
  return <RuleFormDialog key={session} {...props} />;
}

function RuleFormDialog({ set, index, onClose, onSave }: RuleFormModalProps) {
  const [form] = Form.useForm<RuleFormValues>();
  const [saving, setSaving] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const kind = Form.useWatch('kind', form);
  const editing = index !== null && index < set.rules.length;
  const at = index ?? set.rules.length;

  const submit = async () => {
    let values: RuleFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const rules = [...set.rules];
    rules.splice(at, editing ? 1 : 0, toRule(values));
    setSaving(true);
    setOther([]);
    try {
      await onSave(rules);
    } catch (err) {
      if (!(err instanceof ApiError)) {
        setOther([err instanceof Error ? err.message : '保存失败']);
        return;
      }
      const mine = `rules.${at}.`;
      const byField = new Map<keyof RuleFormValues, string[]>();
      const rest: string[] = [];
      for (const i of err.issues) {
        const f = typeof i.field === 'string' && i.field.startsWith(mine) ? fieldOf(i.field.slice(mine.length)) : null;
        if (f) byField.set(f, [...(byField.get(f) ?? []), i.message]);
        else rest.push(typeof i.field === 'string' ? `${i.field}：${i.message}` : i.message);
      }
      form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
      setOther(rest.length || byField.size ? rest : [err.message]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={editing ? `编辑准入规则（第${at + 1}条）` : '新增准入规则'}
      open={index !== null}
      width={720}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      destroyOnHidden
    >
      {other.length > 0 ? <Alert type="error" showIcon message={other.join('；')} style={{ margin: '12px 0' }} /> : null}
      <Form<RuleFormValues> form={form} name="admissionRule" layout="vertical" initialValues={toValues(editing ? set.rules[at]! : null, at)} preserve={false} style={{ marginTop: 12 }}>
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item name="id" label="规则编号" rules={[{ required: true, whitespace: true, message: '请填写规则编号' }, { max: 60, message: '不超过60字' }]}>
              <Input placeholder="园区内唯一，如 heavy-metals" />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="effect" label="效力" rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'prohibited', label: '禁止（不通过）' },
                  { value: 'restricted', label: '限制（附条件通过）' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="kind" label="触发条件" rules={[{ required: true, message: '请选择触发条件' }]}>
              <Select aria-label="触发条件" options={RULE_TRIGGER_KINDS.map((k) => ({ value: k, label: RULE_TRIGGER_LABELS[k] }))} />
            </Form.Item>
          </Col>
          <Col span={14}>
            {kind === 'industry' ? (
              <Form.Item name="codes" label="行业代码" rules={[{ required: true, type: 'array', min: 1, message: '至少填写一个行业代码' }]} extra="输入代码后回车；一个代码包含其下各级（C398 含 C3982）">
                <Select aria-label="行业代码" mode="tags" tokenSeparators={[',', '，', ' ', '、']} placeholder="如 C397、C398" open={false} />
              </Form.Item>
            ) : kind === 'landClass' ? (
              <Form.Item name="landClasses" label="工业用地类别" rules={[{ required: true, type: 'array', min: 1, message: '至少选择一个用地类别' }]}>
                <Select aria-label="工业用地类别" mode="multiple" options={INDUSTRIAL_LAND_CLASSES.map((c) => ({ value: c, label: LAND_CLASS_LABELS[c] }))} />
              </Form.Item>
            ) : null}
          </Col>
          <Col span={24}>
            <Form.Item name="subArea" label="适用片区">
              <Select aria-label="适用片区" options={[{ value: WHOLE_PARK, label: '全园区' }, ...set.subAreas.map((a) => ({ value: a, label: a }))]} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="wording" label="条文原文" rules={[{ required: true, whitespace: true, message: '请填写条文原文' }, { max: 2000, message: '不超过2000字' }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder="按文件原文逐字填写" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="source" label="来源" rules={[{ required: true, whitespace: true, message: '请填写来源' }, { max: 500, message: '不超过500字' }]}>
              <Input placeholder="如 湘环评函[2014]89号 审查意见" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
