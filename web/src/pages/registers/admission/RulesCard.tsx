import { DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { triggerText } from '../../../../../src/domain/registers/admission/admissionLabels';
import { loadAdmissionRulesFile, putAdmissionRules, type AdmissionRule, type AdmissionRuleSet } from '../../../api/admission';
import { ApiError, errorMessage } from '../../../api/client';
import { dateTime } from '../../../components/formatting';
import type { Remote } from '../../../components/useRemote';
import { RuleFormModal } from './RuleFormModal';
import { EffectTag } from './ScreeningOutcome';

/** The messages of a refused save, each with the rule and field it names (第3条 trigger.kind). */
function issueLines(err: unknown): string[] {
  if (!(err instanceof ApiError)) return [errorMessage(err)];
  const lines = err.issues.map((i) => {
    const m = typeof i.field === 'string' ? /^rules\.(\d+)\.(.+)$/.exec(i.field) : null;
    const where = m ? `第${Number(m[1]) + 1}条规则 ${m[2]}` : (i.field ?? '');
    const value = i.value !== undefined && i.value !== null && i.value !== '' ? `（值"${String(i.value)}"）` : '';
    return `${where ? `${where}：` : ''}${i.message}${value}`;
  });
  return [err.message, ...lines];
}

/** 园区准入条件: the park's sub-areas and rules; an officer adds, edits and deletes rules or loads a JSON file. */
export function RulesCard({ parkCode, rules, canWrite }: { parkCode: string; rules: Remote<AdmissionRuleSet>; canWrite: boolean }) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<number | null>(null);
  const [areasOpen, setAreasOpen] = useState(false);
  const [areas, setAreas] = useState<string[]>([]);
  const [source, setSource] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const set = rules.data;

  const save = async (next: { rules?: AdmissionRule[]; subAreas?: string[]; source?: string | null }) => {
    await putAdmissionRules(parkCode, {
      subAreas: next.subAreas ?? [...set!.subAreas],
      rules: next.rules ?? [...set!.rules],
      source: next.source === undefined ? set!.source : next.source,
    });
    rules.reload();
  };

  const remove = async (i: number) => {
    try {
      await save({ rules: set!.rules.filter((_, j) => j !== i) });
      message.success('已删除准入规则');
    } catch (err) {
      setProblems(issueLines(err));
    }
  };

  const load = async (file: File) => {
    setProblems([]);
    try {
      const r = await loadAdmissionRulesFile(parkCode, await file.text(), file.name);
      message.success(`已导入准入条件：${r.rules.length}条规则，${r.subAreas.length}个片区`);
      rules.reload();
    } catch (err) {
      setProblems(issueLines(err));
    }
  };

  const download = () => {
    const body = { subAreas: set!.subAreas, rules: set!.rules, source: set!.source };
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(body, null, 2)}\n`], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `准入条件_${parkCode}.json` });
    a.click();
    URL.revokeObjectURL(url);
  };

  const columns: ColumnsType<AdmissionRule> = [
    { title: '序号', key: 'n', width: 56, render: (_: unknown, _r, i) => i + 1 },
    { title: '效力', dataIndex: 'effect', key: 'effect', width: 72, render: (_: unknown, r) => <EffectTag effect={r.effect} /> },
    { title: '触发条件', key: 'trigger', width: 150, render: (_: unknown, r) => triggerText(r.trigger) },
    { title: '适用片区', dataIndex: 'subArea', key: 'subArea', width: 150, render: (v: string | null) => v ?? '全园区' },
    { title: '条文原文', dataIndex: 'wording', key: 'wording' },
    { title: '来源', dataIndex: 'source', key: 'source', width: 260, render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text> },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 120,
            render: (_: unknown, _r: AdmissionRule, i: number) => (
              <Space size={4}>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(i)} style={{ paddingInline: 0 }}>
                  编辑
                </Button>
                <Popconfirm title="删除该准入规则？" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(i)}>
                  <Button type="link" size="small" danger icon={<DeleteOutlined />} style={{ paddingInline: 0 }}>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title="园区准入条件"
      styles={{ body: { padding: 16 } }}
      extra={
        set && canWrite ? (
          <Space wrap>
            <Button
              onClick={() => {
                setAreas([...set.subAreas]);
                setSource(set.source ?? '');
                setAreasOpen(true);
              }}
            >
              片区与来源
            </Button>
            <Upload accept=".json,application/json" showUploadList={false} beforeUpload={(f) => (void load(f), false)}>
              <Button icon={<UploadOutlined />}>导入 JSON 文件</Button>
            </Upload>
            <Button icon={<DownloadOutlined />} onClick={download}>
              导出
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(set.rules.length)}>
              新增规则
            </Button>
          </Space>
        ) : null
      }
    >
      {rules.error ? <Alert type="error" showIcon message="读取准入条件失败" description={rules.error} style={{ marginBottom: 12 }} /> : null}
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setProblems([])}
          message={problems[0]}
          description={problems.length > 1 ? <ul style={{ margin: 0, paddingLeft: 18 }}>{problems.slice(1).map((p, i) => <li key={i}>{p}</li>)}</ul> : undefined}
          style={{ marginBottom: 12 }}
          data-testid="rules-problems"
        />
      ) : null}
      {set ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          片区：{set.subAreas.length ? set.subAreas.map((a) => <Tag key={a}>{a}</Tag>) : '未设置'}
          {set.source ? <span>　来源：{set.source}</span> : null}
          {set.updatedAt ? <span>　最后修改：{set.updatedBy}，{dateTime(set.updatedAt)}</span> : null}
        </Typography.Paragraph>
      ) : null}
      <Table<AdmissionRule>
        rowKey="id"
        size="small"
        bordered
        loading={rules.loading}
        columns={columns}
        dataSource={set ? [...set.rules] : []}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: <Empty description={canWrite ? '尚未设置准入条件，可“新增规则”或“导入 JSON 文件”' : '尚未设置准入条件'} /> }}
      />
      {set && canWrite ? (
        <>
          <RuleFormModal
            set={set}
            index={editing}
            onClose={() => setEditing(null)}
            onSave={async (next) => {
              await save({ rules: next });
              message.success('已保存准入规则');
              setEditing(null);
            }}
          />
          <Modal
            title="片区与来源"
            open={areasOpen}
            okText="保存"
            cancelText="取消"
            onCancel={() => setAreasOpen(false)}
            onOk={async () => {
              try {
                await save({ subAreas: areas, source: source.trim() || null });
                message.success('已保存片区与来源');
                setAreasOpen(false);
              } catch (err) {
                setProblems(issueLines(err));
                setAreasOpen(false);
              }
            }}
          >
            <Form layout="vertical">
              <Form.Item label="片区（园中园）名称" extra="输入名称后回车；规则引用的片区不能删除">
                <Select aria-label="片区" mode="tags" value={areas} onChange={setAreas} open={false} tokenSeparators={['、', '，', ',']} />
              </Form.Item>
              <Form.Item label="准入条件来源" extra="如 规划环评准入条件一览表、“三线一单”准入清单">
                <Input aria-label="准入条件来源" value={source} onChange={(e) => setSource(e.target.value)} maxLength={500} />
              </Form.Item>
            </Form>
          </Modal>
        </>
      ) : null}
    </Card>
  );
}
