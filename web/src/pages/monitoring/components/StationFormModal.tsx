import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Col,
  Divider,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Switch,
  Typography,
  type FormInstance,
} from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../api/client';
import { createStation, updateStation, type StationInputBody, type StationView } from '../../../api/monitoring';
import type { Enterprise } from '../../../api/types';
import { FACTOR_OPTIONS, STATION_SYSTEM_CODES, factorName, systemName } from '../labels';

interface LimitValues {
  factorCode?: string;
  upper?: string;
  lower?: string;
}

interface Values {
  mn: string;
  name: string;
  systemCode: string;
  password?: string;
  enterpriseId?: number | null;
  location?: string;
  longitude?: string;
  latitude?: string;
  uploadIntervalSeconds: number;
  active: boolean;
  limits: LimitValues[];
}

type FieldPath = Extract<Parameters<FormInstance<Values>['setFields']>[0][number]['name'], unknown[]>;

/** Top-level fields of the form: server issues on other paths go to the alert above the form. */
const FIELDS = new Set(['mn', 'name', 'systemCode', 'password', 'enterpriseId', 'location', 'longitude', 'latitude', 'uploadIntervalSeconds', 'active', 'limits']);

const DECIMAL = /^-?\d+(\.\d+)?$/;
const decimalRule = { pattern: DECIMAL, message: '请输入数字，如 50 或 0.5' };
const str = (v: string | undefined | null) => (v && v.trim() ? v.trim() : null);

const systemOptions = STATION_SYSTEM_CODES.map((code) => ({ value: code, label: `${code} ${systemName(code)}` }));

function toValues(s: StationView | null): Values {
  if (!s) return { mn: '', name: '', systemCode: '22', enterpriseId: null, uploadIntervalSeconds: 60, active: true, limits: [] };
  return {
    mn: s.mn,
    name: s.name,
    systemCode: s.systemCode,
    enterpriseId: s.enterpriseId,
    location: s.location ?? undefined,
    longitude: s.longitude ?? undefined,
    latitude: s.latitude ?? undefined,
    uploadIntervalSeconds: s.uploadIntervalSeconds,
    active: s.active,
    limits: s.limits.map((l) => ({ factorCode: l.factorCode, upper: l.upper ?? undefined, lower: l.lower ?? undefined })),
  };
}

function toBody(v: Values): StationInputBody {
  const password = v.password ?? '';
  return {
    mn: v.mn.trim(),
    name: v.name.trim(),
    systemCode: v.systemCode,
    // On edit an empty password keeps the current one: the field is left out.
    ...(password ? { password } : {}),
    enterpriseId: v.enterpriseId ?? null,
    location: str(v.location),
    longitude: str(v.longitude),
    latitude: str(v.latitude),
    uploadIntervalSeconds: v.uploadIntervalSeconds,
    active: v.active,
    limits: (v.limits ?? []).map((l) => ({ factorCode: l.factorCode ?? '', upper: str(l.upper), lower: str(l.lower) })),
  };
}

const rangeRule = (min: number, max: number, what: string) => ({
  validator: async (_: unknown, v: string | undefined) => {
    if (!v || !DECIMAL.test(v.trim())) return;
    const n = Number(v);
    if (n < min || n > max) throw new Error(`${what}应在 ${min} 至 ${max} 之间`);
  },
});

