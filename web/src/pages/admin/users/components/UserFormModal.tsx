import { Alert, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { listEnterprises } from '../../../../api/enterprises';
import type { Enterprise, ParkSummary, Role } from '../../../../api/types';
import { createUser, type UserInputBody, type UserView } from '../../../../api/users';
import { PASSWORD_RULE_HINT } from '../../../../components/NewPasswordFields';
import { applyServerIssues } from '../../../../components/serverIssues';
import { ROLE_HINTS, ROLE_LABELS } from '../../../../labels';
import { describeDivision, divisionOptions } from './divisionOptions';

interface Values {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  parkCodes?: string[];
  /** Only to choose the enterprise from; not sent. */
  enterprisePark?: string;
  enterpriseId?: number;
  regionCode?: string;
}

const FIELDS = ['username', 'displayName', 'role', 'password', 'parkCodes', 'enterpriseId', 'regionCode'];
const ROLE_ORDER: Role[] = ['officer', 'steward', 'enterprise', 'reviewer', 'admin'];

/** The enterprises of one park, for the 所属企业 select. */
function useParkEnterprises(parkCode: string | undefined) {
  const [state, setState] = useState<{ code?: string; items: Enterprise[]; loading: boolean; error: string | null }>({
    items: [],
    loading: false,
    error: null,
  });
  useEffect(() => {
    if (!parkCode) return;
    const ac = new AbortController();
    setState({ code: parkCode, items: [], loading: true, error: null });
    listEnterprises(parkCode, { sort: 'seq' }, ac.signal)
      .then((r) => setState({ code: parkCode, items: r.items, loading: false, error: null }))
      .catch((err: unknown) => {
        if (!ac.signal.aborted) setState({ code: parkCode, items: [], loading: false, error: err instanceof Error ? err.message : String(err) });
      });
    return () => ac.abort();
  }, [parkCode]);
  return state.code === parkCode ? state : { items: [], loading: false, error: null };
}

/** 新增用户: the role decides what else the user needs (parks, an enterprise, a region). */
export function UserFormModal({
  open,
  parks,
  onClose,
  onCreated,
}: {
  open: boolean;
  parks: ParkSummary[];
  onClose: () => void;
  onCreated: (u: UserView) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const role = Form.useWatch('role', form);
  const enterprisePark = Form.useWatch('enterprisePark', form);
  const regionCode = Form.useWatch('regionCode', form);
  const enterprises = useParkEnterprises(role === 'enterprise' ? enterprisePark : undefined);

  const submit = async () => {
    const v = await form.validateFields();
    const body: UserInputBody = {
      username: v.username.trim(),
      displayName: v.displayName.trim(),
      role: v.role,
      password: v.password,
      parkCodes: v.role === 'officer' || v.role === 'steward' ? (v.parkCodes ?? []) : [],
      enterpriseId: v.role === 'enterprise' ? (v.enterpriseId ?? null) : null,
      regionCode: v.role === 'reviewer' ? (v.regionCode ?? null) : null,
    };
    setBusy(true);
    setOther([]);
    try {
      onCreated(await createUser(body));
    } catch (err) {
      setOther(applyServerIssues(form, err, FIELDS, { CONFLICT: 'username' }));
    } finally {
      setBusy(false);
    }
  };

  const parkOptions = parks.map((p) => ({ value: p.code, label: `${p.name}（${p.code}）` }));

  return (
    <Modal
      title="新增用户"
      open={open}
      width={640}
      okText="创建用户"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setOther([]);
      }}
      forceRender
    >
      {other.length > 0 ? <Alert type="error" showIcon message={other.join('；')} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} name="newUser" layout="vertical" requiredMark initialValues={{ role: 'officer' }} style={{ marginTop: 12 }}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]} extra="3至40位字母、数字或 _ . @ -">
              <Input autoComplete="off" placeholder="如 qidong.huanbao" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名或单位名称' }]}>
              <Input placeholder="姓名或单位名称" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]} extra={role ? ROLE_HINTS[role] : undefined}>
          <Select aria-label="角色" options={ROLE_ORDER.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        </Form.Item>
        {role === 'officer' || role === 'steward' ? (
          <Form.Item name="parkCodes" label="负责园区" rules={[{ required: true, message: '请选择至少一个园区' }]}>
            <Select aria-label="负责园区" mode="multiple" placeholder="选择园区（可多选）" options={parkOptions} optionFilterProp="label" />
          </Form.Item>
        ) : null}
        {role === 'enterprise' ? (
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item name="enterprisePark" label="企业所在园区" rules={[{ required: true, message: '请选择园区' }]}>
                <Select
                  aria-label="企业所在园区"
                  placeholder="选择园区"
                  options={parkOptions}
                  optionFilterProp="label"
                  showSearch
                  onChange={() => form.setFieldValue('enterpriseId', undefined)}
                />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item
                name="enterpriseId"
                label="所属企业"
                rules={[{ required: true, message: '请选择企业' }]}
                validateStatus={enterprises.error ? 'error' : undefined}
                help={enterprises.error ?? undefined}
              >
                <Select
                  aria-label="所属企业"
                  showSearch
                  disabled={!enterprisePark}
                  loading={enterprises.loading}
                  placeholder={enterprisePark ? '输入企业名称搜索' : '请先选择园区'}
                  optionFilterProp="label"
                  options={enterprises.items.map((e) => ({ value: e.id, label: e.name }))}
                />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        {role === 'reviewer' ? (
          <Form.Item
            name="regionCode"
            label="所辖行政区划"
            rules={[{ required: true, message: '请选择所辖行政区划' }]}
            extra={
              regionCode ? (
                <Typography.Text type="secondary">
                  {describeDivision(regionCode)}：可查看该区划内全部园区的数据，不能修改
                </Typography.Text>
              ) : (
                '输入区划代码（如 430000）或名称搜索；省级可查看全省园区，地级、县级依次缩小'
              )
            }
          >
            <Select
              aria-label="所辖行政区划"
              showSearch
              placeholder="GB/T 2260 行政区划"
              options={divisionOptions()}
              filterOption={(input, opt) => !!opt && opt.search.includes(input.trim())}
              optionRender={(opt) => (
                <span>
                  {opt.data.label}
                  <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                    {opt.data.level}
                  </Typography.Text>
                </span>
              )}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="password"
          label="初始密码"
          rules={[{ required: true, message: '请输入初始密码' }]}
          extra={`${PASSWORD_RULE_HINT}；用户首次登录时须改为自己的密码`}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
