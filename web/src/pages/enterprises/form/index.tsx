import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Typography,
  type FormInstance,
} from 'antd';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../../api/client';
import { createEnterprise, getEnterprise, updateEnterprise } from '../../../api/enterprises';
import type { Enterprise, FieldIssue } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { useRemote } from '../../../components/useRemote';
import {
  ACCEPTANCE_LABELS,
  ACCEPTANCE_STATUSES,
  EIA_TYPES,
  EIA_TYPE_LABELS,
  ENTERPRISE_STATUSES,
  ENTERPRISE_STATUS_LABELS,
  PERMIT_CLASSES,
  PERMIT_CLASS_LABELS,
  RISK_LEVELS,
  RISK_LEVEL_LABELS,
} from '../../../labels';
import { useAccess } from '../../../access';
import { Forbidden } from '../../../components/Forbidden';
import { useCurrentPark } from '../../../park/ParkContext';
import { fieldLabel, toNamePath } from '../fieldLabels';
import { IndustrySelect } from './components/IndustrySelect';
import {
  EIA_TYPE_UNSPECIFIED,
  emptyFormValues,
  toEnterpriseInput,
  toFormValues,
  type EiaApprovalValues,
  type EnterpriseFormValues,
} from './formValues';

const DATE_FORMAT = 'YYYY-MM-DD';
const TOP_FIELDS = new Set([
  'seq', 'name', 'creditCode', 'industryCode', 'status', 'riskSource', 'address', 'contactName', 'contactPhone',
  'enteredOn', 'clearedOn', 'note',
]);
const LIST_FIELDS: Record<string, Set<string>> = {
  eiaApprovals: new Set(['type', 'documentNumber', 'approvedOn', 'authority', 'acceptance', 'acceptedOn']),
  emergencyPlans: new Set(['filingNumber', 'riskLevel', 'filedOn']),
};
const PERMIT_FIELDS = new Set(['held', 'permitClass', 'number', 'validUntil']);

type FormFieldPath = Extract<Parameters<FormInstance<EnterpriseFormValues>['setFields']>[0][number]['name'], unknown[]>;

/** Whether an API field path names an input of this form (so its message can sit under that input). */
function isFormField(path: (string | number)[], values: EnterpriseFormValues): path is FormFieldPath {
  const [head, a, b] = path;
  if (path.length === 1) return typeof head === 'string' && TOP_FIELDS.has(head);
  if (head === 'permit') return path.length === 2 && typeof a === 'string' && PERMIT_FIELDS.has(a) && (a === 'held' || values.permit?.held === true);
  if (head === 'eiaApprovals' || head === 'emergencyPlans') {
    const list = values[head] ?? [];
    return path.length === 3 && typeof a === 'number' && a < list.length && typeof b === 'string' && LIST_FIELDS[head].has(b);
  }
  return false;
}

/**
 * Enter inside a field (a date, a number, a text box) must not save a half-filled record: only the 保存 button
 * saves. The field's own Enter handling (a picker taking the typed date, a select choosing) has run by now.
 */
function keepEnterInField(e: KeyboardEvent<HTMLFormElement>) {
  if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
}

const eiaTypeOptions = [
  ...EIA_TYPES.map((t) => ({ value: t, label: EIA_TYPE_LABELS[t] })),
  { value: EIA_TYPE_UNSPECIFIED, label: '未注明' },
];

