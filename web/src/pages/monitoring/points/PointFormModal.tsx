import { Alert, App, AutoComplete, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { formatDecimalDegrees, formatDms } from '../../../../../src/domain/geo/formatCoordinate';
import { parseCoordinate, type Axis } from '../../../../../src/domain/geo/parseCoordinate';
import type { PointKind, PointRole } from '../../../../../src/domain/geo/pointKinds';
import type { StandardCode } from '../../../../../src/domain/standards/evaluateSample';
import { ApiError, errorMessage } from '../../../api/client';
import type { StationView } from '../../../api/monitoring';
import { createPoint, updatePoint, type PointInputBody, type PointView } from '../../../api/monitoringPoints';
import { applyServerIssues } from '../../../components/serverIssues';
import { CLASS_SUGGESTIONS, ITEM_SUGGESTIONS, KIND_OPTIONS, ROLE_OPTIONS, STANDARD_OPTIONS } from './labels';

/** What the inputs hold: coordinates as typed (度分秒 or decimals), no role as undefined. */
interface PointFormValues {
  name: string;
  kind?: PointKind;
  role?: PointRole;
  longitude: string;
  latitude: string;
  stationId?: number;
  standardCode?: StandardCode;
  standardClass?: string;
  items: string[];
  note?: string;
}

const FIELDS = ['name', 'kind', 'role', 'longitude', 'latitude', 'stationId', 'standardCode', 'standardClass', 'items', 'note'] as const;

const str = (v: string | undefined | null) => (v && v.trim() ? v.trim() : null);

function toValues(p: PointView | null): PointFormValues {
  if (!p) return { name: '', longitude: '', latitude: '', items: [] };
  return {
    name: p.name,
    kind: p.kind,
    role: p.role ?? undefined,
    longitude: p.longitudeDms,
    latitude: p.latitudeDms,
    stationId: p.stationId ?? undefined,
    standardCode: p.standardCode ?? undefined,
    standardClass: p.standardClass ?? undefined,
    items: p.items,
    note: p.note ?? undefined,
  };
}

function toBody(v: PointFormValues, original: PointView | null): PointInputBody {
  // An unchanged DMS text would round the stored 6-place decimal to whole seconds: send the decimal instead.
  const coordinate = (axis: Axis, typed: string) =>
    original && typed.trim() === (axis === 'longitude' ? original.longitudeDms : original.latitudeDms) ? original[axis] : typed.trim();
  return {
    name: v.name.trim(),
    kind: v.kind!,
    role: v.role ?? null,
    longitude: coordinate('longitude', v.longitude),
    latitude: coordinate('latitude', v.latitude),
    stationId: v.stationId ?? null,
    standardCode: v.standardCode ?? null,
    standardClass: str(v.standardClass),
    items: v.items ?? [],
    note: str(v.note),
  };
}

const coordinateRule = (axis: Axis) => ({
  validator: async (_: unknown, v: string | undefined) => {
    const r = parseCoordinate(v ?? '', axis);
    if (!r.ok) throw new Error(r.error);
  },
});

/** Under a coordinate: what the platform read, both ways. */
function CoordinateReading({ axis }: { axis: Axis }) {
  const form = Form.useFormInstance<PointFormValues>();
  const typed = Form.useWatch(axis, form) as string | undefined;
  if (!typed || !typed.trim()) return <span>度分秒（112°12′58″、112度12分58秒）或小数度（112.216111）均可</span>;
  const r = parseCoordinate(typed, axis);
  if (!r.ok) return null;
  return (
    <span data-testid={`${axis}-reading`}>
      读作 {formatDms(r.degrees, axis, { hemisphere: true })} ＝ {formatDecimalDegrees(r.degrees)}°
    </span>
  );
}

interface PointFormModalProps {
  parkCode: string;
  /** null: a new point. */
  point: PointView | null;
  open: boolean;
  stations: StationView[];
  onClose: () => void;
  onSaved: (p: PointView) => void;
}

/** 新增点位 / 编辑点位: a fresh form for each opening (see StationFormModal). */
export function PointFormModal(props: PointFormModalProps) {
  const [prevOpen, setPrevOpen] = useState(props.open);
  const [session, setSession] = useState(0);
  if (props.open !== prevOpen) {
    setPrevOpen(props.open);
    if (props.open) setSession((n) => n + 1);
  }
  return <PointFormDialog key={session} {...props} />;
}

function PointFormDialog({ parkCode, point, open, stations, onClose, onSaved }: PointFormModalProps) {
  const [form] = Form.useForm<PointFormValues>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const editing = point !== null;

  const submit = async () => {
    let values: PointFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setOther([]);
    try {
      const body = toBody(values, point);
      const saved = editing ? await updatePoint(parkCode, point.id, body) : await createPoint(parkCode, body);
      message.success(editing ? `已保存点位“${saved.name}”` : `已新增点位“${saved.name}”`);
      for (const w of saved.warnings) message.warning(w);
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError) setOther(applyServerIssues(form, err, FIELDS, { CONFLICT: 'name' }));
      else setOther([errorMessage(err)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={editing ? `编辑点位：${point.name}` : '新增监测点位'}
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
      <Form<PointFormValues> form={form} name="point" layout="vertical" initialValues={toValues(point)} preserve={false} style={{ marginTop: 12 }}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label="点位名称" rules={[{ required: true, whitespace: true, message: '请输入点位名称' }, { max: 100, message: '不超过100字' }]}>
              <Input placeholder="如 张家岭路" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="kind" label="点位类型" rules={[{ required: true, message: '请选择点位类型' }]}>
              <Select aria-label="点位类型" options={KIND_OPTIONS} placeholder="选择类型" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="role" label="点位性质">
              <Select aria-label="点位性质" allowClear options={ROLE_OPTIONS} placeholder="无" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="longitude" label="经度（E）" rules={[coordinateRule('longitude')]} extra={<CoordinateReading axis="longitude" />}>
              <Input placeholder="如 112°12′58″ 或 112.216111" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="latitude" label="纬度（N）" rules={[coordinateRule('latitude')]} extra={<CoordinateReading axis="latitude" />}>
              <Input placeholder="如 26°34′9″ 或 26.569167" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="stationId" label="关联在线站点" extra="点位即某个 HJ 212 在线监测站点时选择，显示其 MN">
              <Select
                aria-label="关联在线站点"
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder="不关联"
                options={stations.map((s) => ({ value: s.id, label: `${s.name}（${s.mn}）` }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="items" label="监测项目">
              <Select aria-label="监测项目" mode="tags" tokenSeparators={['、', ',', '，']} options={ITEM_SUGGESTIONS} placeholder="输入或选择，可用顿号分隔" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="standardCode" label="执行标准" dependencies={['standardClass']} rules={[{
              validator: async (_, v: string | undefined) => {
                if (!v && str(form.getFieldValue('standardClass') as string | undefined)) throw new Error('填写了标准类别时应选择执行标准');
              },
            }]}>
              <Select aria-label="执行标准" allowClear options={STANDARD_OPTIONS} placeholder="未指定" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="standardClass" label="标准类别 / 级别" rules={[{ max: 20, message: '不超过20字' }]}>
              <AutoComplete aria-label="标准类别" options={CLASS_SUGGESTIONS} placeholder="如 二级、Ⅲ类、2类" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label="备注" rules={[{ max: 500, message: '不超过500字' }]}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          坐标按度分秒或小数度填写均可，保存为小数度（6位小数），列表中两种形式都显示。
        </Typography.Text>
      </Form>
    </Modal>
  );
}