/** One row of 报警限值: factor, upper and lower limit, with the factor's unit after the limits. */
function LimitRow({ name, index, systemCode, onRemove }: { name: number; index: number; systemCode: string; onRemove: () => void }) {
  const form = Form.useFormInstance<Values>();
  const code = Form.useWatch(['limits', name, 'factorCode'], form) as string | undefined;
  const unit = code ? factorName(code, systemCode).unit : '';
  return (
    <Row gutter={8} align="top">
      <Col span={11}>
        <Form.Item
          name={[name, 'factorCode']}
          rules={[
            { required: true, message: '请选择因子' },
            {
              validator: async (_, v: string | undefined) => {
                const all = (form.getFieldValue('limits') as LimitValues[] | undefined) ?? [];
                if (v && all.filter((l) => l?.factorCode === v).length > 1) throw new Error('该因子已设置限值');
              },
            },
          ]}
        >
          <Select
            aria-label={`报警限值第${index + 1}行因子`}
            showSearch
            placeholder="选择因子（可输入名称或编码搜索）"
            optionFilterProp="label"
            options={FACTOR_OPTIONS}
            popupMatchSelectWidth={360}
          />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item
          name={[name, 'upper']}
          dependencies={[['limits', name, 'lower']]}
          rules={[
            decimalRule,
            {
              validator: async (_, v: string | undefined) => {
                const lower = form.getFieldValue(['limits', name, 'lower']) as string | undefined;
                if (!str(v) && !str(lower)) throw new Error('上限、下限至少填写一项');
                if (str(v) && str(lower) && DECIMAL.test(v!.trim()) && DECIMAL.test(lower!.trim()) && Number(v) < Number(lower))
                  throw new Error('上限不能小于下限');
              },
            },
          ]}
        >
          <Input aria-label={`报警限值第${index + 1}行上限`} placeholder="上限" addonAfter={unit || undefined} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name={[name, 'lower']} rules={[decimalRule]}>
          <Input aria-label={`报警限值第${index + 1}行下限`} placeholder="下限" addonAfter={unit || undefined} />
        </Form.Item>
      </Col>
      <Col span={1}>
        <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={`删除报警限值第${index + 1}行`} />
      </Col>
    </Row>
  );
}

interface StationFormModalProps {
  parkCode: string;
  /** null: a new station. */
  station: StationView | null;
  open: boolean;
  enterprises: Enterprise[];
  enterprisesLoading?: boolean;
  onClose: () => void;
  onSaved: (s: StationView) => void;
}

/**
 * 登记站点 / 编辑站点: POST or PUT /api/parks/:code/stations with the whole station and its limits.
 * Each opening gets a fresh form: a form instance keeps the values of its last use (the empty fields of a cancelled
 * 登记 would otherwise win over the station being edited next). Closing keeps the instance, so the dialog animates out.
 */
export function StationFormModal(props: StationFormModalProps) {
  const [prevOpen, setPrevOpen] = useState(props.open);
  const [session, setSession] = useState(0);
  if (props.open !== prevOpen) {
    setPrevOpen(props.open);
    if (props.open) setSession((n) => n + 1);
  }
  return <StationFormDialog key={session} {...props} />;
}

