import { CopyOutlined, DeleteOutlined, PlusOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Form, Input, InputNumber, Radio, Row, Select, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useAccess } from '../../../access';
import { ApiError, errorMessage } from '../../../api/client';
import { carryOverManagementFacts, getManagementFacts, putManagementFacts, type LedgerCount, type ManagementFactsYear } from '../../../api/managementFacts';
import { dateTime, yearOptions } from '../../../components/formatting';
import { PageHeader } from '../../../components/PageHeader';
import { useReportYear } from '../../../components/useReportYear';
import { useRemote } from '../../../components/useRemote';
import { useCurrentPark } from '../../../park/ParkContext';
import { fieldPath, toBody, toFormValues, type FactsFormValues } from './factsForm';
import { PLANT_KIND_OPTIONS, WATER_CLASS_OPTIONS } from './labels';

const DECIMAL = { pattern: /^\s*\d+(\.\d+)?\s*$/, message: '请输入数字，如 4000 或 99.5' };
const PERCENT = [DECIMAL, { validator: (_: unknown, v?: string) => (v && Number(v) > 100 ? Promise.reject(new Error('不能大于100')) : Promise.resolve()) }];

type Path = (string | number)[];

/** A count input: a non-negative whole number, empty when not entered. */
const CountInput = ({ suffix = '个', ...rest }: { suffix?: string; id?: string }) => <InputNumber min={0} precision={0} style={{ width: '100%' }} addonAfter={suffix} {...rest} />;

function Field({ name, label, span = 6, children, rules, extra }: { name: Path; label: string; span?: number; children: ReactNode; rules?: object[]; extra?: ReactNode }) {
  return (
    <Col xs={24} md={span}>
      <Form.Item name={name} label={label} rules={rules} extra={extra}>
        {children}
      </Form.Item>
    </Col>
  );
}

/**
 * The emission ledger's count beside an entered one: the ledger's enterprises and whether the report uses its count,
 * or that the ledger has none this year and the entered count is used.
 */
function LedgerNote({ testId, ledger, entered, pollutants }: { testId: string; ledger: LedgerCount | null; entered: number | null | undefined; pollutants: string }) {
  if (!ledger) {
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        排放台账本年无企业的{pollutants}排放量，报告采用填报数
      </Typography.Text>
    );
  }
  const differs = entered !== null && entered !== undefined && entered !== ledger.count;
  return (
    <Space size={4} wrap data-testid={testId}>
      <Typography.Text>
        排放台账统计：<b>{ledger.count}</b>个（{ledger.enterprises.map((e) => e.name).join('、')}），报告采用台账数
      </Typography.Text>
      {differs ? <Tag color="warning">与填报数{entered}个不一致</Tag> : null}
    </Space>
  );
}

/**
 * 环境管理情况: the park's facts of a year that the annual report's 二（三）水环境管理, （四）大气环境管理 and
 * （五）土壤环境管理 print — wastewater plants, pipes, discharging enterprises, the downstream control section,
 * black-odorous water bodies, waste gas, contaminated plots — with the counts the emission ledger gives beside the
 * entered ones; a new year starts from last year's (沿用上年).
 */
