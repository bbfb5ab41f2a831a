import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { CONTROL_DIMENSIONS, LINKED_FIGURE_LABELS, LINKED_FIGURES, type ControlDimension, type LinkedFigure } from '../../../../../src/domain/registers/requirements/requirementTerms';
import { createRequirement, updateRequirement, type RequirementView, type SourceView } from '../../../api/requirements';
import { applyServerIssues } from '../../../components/serverIssues';

interface Values {
  dimension?: ControlDimension;
  number?: string;
  text: string;
  /** '' for none (the select's option). */
  linkedFigure?: LinkedFigure | '';
}

const FIELDS = ['dimension', 'number', 'text', 'linkedFigure'] as const;
const LINK_OPTIONS = [{ value: '', label: '不关联' }, ...LINKED_FIGURES.map((f) => ({ value: f, label: LINKED_FIGURE_LABELS[f] }))];

interface Props {
  parkCode: string;
  source: SourceView;
  /** The requirement edited; null adds one. Mounted afresh for each (its form starts from it). */
  requirement: RequirementView | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/** 新增要求 / 编辑要求 of a source: its wording, a control unit's dimension and number, the platform figure it quotes. */
export function RequirementFormModal({ parkCode, source, requirement, open, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const unit = source.kind === 'controlUnit';

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setOther([]);
    const body = {
      dimension: unit ? (v.dimension ?? null) : null,
      number: v.number?.trim() || null,
      text: v.text,
      linkedFigure: v.linkedFigure || null,
      sortOrder: requirement?.sortOrder ?? null,
    };
    try {
      if (requirement) await updateRequirement(parkCode, requirement.id, body);
      else await createRequirement(parkCode, source.id, body);
      message.success(requirement ? '已修改要求' : '已新增要求');
      onSaved();
    } catch (err) {
      setOther(applyServerIssues(form, err, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={requirement ? '编辑要求' : `新增要求：${source.unit?.code ?? source.documentNumber ?? source.title}`}
      open={open}
      onCancel={onClose}
      onOk={() => void save()}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      destroyOnHidden
      width={720}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          requirement
            ? { dimension: requirement.dimension ?? undefined, number: requirement.number ?? undefined, text: requirement.text, linkedFigure: requirement.linkedFigure ?? '' }
            : { text: '', linkedFigure: '' }
        }
      >
        {unit ? (
          <Form.Item name="dimension" label="管控维度" rules={[{ required: true, message: '请选择管控维度' }]}>
            <Select options={CONTROL_DIMENSIONS.map((d) => ({ value: d, label: d }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="number" label="编号" extra={unit ? '清单中的编号，如 2.1' : '不填时按顺序编号'}>
          <Input maxLength={20} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="text" label="要求内容" rules={[{ required: true, whitespace: true, message: '请填写要求内容' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="linkedFigure" label="关联数据" extra="要求引用平台中的数据时，报告检查会核对落实情况中引用的数字">
          <Select options={LINK_OPTIONS} />
        </Form.Item>
      </Form>
      {other.length ? <Alert type="error" showIcon message={other.join('；')} /> : null}
    </Modal>
  );
}