function EnterpriseForm({ initial, existing }: { initial: EnterpriseFormValues; existing: Enterprise | null }) {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const [saving, setSaving] = useState(false);
  const [otherIssues, setOtherIssues] = useState<FieldIssue[]>([]);
  const held = Form.useWatch(['permit', 'held'], form);
  const cleared = Form.useWatch('status', form) === 'cleared';

  const onFinish = async (values: EnterpriseFormValues) => {
    setSaving(true);
    setOtherIssues([]);
    try {
      const input = toEnterpriseInput(values);
      const saved = existing ? await updateEnterprise(park.code, existing.id, input) : await createEnterprise(park.code, input);
      message.success('保存成功');
      navigate(`/enterprises/${saved.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VALIDATION' && err.issues.length > 0) {
        const issues = err.issues.filter((i): i is FieldIssue => 'field' in i);
        const byField = new Map<string, { name: FormFieldPath; errors: string[]; warnings: string[] }>();
        const unmapped: FieldIssue[] = [];
        for (const issue of issues) {
          const name = toNamePath(issue.field);
          if (!isFormField(name, values)) {
            unmapped.push(issue);
            continue;
          }
          const slot = byField.get(issue.field) ?? { name, errors: [], warnings: [] };
          (issue.severity === 'warning' ? slot.warnings : slot.errors).push(issue.message);
          byField.set(issue.field, slot);
        }
        const fields = [...byField.values()];
        form.setFields(fields);
        setOtherIssues(unmapped);
        const errors = issues.filter((i) => i.severity !== 'warning');
        message.error(`${err.message}：共 ${errors.length || issues.length} 处`);
        if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
      } else {
        message.error(`保存失败：${errorMessage(err)}`);
      }
    } finally {
      setSaving(false);
    }
  };

  // 登记表 projects need no completion acceptance: pick 不适用 for the user.
  const onValuesChange = (changed: Partial<EnterpriseFormValues>) => {
    const list = changed.eiaApprovals;
    if (!list) return;
    list.forEach((a: Partial<EiaApprovalValues> | undefined, i) => {
      if (a?.type === 'registration') form.setFieldValue(['eiaApprovals', i, 'acceptance'], 'not_applicable');
    });
  };

  return (
    <Form<EnterpriseFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      onFinishFailed={() => message.error('请按提示完善必填项')}
      onKeyDown={keepEnterInField}
      scrollToFirstError
      requiredMark
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {otherIssues.length > 0 ? (
          <Alert
            type="error"
            showIcon
            message="以下问题请核实"
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {otherIssues.map((i, k) => (
                  <li key={k}>
                    {fieldLabel(i.field)}：{i.message}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
        <Card title="基本信息">
          <Row gutter={20}>
            <Col xs={24} md={6} xl={3}>
              <Form.Item name="seq" label="序号" rules={existing ? [{ required: true, message: '请输入序号' }] : []}>
                <InputNumber
                  min={1}
                  precision={0}
                  style={{ width: '100%' }}
                  placeholder="留空排在最后"
                  // The ledger order is the park's to set, not the enterprise's.
                  disabled={!canWrite}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={18} xl={11}>
              <Form.Item
                name="name"
                label="企业名称"
                rules={[{ required: true, whitespace: true, message: '请输入企业名称' }, { max: 100, message: '企业名称不能超过100个字' }]}
              >
                <Input placeholder="与营业执照一致的全称" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={10}>
              <Form.Item name="creditCode" label="统一社会信用代码">
                <Input placeholder="18位，如 914304267580286729" style={{ fontFamily: 'monospace' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={cleared ? 8 : 9}>
              <Form.Item name="industryCode" label="行业类别">
                <IndustrySelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={cleared ? 4 : 5}>
              <Form.Item name="status" label="企业状态" rules={[{ required: true, message: '请选择企业状态' }]}>
                <Select options={ENTERPRISE_STATUSES.map((s) => ({ value: s, label: ENTERPRISE_STATUS_LABELS[s] }))} />
              </Form.Item>
            </Col>
            {cleared ? (
              <Col xs={24} md={12} xl={4}>
                <Form.Item name="clearedOn" label="清退日期">
                  <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="选择日期" />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} md={12} xl={cleared ? 4 : 5}>
              <Form.Item name="riskSource" label="是否涉及环境风险源">
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'yes', label: '是' },
                    { value: 'no', label: '否' },
                    { value: 'unknown', label: '未确定' },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={cleared ? 4 : 5}>
              <Form.Item name="enteredOn" label="入园日期">
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="选择日期" />
              </Form.Item>
            </Col>
            <Col xs={24} xl={12}>
              <Form.Item name="address" label="地址">
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="contactName" label="联系人">
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="contactPhone" label="联系电话">
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="note" label="备注" style={{ marginBottom: 0 }}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Form.List name="eiaApprovals">
          {(fields, { add, remove }) => (
            <Card
              title="环评批复"
              extra={
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ acceptance: 'pending' } satisfies EiaApprovalValues)}
                >
                  添加环评批复
                </Button>
              }
            >
              {fields.length === 0 ? <Typography.Text type="secondary">尚未登记环评批复或登记表备案。</Typography.Text> : null}
              {fields.map(({ key, name }, idx) => (
                <Card
                  key={key}
                  size="small"
                  type="inner"
                  title={`第 ${idx + 1} 条`}
                  style={{ marginBottom: idx === fields.length - 1 ? 0 : 12 }}
                  styles={{ body: { paddingBottom: 0 } }}
                  extra={
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(name)}>
                      删除
                    </Button>
                  }
                >
                  <Row gutter={12}>
                    <Col xs={24} md={8} xl={3}>
                      <Form.Item name={[name, 'type']} label="类型" rules={[{ required: true, message: '请选择环评类型' }]}>
                        <Select options={eiaTypeOptions} placeholder="请选择" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={16} xl={6}>
                      <Form.Item name={[name, 'documentNumber']} label="文号/备案号">
                        <Input placeholder="如 衡环函[2014]97号" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8} xl={4}>
                      <Form.Item name={[name, 'approvedOn']} label="批复日期">
                        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="选择日期" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={16} xl={5}>
                      <Form.Item name={[name, 'authority']} label="审批机关">
                        <Input placeholder="如 衡阳市生态环境局" />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={8} xl={3}>
                      <Form.Item name={[name, 'acceptance']} label="验收情况" rules={[{ required: true, message: '请选择验收情况' }]}>
                        <Select options={ACCEPTANCE_STATUSES.map((a) => ({ value: a, label: ACCEPTANCE_LABELS[a] }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={8} xl={3}>
                      <Form.Item noStyle dependencies={[['eiaApprovals', name, 'acceptance']]}>
                        {() => {
                          const accepted = form.getFieldValue(['eiaApprovals', name, 'acceptance']) === 'accepted';
                          return (
                            <Form.Item name={[name, 'acceptedOn']} label="验收日期">
                              <DatePicker
                                format={DATE_FORMAT}
                                style={{ width: '100%' }}
                                placeholder={accepted ? '选择日期' : '无需填写'}
                                disabled={!accepted}
                              />
                            </Form.Item>
                          );
                        }}
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
            </Card>
          )}
        </Form.List>

        <Form.List name="emergencyPlans">
          {(fields, { add, remove }) => (
            <Card
              title="突发环境事件应急预案备案"
              extra={
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  添加备案
                </Button>
              }
            >
              {fields.length === 0 ? <Typography.Text type="secondary">尚未登记应急预案备案。</Typography.Text> : null}
              {fields.map(({ key, name }, idx) => (
                <Row key={key} gutter={16} align="top">
                  <Col flex="none" style={{ paddingTop: 36, width: 56 }}>
                    <Typography.Text type="secondary">第{idx + 1}条</Typography.Text>
                  </Col>
                  <Col xs={24} md={10} flex="auto">
                    <Form.Item name={[name, 'filingNumber']} label="备案编号">
                      <Input placeholder="如 430426-2021-012-L" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item name={[name, 'riskLevel']} label="风险等级">
                      <Select
                        allowClear
                        placeholder="选择等级"
                        options={RISK_LEVELS.map((r) => ({ value: r, label: `${RISK_LEVEL_LABELS[r]}（${r}）` }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item name={[name, 'filedOn']} label="备案日期">
                      <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="选择日期" />
                    </Form.Item>
                  </Col>
                  <Col flex="none" style={{ paddingTop: 30 }}>
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label="删除此备案">
                      删除
                    </Button>
                  </Col>
                </Row>
              ))}
            </Card>
          )}
        </Form.List>

        <Card title="排污许可">
          <Row gutter={16}>
            <Col xs={24} md={6} xl={4}>
              <Form.Item name={['permit', 'held']} label="是否取得">
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: true, label: '已取得' },
                    { value: false, label: '未取得' },
                  ]}
                />
              </Form.Item>
            </Col>
            {held ? (
              <>
                <Col xs={24} md={6} xl={4}>
                  <Form.Item name={['permit', 'permitClass']} label="管理类别">
                    <Select
                      allowClear
                      placeholder="选择类别"
                      options={PERMIT_CLASSES.map((c) => ({ value: c, label: PERMIT_CLASS_LABELS[c] }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12} xl={10}>
                  <Form.Item name={['permit', 'number']} label="许可证/登记编号">
                    <Input placeholder="22位，如 91430426MA4L2XXXXX001V" style={{ fontFamily: 'monospace' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8} xl={6}>
                  <Form.Item name={['permit', 'validUntil']} label="有效期至">
                    <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="选择日期" />
                  </Form.Item>
                </Col>
              </>
            ) : null}
          </Row>
        </Card>

        <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 5 }}>
          <Flex justify="flex-end" gap={8}>
            <Button onClick={() => navigate(existing ? `/enterprises/${existing.id}` : '/enterprises')}>取消</Button>
            <Button type="primary" htmlType="submit" loading={saving}>
              保存
            </Button>
          </Flex>
        </Card>
      </Space>
    </Form>
  );
}

/** 新增 needs write access to the park; 编辑 that, or being the enterprise's own user. Nothing is loaded otherwise. */
export default function EnterpriseFormPage() {
  const { id: idParam } = useParams();
  const id = idParam === undefined ? null : Number(idParam);
  const access = useAccess();
  if (id !== null && !Number.isInteger(id)) return <Result status="404" title="企业不存在" />;
  if (id === null ? !access.canWrite : !access.canEditEnterprise(id))
    return <Forbidden title={id === null ? '无权新增企业' : '无权修改该企业档案'} />;
  return <EnterpriseFormLoader id={id} />;
}

function EnterpriseFormLoader({ id }: { id: number | null }) {
  const park = useCurrentPark();
  const { canSeePark } = useAccess();
  const navigate = useNavigate();
  const remote = useRemote(
    async (signal): Promise<{ initial: EnterpriseFormValues; existing: Enterprise | null }> => {
      if (id === null) return { initial: emptyFormValues(), existing: null };
      const e = await getEnterprise(park.code, id, signal);
      return { initial: toFormValues(e), existing: e };
    },
    [park.code, id],
  );
  const title = useMemo(() => (id === null ? '新增企业' : '编辑企业档案'), [id]);

  return (
    <>
      <PageHeader title={title} subTitle={remote.data?.existing?.name ?? '填写企业档案（一企一档）'} />
      {remote.error ? (
        <Result
          status="warning"
          title="无法读取企业档案"
          subTitle={remote.error}
          extra={
            canSeePark ? (
              <Button onClick={() => navigate('/enterprises')}>返回企业列表</Button>
            ) : (
              <Button onClick={() => navigate(id === null ? '/' : `/enterprises/${id}`)}>返回本企业档案</Button>
            )
          }
        />
      ) : remote.loading || !remote.data ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : (
        <EnterpriseForm initial={remote.data.initial} existing={remote.data.existing} />
      )}
    </>
  );
}