export default function ManagementFactsPage() {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const { message } = App.useApp();
  const [year, setYear] = useReportYear();
  const remote = useRemote((signal) => getManagementFacts(park.code, year, signal), [park.code, year]);
  const [form] = Form.useForm<FactsFormValues>();
  const [saving, setSaving] = useState(false);
  const [carrying, setCarrying] = useState(false);
  // What the last save or carry-over answered, until the page loads again.
  const [answer, setAnswer] = useState<ManagementFactsYear | null>(null);
  const data = answer && answer.year === year && answer.park === park.code ? answer : remote.data;
  const wastewaterEntered = Form.useWatch(['water', 'wastewaterEnterprises'], form);
  const wasteGasEntered = Form.useWatch(['air', 'wasteGasEnterprises'], form);
  const exceeds = Form.useWatch(['sectionExceeds'], form);

  const reload = () => {
    setAnswer(null);
    remote.reload();
  };

  const save = async () => {
    let values: FactsFormValues;
    try {
      values = await form.validateFields();
    } catch {
      message.error('请按提示修改后再保存');
      return;
    }
    setSaving(true);
    try {
      const saved = await putManagementFacts(park.code, year, toBody(values));
      setAnswer(saved);
      message.success(`已保存${year}年环境管理情况`);
    } catch (err) {
      if (err instanceof ApiError) {
        form.setFields(err.issues.flatMap((i) => ('field' in i && typeof i.field === 'string' ? [{ name: fieldPath(i.field) as never, errors: [i.message] }] : [])));
      }
      message.error(`保存失败：${errorMessage(err)}`);
    } finally {
      setSaving(false);
    }
  };

  const carryOver = async () => {
    setCarrying(true);
    try {
      const carried = await carryOverManagementFacts(park.code, year);
      setAnswer(carried);
      message.success(`已沿用${carried.carriedFromYear}年的环境管理情况，请核对后保存`);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setCarrying(false);
    }
  };

  const formKey = data ? `${data.park}-${data.year}-${data.updatedAt ?? 'none'}-${data.carriedFromYear ?? ''}` : 'loading';
  // The form instance outlives each year's form: a new year's (or a saved) facts replace what it held.
  useEffect(() => {
    if (data) form.resetFields();
  }, [formKey]);

  return (
    <>
      <PageHeader
        title="环境管理情况"
        subTitle="年度报告二（三）水环境管理、（四）大气环境管理、（五）土壤环境管理所用的园区情况"
        extra={
          <>
            <Select aria-label="年度" style={{ width: 120 }} value={year} onChange={(y) => (setAnswer(null), setYear(y))} options={yearOptions()} />
            <Button icon={<ReloadOutlined />} onClick={reload}>
              刷新
            </Button>
            {canWrite && data && data.facts === null && data.previousYear !== null ? (
              <Button icon={<CopyOutlined />} loading={carrying} onClick={() => void carryOver()}>
                沿用{data.previousYear}年
              </Button>
            ) : null}
            {canWrite && data ? (
              <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
                保存
              </Button>
            ) : null}
          </>
        }
      />
      {remote.error ? <Alert type="error" showIcon message="读取环境管理情况失败" description={remote.error} style={{ marginBottom: 16 }} /> : null}
      {data?.carriedFromYear ? (
        <Alert
          type="warning"
          showIcon
          data-testid="carried-over"
          message={`以下为沿用${data.carriedFromYear}年的数据，尚未确认`}
          description="请逐项核对并修改为本年情况，保存后即为本年数据。"
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {data && data.facts === null ? (
        <Alert
          type="info"
          showIcon
          data-testid="not-entered"
          message={`${year}年尚未填写环境管理情况`}
          description={canWrite ? (data.previousYear !== null ? `可“沿用${data.previousYear}年”后修改，或直接填写后保存。` : '填写后保存。') : undefined}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {data?.updatedBy && data.updatedAt && !data.carriedFromYear ? (
        <Typography.Paragraph type="secondary" data-testid="last-saved">
          最后保存：{data.updatedBy}，{dateTime(data.updatedAt)}
        </Typography.Paragraph>
      ) : null}
      {!data ? (
        remote.loading ? <Spin style={{ display: 'block', margin: 48 }} /> : <Empty />
      ) : (
        <Form<FactsFormValues> key={formKey} form={form} layout="vertical" disabled={!canWrite} initialValues={toFormValues(data.facts)}>
          <Card title="水环境" style={{ marginBottom: 16 }} data-testid="facts-water">
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              集中污水处理设施
            </Typography.Title>
            <Form.List name={['water', 'plants']}>
              {(fields, { add, remove }) => (
                <>
                  {fields.map(({ key, name }, i) => (
                    <Card
                      key={key}
                      size="small"
                      type="inner"
                      title={`污水处理厂 ${i + 1}`}
                      style={{ marginBottom: 12 }}
                      data-testid={`plant-${i + 1}`}
                      extra={
                        canWrite ? (
                          <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={() => remove(name)}>
                            删除
                          </Button>
                        ) : null
                      }
                    >
                      <Row gutter={16}>
                        <Field name={[name, 'name']} label="名称" span={8} rules={[{ required: true, whitespace: true, message: '请输入污水处理厂名称' }]}>
                          <Input />
                        </Field>
                        <Field name={[name, 'kind']} label="类型" span={6}>
                          <Select allowClear options={PLANT_KIND_OPTIONS} placeholder="请选择" />
                        </Field>
                        <Field name={[name, 'process']} label="污水处理工艺" span={10}>
                          <Input />
                        </Field>
                        <Field name={[name, 'designPhase']} label="设计规模期次" span={4}>
                          <Input placeholder="如 一期" />
                        </Field>
                        <Field name={[name, 'designCapacityM3PerDay']} label="设计处理规模" span={5} rules={[DECIMAL]}>
                          <Input addonAfter="m³/d" />
                        </Field>
                        <Field name={[name, 'actualCapacityM3PerDay']} label="实际处理规模" span={5} rules={[DECIMAL]}>
                          <Input addonAfter="m³/d" />
                        </Field>
                        <Field name={[name, 'onlineCompliancePercent']} label="在线监测达标率" span={5} rules={PERCENT}>
                          <Input addonAfter="%" />
                        </Field>
                        <Field name={[name, 'outfallApproval']} label="入河排污口论证及批复" span={24}>
                          <Input placeholder="如 入河排污口论证报告已编制完成，取得市环保局批复" />
                        </Field>
                      </Row>
                    </Card>
                  ))}
                  {canWrite ? (
                    <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: 'town' })} style={{ marginBottom: 16 }}>
                      添加污水处理厂
                    </Button>
                  ) : fields.length === 0 ? (
                    <Typography.Paragraph type="secondary">未填写污水处理厂</Typography.Paragraph>
                  ) : null}
                </>
              )}
            </Form.List>
            <Row gutter={16}>
              <Field name={['water', 'centralisedPlantCount']} label="园区配套集中污水处理设施数量" span={6}>
                <CountInput />
              </Field>
              <Field name={['water', 'sewerCoveragePercent']} label="污水管网覆盖率" span={6} rules={PERCENT}>
                <Input addonAfter="%" />
              </Field>
              <Field name={['water', 'rainPipeCoveragePercent']} label="雨水管网覆盖率" span={6} rules={PERCENT}>
                <Input addonAfter="%" />
              </Field>
              <Field name={['water', 'collectionRatePercent']} label="污水收集率" span={6} rules={PERCENT}>
                <Input addonAfter="%" />
              </Field>
            </Row>
            <Typography.Title level={5}>工业废水</Typography.Title>
            <Row gutter={16}>
              <Field
                name={['water', 'wastewaterEnterprises']}
                label="涉及工业废水外排企业数量（填报）"
                span={12}
                extra={<LedgerNote testId="ledger-wastewater" ledger={data.ledger.wastewaterEnterprises} entered={wastewaterEntered} pollutants="化学需氧量、氨氮" />}
              >
                <CountInput />
              </Field>
              <Field name={['water', 'industrialWastewaterM3PerDay']} label="工业废水总排放量" span={6} rules={[DECIMAL]}>
                <Input addonAfter="m³/d" />
              </Field>
              <Field name={['water', 'sewerConnectedEnterprises']} label="外排污水纳管企业数量" span={6}>
                <CountInput />
              </Field>
              <Field name={['water', 'centralisedTreatmentPercent']} label="污水集中处理比例（按外排水量计）" span={6} rules={PERCENT}>
                <Input addonAfter="%" />
              </Field>
              <Field name={['water', 'classOnePollutantEnterprises']} label="涉及一类污染物排放企业数量" span={6}>
                <CountInput />
              </Field>
              <Field name={['water', 'onlineMonitoringEnterprises']} label="在线监测企业数量" span={6}>
                <CountInput />
              </Field>
            </Row>
            <Typography.Title level={5}>排污口下游地表水水质管控断面</Typography.Title>
            <Row gutter={16}>
              <Field name={['water', 'controlSection', 'name']} label="断面名称" span={6}>
                <Input />
              </Field>
              <Field name={['water', 'controlSection', 'waterClass']} label="水功能区划（GB 3838-2002）" span={6}>
                <Select allowClear options={WATER_CLASS_OPTIONS} placeholder="请选择" />
              </Field>
              <Field name={['water', 'controlSection', 'compliancePercent']} label="监测达标率" span={4} rules={PERCENT}>
                <Input addonAfter="%" />
              </Field>
              <Field name={['sectionExceeds']} label="超标情况" span={8}>
                <Radio.Group
                  options={[
                    { value: 'unknown', label: '未填写' },
                    { value: 'none', label: '无超标因子' },
                    { value: 'some', label: '有超标因子' },
                  ]}
                />
              </Field>
              {exceeds === 'some' ? (
                <Field name={['water', 'controlSection', 'exceedingFactors']} label="超标因子" span={24} rules={[{ required: true, type: 'array', min: 1, message: '请输入超标因子' }]}>
                  <Select mode="tags" open={false} tokenSeparators={['，', ',', '、']} placeholder="输入后回车添加，如 总磷" />
                </Field>
              ) : null}
            </Row>
            <Typography.Title level={5}>其他</Typography.Title>
            <Row gutter={16}>
              <Field name={['water', 'blackOdorous', 'total']} label="涉黑臭水体数量" span={6}>
                <CountInput />
              </Field>
              <Field name={['water', 'blackOdorous', 'remediated']} label="已完成整治" span={6}>
                <CountInput />
              </Field>
              <Field name={['water', 'blackOdorous', 'notStarted']} label="未开工" span={6}>
                <CountInput />
              </Field>
              <Field name={['water', 'blackOdorous', 'inProgress']} label="修复中" span={6}>
                <CountInput />
              </Field>
              <Field name={['water', 'dualSourceGroundwater']} label="“双源”地下水监测情况" span={12}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
              </Field>
              <Field name={['water', 'plantAssessment']} label="依托污水处理厂评估情况" span={12}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
              </Field>
            </Row>
          </Card>
          <Card title="大气环境" style={{ marginBottom: 16 }} data-testid="facts-air">
            <Row gutter={16}>
              <Field
                name={['air', 'wasteGasEnterprises']}
                label="涉及工业废气外排企业数量（填报）"
                span={12}
                extra={<LedgerNote testId="ledger-waste-gas" ledger={data.ledger.wasteGasEnterprises} entered={wasteGasEntered} pollutants="二氧化硫、氮氧化物、挥发性有机物" />}
              >
                <CountInput />
              </Field>
            </Row>
          </Card>
          <Card title="土壤环境" data-testid="facts-soil">
            <Row gutter={16}>
              <Field name={['soil', 'contaminatedPlots']} label="污染地块数量" span={6}>
                <CountInput />
              </Field>
              <Field name={['soil', 'soilKeyEnterprises']} label="土壤污染管控重点企业数量" span={6}>
                <CountInput />
              </Field>
            </Row>
          </Card>
        </Form>
      )}
    </>
  );
}