function StationFormDialog({
  parkCode,
  station,
  open,
  enterprises,
  enterprisesLoading,
  onClose,
  onSaved,
}: StationFormModalProps) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const systemCode = (Form.useWatch('systemCode', form) as string | undefined) ?? station?.systemCode ?? '22';
  const editing = station !== null;

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return; // the fields say what is missing
    }
    setSaving(true);
    setOther([]);
    try {
      const saved = editing ? await updateStation(parkCode, station.id, toBody(values)) : await createStation(parkCode, toBody(values));
      message.success(editing ? `已保存站点“${saved.name}”` : `已登记站点“${saved.name}”`);
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') {
        // The only conflict of a station is its MN: another station already has it.
        form.setFields([{ name: 'mn', errors: [err.message] }]);
      } else if (err instanceof ApiError && err.issues.length > 0) {
        const rest: string[] = [];
        const byPath: { name: FieldPath; errors: string[] }[] = [];
        for (const issue of err.issues) {
          const field = 'field' in issue && typeof issue.field === 'string' ? issue.field : '';
          const top = field.split('.')[0];
          if (!FIELDS.has(top)) {
            rest.push(issue.message);
            continue;
          }
          // `limits.0.upper` names this form's Form.List row 0, field upper.
          const path = field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) as FieldPath;
          const same = byPath.find((b) => b.name.join('.') === path.join('.'));
          if (same) same.errors.push(issue.message);
          else byPath.push({ name: path, errors: [issue.message] });
        }
        form.setFields(byPath);
        setOther(rest.length > 0 ? rest : byPath.length === 0 ? [err.message] : []);
        if (byPath.length > 0) message.error(err.message);
      } else {
        setOther([errorMessage(err)]);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={editing ? `编辑站点：${station.name}` : '登记站点'}
      open={open}
      width={820}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={editing ? '保存' : '登记'}
      cancelText="取消"
      confirmLoading={saving}
      destroyOnHidden
      afterClose={() => setOther([])}
      styles={{ body: { maxHeight: '72vh', overflowY: 'auto', paddingRight: 8 } }}
    >
      {other.length > 0 ? <Alert type="error" showIcon message={other.join('；')} style={{ margin: '12px 0' }} /> : null}
      <Form<Values> form={form} name="station" layout="vertical" initialValues={toValues(station)} preserve={false} style={{ marginTop: 12 }}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="mn"
              label="MN（数采仪编码）"
              rules={[
                { required: true, whitespace: true, message: '请输入 MN' },
                { pattern: /^\s*[0-9A-Za-z]{1,24}\s*$/, message: 'MN 应为1至24位字母或数字' },
              ]}
              extra="数采仪的唯一编码，与现场设备设置一致（通常为24位）"
            >
              <Input autoComplete="off" style={{ fontFamily: 'monospace' }} maxLength={24} showCount />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="name" label="站点名称" rules={[{ required: true, whitespace: true, message: '请输入站点名称' }, { max: 100, message: '不超过100字' }]}>
              <Input placeholder="如 园区东门空气微站" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="systemCode" label="系统编码（ST）" rules={[{ required: true, message: '请选择系统编码' }]}>
              <Select aria-label="系统编码" showSearch optionFilterProp="label" options={systemOptions} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="password"
              label="访问密码（PW）"
              rules={[
                ...(editing ? [] : [{ required: true, message: '请输入访问密码' }]),
                { max: 32, message: '不超过32位' },
              ]}
              extra={editing ? '留空不修改' : '数采仪上报时携带的密码，与现场设备设置一致'}
            >
              <Input.Password autoComplete="new-password" placeholder={editing ? '留空不修改' : undefined} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="enterpriseId" label="所属企业" extra="园区环境质量站点可不选">
              <Select
                aria-label="所属企业"
                allowClear
                showSearch
                loading={enterprisesLoading}
                placeholder="不属于企业（园区环境质量站点）"
                optionFilterProp="label"
                options={enterprises.map((e) => ({ value: e.id, label: e.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="location" label="位置" rules={[{ max: 200, message: '不超过200字' }]}>
              <Input placeholder="如 园区管委会楼顶" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="longitude" label="经度" rules={[decimalRule, rangeRule(-180, 180, '经度')]}>
              <Input placeholder="如 112.1234" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="latitude" label="纬度" rules={[decimalRule, rangeRule(-90, 90, '纬度')]}>
              <Input placeholder="如 26.7890" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="uploadIntervalSeconds"
              label="上报间隔"
              rules={[{ required: true, message: '请输入上报间隔' }]}
              tooltip="超过3个上报间隔未收到数据即显示为离线"
            >
              <InputNumber min={1} max={86400} precision={0} addonAfter="秒" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="active" label="启用" valuePropName="checked" tooltip="停用的站点，接收端拒收其数据">
              <Switch checkedChildren="启用" unCheckedChildren="停用" />
            </Form.Item>
          </Col>
        </Row>

        <Divider orientation="left" plain style={{ marginTop: 4 }}>
          报警限值
        </Divider>
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          有效数据高于上限或低于下限即产生超标报警，回到限值以内时报警结束；按数据类型（实时、分钟、小时、日）分别判断。
        </Typography.Paragraph>
        <Form.List name="limits">
          {(fields, { add, remove }) => (
            <>
              {fields.length > 0 ? (
                <Row gutter={8} style={{ marginBottom: 8 }}>
                  <Col span={11}>
                    <Typography.Text strong>因子</Typography.Text>
                  </Col>
                  <Col span={6}>
                    <Typography.Text strong>上限</Typography.Text>
                  </Col>
                  <Col span={6}>
                    <Typography.Text strong>下限</Typography.Text>
                  </Col>
                </Row>
              ) : null}
              {fields.map(({ key, name }, index) => (
                <LimitRow key={key} name={name} index={index} systemCode={systemCode} onRemove={() => remove(name)} />
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})}>
                添加报警限值
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
