import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { readFrequency } from '../../../../../src/domain/monitoring/plan/frequency';
import type { PlanMedium } from '../../../../../src/domain/monitoring/plan/planItem';
import { createPlanItem, updatePlanItem, type PlanItemInputBody, type PlanItemView } from '../../../api/monitoringPlan';
import type { PointView } from '../../../api/monitoringPoints';
import { applyServerIssues } from '../../../components/serverIssues';
import { MEDIUM_OPTIONS } from './labels';

interface PlanItemFormValues {
  medium?: PlanMedium;
  pointIds: number[];
  pointsText: string;
  itemsText: string;
  frequencyText: string;
  campaignsPerYear?: number | null;
  standardText: string;
  reasonNotDone?: string;
  note?: string;
}

const FIELDS = ['medium', 'pointIds', 'pointsText', 'itemsText', 'frequencyText', 'campaignsPerYear', 'standardText', 'reasonNotDone', 'note'] as const;

function toValues(item: PlanItemView | null): PlanItemFormValues {
  if (!item) return { pointIds: [], pointsText: '', itemsText: '', frequencyText: '', standardText: '' };
  return {
    medium: item.medium,
    pointIds: item.points.map((p) => p.pointId),
    pointsText: item.pointsText,
    itemsText: item.itemsText,
    frequencyText: item.frequencyText,
    campaignsPerYear: item.campaignsPerYear,
    standardText: item.standardText,
    reasonNotDone: item.reasonNotDone ?? undefined,
    note: item.note ?? undefined,
  };
}

function toBody(v: PlanItemFormValues, year: number, item: PlanItemView | null): PlanItemInputBody {
  return {
    year,
    medium: v.medium!,
    sortOrder: item?.sortOrder ?? null,
    pointIds: v.pointIds ?? [],
    pointsText: v.pointsText ?? '',
    itemsText: v.itemsText ?? '',
    frequencyText: v.frequencyText ?? '',
    campaignsPerYear: v.campaignsPerYear ?? null,
    standardText: v.standardText ?? '',
    reasonNotDone: v.reasonNotDone?.trim() || null,
    note: v.note?.trim() || null,
  };
}

/** Under 每年期数: what the frequency text reads as, or why it cannot be read. */
function FrequencyReading() {
  const form = Form.useFormInstance<PlanItemFormValues>();
  const text = Form.useWatch('frequencyText', form) as string | undefined;
  if (!text || !text.trim()) return <span>不填时按监测频次推算</span>;
  const r = readFrequency(text);
  return r.ok ? (
    <span data-testid="frequency-reading">按监测频次推算为每年 {r.campaignsPerYear} 期；不填即采用</span>
  ) : (
    <span data-testid="frequency-reading">监测频次无法推算期数，请填写每年期数</span>
  );
}

interface PlanItemFormModalProps {
  parkCode: string;
  year: number;
  /** null: a new item. */
  item: PlanItemView | null;
  open: boolean;
  points: PointView[];
  onClose: () => void;
  onSaved: (item: PlanItemView) => void;
}

/** 新增计划项 / 编辑计划项: a fresh form for each opening (see PointFormModal). */
export function PlanItemFormModal(props: PlanItemFormModalProps) {
  const [prevOpen, setPrevOpen] = useState(props.open);
  const [session, setSession] = useState(0);
  if (props.open !== prevOpen) {
    setPrevOpen(props.open);
    if (props.open) setSession((n) => n + 1);
  }
  return <PlanItemFormDialog key={session} {...props} />;
}

function PlanItemFormDialog({ parkCode, year, item, open, points, onClose, onSaved }: PlanItemFormModalProps) {
  const [form] = Form.useForm<PlanItemFormValues>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const editing = item !== null;

  const submit = async () => {
    let values: PlanItemFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setOther([]);
    try {
      const body = toBody(values, year, item);
      const saved = editing ? await updatePlanItem(parkCode, item.id, body) : await createPlanItem(parkCode, body);
      message.success(editing ? '已保存监测计划项' : '已新增监测计划项');
      onSaved(saved);
    } catch (err) {
      setOther(applyServerIssues(form, err, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  /** Choosing points fills 监测点位 with their names while it is empty. */
  const onPoints = (ids: number[]) => {
    if (!String(form.getFieldValue('pointsText') ?? '').trim()) {
      form.setFieldValue('pointsText', ids.map((id) => points.find((p) => p.id === id)?.name ?? '').filter(Boolean).join('、'));
    }
  };

  return (
    <Modal
      title={editing ? `编辑监测计划项（${year}年）` : `新增监测计划项（${year}年）`}
      open={open}
      width={760}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={editing ? '保存' : '新增'}
      cancelText="取消"
      confirmLoading={saving}
      destroyOnHidden
      styles={{ body: { maxHeight: '72vh', overflowY: 'auto', paddingRight: 8 } }}
    >
      {other.length > 0 ? <Alert type="error" showIcon message={other.join('；')} style={{ margin: '12px 0' }} /> : null}
      <Form<PlanItemFormValues> form={form} name="planItem" layout="vertical" initialValues={toValues(item)} preserve={false} style={{ marginTop: 12 }}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="medium" label="监测对象" rules={[{ required: true, message: '请选择监测对象' }]}>
              <Select aria-label="监测对象" options={MEDIUM_OPTIONS} placeholder="选择监测对象" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="pointIds" label="监测点位（本园区点位）" extra="落实情况按所选点位的实验室监测结果计算">
              <Select
                aria-label="选择点位"
                mode="multiple"
                showSearch
                optionFilterProp="label"
                placeholder="选择点位"
                onChange={onPoints}
                options={points.map((p) => ({ value: p.id, label: `${p.name}（${p.kindLabel}）` }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="pointsText" label="监测点位（表中文字）" rules={[{ max: 500, message: '不超过500字' }]}>
              <Input placeholder="如 园区上风向1000m、下风向500m、1000m各一个监测点" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="itemsText" label="监测项目" rules={[{ max: 1000, message: '不超过1000字' }]}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder="如 SO2、NOX、PM10、TSP、VOCs、甲苯、二甲苯" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="frequencyText" label="监测频次" rules={[{ max: 200, message: '不超过200字' }]}>
              <Input placeholder="如 每年监测两期，每次连续监测3-5天，每天1次；1次/半年" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="campaignsPerYear" label="每年期数" extra={<FrequencyReading />}>
              <InputNumber aria-label="每年期数" min={1} max={366} precision={0} style={{ width: '100%' }} placeholder="按频次推算" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="standardText" label="执行标准" rules={[{ max: 300, message: '不超过300字' }]}>
              <Input placeholder="如 环境空气质量标准（GB3095-2012）Ⅱ类标准" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="reasonNotDone" label="未落实原因" rules={[{ max: 500, message: '不超过500字' }]}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} placeholder="未（完全）落实时填写" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="note" label="备注" rules={[{ max: 500, message: '不超过500字' }]}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
