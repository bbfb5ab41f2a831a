import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client';
import { deleteAirAnnualFigure, putAirAnnualFigures, type RegionalAirFigure, type RegionalAirOfYear } from '../../../api/airEvaluation';
import { SimulatedTag } from './StationCard';

function FigureCell({ f }: { f: RegionalAirFigure | undefined }) {
  if (!f || f.value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const how =
    f.origin === 'entered' ? (
      <Tooltip title={`${f.source ?? ''}；${f.enteredBy ?? ''} 录入于 ${f.enteredAt?.slice(0, 10) ?? ''}`}>
        <Tag color="gold">录入</Tag>
      </Tooltip>
    ) : (
      <Tooltip title={`${f.rule ?? ''}；${f.source ?? ''}`}>
        <Tag color="cyan">计算</Tag>
      </Tooltip>
    );
  return (
    <Space size={4}>
      <span>{`${f.value}${f.unit === '天' ? ' 天' : f.unit === '%' ? '%' : ` ${f.unit}`}`}</span>
      {how}
    </Space>
  );
}

/** 区域空气质量 (三(一)): the city station's figures this year and last, computed or entered; officers edit the entered ones. */
export function RegionalFigures({ regional, canWrite, parkCode, onChanged }: { regional: RegionalAirOfYear; canWrite: boolean; parkCode: string; onChanged: () => void }) {
  const { message } = App.useApp();
  const [editYear, setEditYear] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<Record<string, string> & { source: string }>();
  const { point, current, previous } = regional;
  if (!point || !current || !previous) return null;

  const yearOf = (y: number) => (y === current.year ? current : previous);
  const open = (y: number) => {
    const figures = yearOf(y).figures;
    form.setFieldsValue({
      ...Object.fromEntries(figures.map((f) => [f.key, f.origin === 'entered' ? (f.value ?? '') : ''])),
      source: figures.find((f) => f.origin === 'entered')?.source ?? '',
    });
    setEditYear(y);
  };
  const save = async () => {
    if (editYear === null) return;
    const values = await form.validateFields();
    const before = yearOf(editYear).figures;
    const figures = Object.fromEntries(before.map((f) => [f.key, String(values[f.key] ?? '').trim()]).filter(([, v]) => v !== ''));
    setSaving(true);
    try {
      if (Object.keys(figures).length) await putAirAnnualFigures(parkCode, { pointId: point.pointId, year: editYear, source: values.source, figures });
      for (const f of before) if (f.origin === 'entered' && !(f.key in figures)) await deleteAirAnnualFigure(parkCode, point.pointId, editYear, f.key);
      message.success(`已保存${point.name} ${editYear}年的录入数据`);
      setEditYear(null);
      onChanged();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const rows = current.figures.map((f, i) => ({ key: f.key, name: f.name, current: f, previous: previous.figures[i], clause: regional.comparison[i]?.clause ?? '' }));
  return (
    <Card
      style={{ marginBottom: 16 }}
      data-testid="regional-air"
      title={
        <Space>
          <span>区域空气质量（{point.name}）</span>
          <SimulatedTag label={point.simulated ? '模拟数据' : null} />
        </Space>
      }
      extra={
        canWrite ? (
          <Space>
            <Button icon={<EditOutlined />} onClick={() => open(current.year)}>
              录入{current.year}年数据
            </Button>
            <Button icon={<EditOutlined />} onClick={() => open(previous.year)}>
              录入{previous.year}年数据
            </Button>
          </Space>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">园区不运行此站：年度数据可由导入的日数据计算，或按通报原样录入（录入的数据优先，报告按录入原样打印并注明来源）。</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '项目', dataIndex: 'name' },
          { title: `${current.year}年`, key: 'current', render: (_, r) => <FigureCell f={r.current} /> },
          { title: `${previous.year}年`, key: 'previous', render: (_, r) => <FigureCell f={r.previous} /> },
          { title: '与上年比较', dataIndex: 'clause' },
        ]}
      />
      <Modal title={`录入${point.name} ${editYear ?? ''}年数据`} open={editYear !== null} onOk={() => void save()} okText="保存" confirmLoading={saving} onCancel={() => setEditYear(null)} destroyOnHidden>
        <Form form={form} layout="horizontal" labelCol={{ span: 8 }}>
          {current.figures.map((f) => (
            <Form.Item key={f.key} name={f.key} label={`${f.name}（${f.unit}）`} rules={[{ pattern: /^\d{1,6}(\.\d{1,4})?$/, message: '应为非负数，如 57、0.748、90.2' }]}>
              <Input placeholder="留空：不录入（由数据计算）" />
            </Form.Item>
          ))}
          <Form.Item name="source" label="来源" rules={[{ required: true, message: '请填写来源，如 祁东县2024年空气质量通报' }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

