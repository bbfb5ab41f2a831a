import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../api/client';
import { createHonour, deleteHonour, getHonours, updateHonour, type Honour, type HonourInputBody, type HonourLevel } from '../../../api/credit';
import { useRemote } from '../../../components/useRemote';
import { HONOUR_LEVEL_OPTIONS } from './labels';

interface FormValues {
  title: string;
  level: HonourLevel;
  issuer?: string;
  awardedOn?: dayjs.Dayjs | null;
  document?: string;
}

const LEVEL_COLOR: Record<HonourLevel, string> = { national: 'red', ministerial: 'volcano', provincial: 'orange', municipal: 'blue', other: 'default' };

function HonourModal({ park, year, honour, onClose, onSaved }: { park: string; year: number; honour: Honour | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const v = await form.validateFields();
    const body: HonourInputBody = {
      year,
      title: v.title,
      level: v.level,
      issuer: v.issuer ?? null,
      awardedOn: v.awardedOn ? v.awardedOn.format('YYYY-MM-DD') : null,
      document: v.document ?? null,
    };
    setBusy(true);
    setError(null);
    try {
      if (honour) await updateHonour(park, honour.id, body);
      else await createHonour(park, body);
      onSaved();
    } catch (err) {
      const issues = err instanceof ApiError ? err.issues.map((i) => i.message).join('；') : '';
      setError(`${errorMessage(err)}${issues ? `：${issues}` : ''}`);
    } finally {
      setBusy(false);
    }
  };
  const initial: Partial<FormValues> = honour
    ? { title: honour.title, level: honour.level, issuer: honour.issuer ?? undefined, awardedOn: honour.awardedOn ? dayjs(honour.awardedOn) : null, document: honour.document ?? undefined }
    : { level: 'provincial' };
  return (
    <Modal open title={`${honour ? '修改' : '登记'}${year}年园区荣誉`} onCancel={onClose} onOk={save} okText="保存" cancelText="取消" confirmLoading={busy} destroyOnHidden>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="title" label="荣誉名称" rules={[{ required: true, whitespace: true, message: '请填写荣誉名称' }]}>
          <Input aria-label="荣誉名称" placeholder="如 2024年度全省绿色制造体系示范单位" maxLength={200} />
        </Form.Item>
        <Form.Item name="level" label="级别" rules={[{ required: true, message: '请选择级别' }]}>
          <Select aria-label="级别" options={HONOUR_LEVEL_OPTIONS} />
        </Form.Item>
        <Form.Item name="issuer" label="授予单位">
          <Input aria-label="授予单位" placeholder="如 湖南省工业和信息化厅" maxLength={100} />
        </Form.Item>
        <Form.Item name="awardedOn" label="授予日期">
          <DatePicker aria-label="授予日期" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="document" label="文件或文号">
          <Input aria-label="文件或文号" maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 园区荣誉 of the year: what the award items (获得省部级及以上表彰) are proposed from; listed, added, edited, deleted. */
export function HonoursCard({ park, year, canWrite, onChanged }: { park: string; year: number; canWrite: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const honours = useRemote((signal) => getHonours(park, year, signal), [park, year]);
  const [editing, setEditing] = useState<Honour | 'new' | null>(null);
  const changed = () => {
    honours.reload();
    onChanged();
  };
  const columns: ColumnsType<Honour> = [
    { title: '荣誉名称', dataIndex: 'title' },
    { title: '级别', dataIndex: 'level', width: 90, render: (l: HonourLevel, h) => <Tag color={LEVEL_COLOR[l]}>{h.levelLabel}</Tag> },
    { title: '授予单位', dataIndex: 'issuer', render: (v: string | null) => v ?? '—' },
    { title: '授予日期', dataIndex: 'awardedOn', width: 110, render: (v: string | null) => v ?? '—' },
    { title: '文件或文号', dataIndex: 'document', render: (v: string | null) => v ?? '—' },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 90,
            render: (_: unknown, h: Honour) => (
              <Space>
                <Button size="small" type="link" icon={<EditOutlined />} aria-label={`修改${h.title}`} onClick={() => setEditing(h)} />
                <Popconfirm
                  title="删除这项荣誉？"
                  okText="删除"
                  cancelText="取消"
                  onConfirm={async () => {
                    try {
                      await deleteHonour(park, h.id);
                      changed();
                    } catch (err) {
                      message.error(errorMessage(err));
                    }
                  }}
                >
                  <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={`删除${h.title}`} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      size="small"
      title={`${year}年园区荣誉`}
      id="honours"
      style={{ marginBottom: 16 }}
      extra={
        canWrite ? (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            登记荣誉
          </Button>
        ) : null
      }
    >
      {honours.error ? <Alert type="error" showIcon message="读取园区荣誉失败" description={honours.error} /> : null}
      {honours.data && honours.data.honours.length === 0 ? (
        <Empty description={`${year}年尚未登记荣誉`} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table size="small" rowKey="id" loading={honours.loading} pagination={false} columns={columns} dataSource={honours.data?.honours ?? []} />
      )}
      {editing ? (
        <HonourModal
          park={park}
          year={year}
          honour={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
        />
      ) : null}
    </Card>
  );
}
