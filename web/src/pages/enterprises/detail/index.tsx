import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Popconfirm, Result, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../../api/client';
import { deleteEnterprise, getEnterprise, getEnterpriseHistory } from '../../../api/enterprises';
import type { ChangeRecord, Enterprise } from '../../../api/types';
import { EMPTY, dateTime, text } from '../../../components/formatting';
import { PageHeader } from '../../../components/PageHeader';
import { StatusTag } from '../../../components/StatusTag';
import { useRemote } from '../../../components/useRemote';
import {
  ACCEPTANCE_LABELS,
  CHANGE_ACTION_LABELS,
  EIA_TYPE_LABELS,
  PERMIT_CLASS_LABELS,
  RISK_LEVEL_LABELS,
  SYSTEM_ACTOR_LABELS,
  riskSourceLabel,
  type EiaApproval,
  type EmergencyPlanFiling,
} from '../../../labels';
import { useAccess } from '../../../access';
import { useCurrentPark } from '../../../park/ParkContext';
import { acceptanceSummary } from '../ledgerCells';
import { changedFields, fieldLabel } from '../fieldLabels';

const eiaColumns: ColumnsType<EiaApproval & { key: number }> = [
  { title: '序号', key: 'i', width: 64, align: 'center', render: (_: unknown, r) => r.key + 1 },
  { title: '类型', dataIndex: 'type', width: 100, render: (t: EiaApproval['type']) => (t ? EIA_TYPE_LABELS[t] : '未注明') },
  { title: '文号/备案号', dataIndex: 'documentNumber', render: (v: string | null) => text(v) },
  { title: '批复日期', dataIndex: 'approvedOn', width: 120, render: (v: string | null) => text(v) },
  { title: '审批机关', dataIndex: 'authority', render: (v: string | null) => text(v) },
  {
    title: '验收情况',
    dataIndex: 'acceptance',
    width: 100,
    render: (v: EiaApproval['acceptance']) => (
      <Tag color={v === 'accepted' ? 'green' : v === 'pending' ? 'orange' : 'default'}>{ACCEPTANCE_LABELS[v]}</Tag>
    ),
  },
  { title: '验收日期', dataIndex: 'acceptedOn', width: 120, render: (v: string | null) => text(v) },
];

const planColumns: ColumnsType<EmergencyPlanFiling & { key: number }> = [
  { title: '序号', key: 'i', width: 64, align: 'center', render: (_: unknown, r) => r.key + 1 },
  { title: '备案编号', dataIndex: 'filingNumber', render: (v: string | null) => text(v) },
  {
    title: '风险等级',
    dataIndex: 'riskLevel',
    width: 140,
    render: (v: EmergencyPlanFiling['riskLevel']) => (v ? `${RISK_LEVEL_LABELS[v]}（${v}）` : EMPTY),
  },
  { title: '备案日期', dataIndex: 'filedOn', width: 140, render: (v: string | null) => text(v) },
];

/** Who made a change: the user's account, or 系统 / 命令行 for the platform itself. */
const actorLabel = (actor: string) => SYSTEM_ACTOR_LABELS[actor] ?? actor;

/** Newest first (the server sends them so; sorting again keeps it true whatever the source). */
function newestFirst(records: ChangeRecord[]): ChangeRecord[] {
  return records
    .map((r, i) => ({ r, i, t: Date.parse(r.at) }))
    .sort((a, b) => (Number.isNaN(a.t) || Number.isNaN(b.t) || a.t === b.t ? a.i - b.i : b.t - a.t))
    .map(({ r }) => r);
}

function HistoryList({ records }: { records: ChangeRecord[] }) {
  if (records.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无变更记录" />;
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={newestFirst(records).map((rec, i) => {
        const changes = rec.before && rec.after ? changedFields(rec) : [];
        return {
          key: i,
          color: rec.action === 'create' ? 'green' : rec.action === 'delete' ? 'red' : 'blue',
          children: (
            <div>
              <Space size={8} wrap>
                <Typography.Text strong>{CHANGE_ACTION_LABELS[rec.action] ?? rec.action}</Typography.Text>
                <Typography.Text type="secondary">时间：{dateTime(rec.at)}</Typography.Text>
                <Typography.Text type="secondary">
                  操作人：<Typography.Text>{actorLabel(rec.actor)}</Typography.Text>
                </Typography.Text>
              </Space>
              {changes.length > 0 ? (
                <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                  {changes.map((c) => (
                    <li key={c.key}>
                      {c.label}：{c.part ? `${c.part} ` : ''}
                      <Typography.Text delete type="secondary">{c.before}</Typography.Text> → {c.after}
                    </li>
                  ))}
                </ul>
              ) : (
                <div>
                  <Typography.Text type="secondary">
                    {rec.before && rec.after ? '无字段变化' : rec.action === 'import' ? '从工作簿导入建档' : rec.action === 'create' ? '新建档案' : rec.action === 'delete' ? '删除档案' : ''}
                  </Typography.Text>
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}

export default function EnterpriseDetailPage() {
  const park = useCurrentPark();
  const { id: idParam } = useParams();
  const id = Number(idParam);
  const navigate = useNavigate();
  const access = useAccess();
  const { message } = App.useApp();
  const [deleting, setDeleting] = useState(false);
  const ent = useRemote((signal) => getEnterprise(park.code, id, signal), [park.code, id]);
  const history = useRemote((signal) => getEnterpriseHistory(park.code, id, signal), [park.code, id]);

  // An enterprise user goes back to its own file; everyone else to the list.
  const back = access.canSeePark ? (
    <Button onClick={() => navigate('/enterprises')}>返回企业列表</Button>
  ) : (
    <Button type="primary" onClick={() => navigate(access.homePath)}>
      返回本企业档案
    </Button>
  );
  if (!Number.isInteger(id)) return <Result status="404" title="企业不存在" extra={back} />;
  if (ent.error && !ent.data)
    return (
      <Result
        status={ent.errorStatus === 403 ? '403' : ent.errorStatus === 404 ? '404' : 'warning'}
        title={ent.errorStatus === 403 ? '无法查看企业档案' : '无法读取企业档案'}
        subTitle={ent.error}
        extra={back}
      />
    );
  const e: Enterprise | undefined = ent.data;
  if (!e) return <Skeleton active paragraph={{ rows: 12 }} />;

  const onDelete = async () => {
    setDeleting(true);
    try {
      await deleteEnterprise(park.code, e.id);
      message.success(`已删除 ${e.name}`);
      navigate('/enterprises');
    } catch (err) {
      message.error(`删除失败：${errorMessage(err)}`);
    } finally {
      setDeleting(false);
    }
  };

  const acc = acceptanceSummary(e);
  return (
    <>
      <PageHeader
        title={
          <Space size={12}>
            {e.name}
            <StatusTag status={e.status} />
          </Space>
        }
        subTitle={`序号 ${e.seq} · 最后更新 ${dateTime(e.updatedAt)}`}
        extra={
          <>
            {access.canSeePark ? (
              <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/enterprises')}>
                返回列表
              </Button>
            ) : null}
            {access.canEditEnterprise(e.id) ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/enterprises/${e.id}/edit`)}>
                编辑
              </Button>
            ) : null}
            {access.canWrite ? (
              <Popconfirm
                title="删除企业档案"
                description={`确定删除“${e.name}”的全部档案吗？删除后不可恢复。`}
                okText="删除"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={onDelete}
              >
                <Button danger icon={<DeleteOutlined />} loading={deleting}>
                  删除
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {e.warnings.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            message={`本档案有 ${e.warnings.length} 处需要核实`}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {e.warnings.map((w, i) => (
                  <li key={i}>
                    {fieldLabel(w.field)}：{w.message}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
        <Card title="基本信息">
          <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label="序号">{e.seq}</Descriptions.Item>
            <Descriptions.Item label="企业名称">{e.name}</Descriptions.Item>
            <Descriptions.Item label="统一社会信用代码">{text(e.creditCode)}</Descriptions.Item>
            <Descriptions.Item label="行业类别">
              {e.industryCode ? `${e.industryCode} ${e.industryName ?? ''}` : EMPTY}
            </Descriptions.Item>
            <Descriptions.Item label="企业状态">
              <StatusTag status={e.status} />
            </Descriptions.Item>
            <Descriptions.Item label="是否涉及环境风险源">{riskSourceLabel(e.riskSource)}</Descriptions.Item>
            <Descriptions.Item label="入园日期">{text(e.enteredOn)}</Descriptions.Item>
            {e.status === 'cleared' || e.clearedOn ? (
              <Descriptions.Item label="清退日期">{text(e.clearedOn)}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label="联系人">{text(e.contactName)}</Descriptions.Item>
            <Descriptions.Item label="联系电话">{text(e.contactPhone)}</Descriptions.Item>
            <Descriptions.Item label="地址" span={2}>
              {text(e.address)}
            </Descriptions.Item>
            <Descriptions.Item label="竣工环保验收">
              <Tag color={acc.color}>{acc.label}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="建档时间">{dateTime(e.createdAt)}</Descriptions.Item>
            <Descriptions.Item label="备注" span={3}>
              {text(e.note)}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={`环评批复（${e.eiaApprovals.length}）`}>
          <Table
            size="small"
            bordered
            pagination={false}
            rowKey="key"
            columns={eiaColumns}
            dataSource={e.eiaApprovals.map((a, key) => ({ ...a, key }))}
            locale={{ emptyText: '未办理环评手续' }}
            scroll={{ x: 900 }}
          />
        </Card>
        <Card title={`突发环境事件应急预案备案（${e.emergencyPlans.length}）`}>
          <Table
            size="small"
            bordered
            pagination={false}
            rowKey="key"
            columns={planColumns}
            dataSource={e.emergencyPlans.map((p, key) => ({ ...p, key }))}
            locale={{ emptyText: '未备案' }}
          />
        </Card>
        <Card title="排污许可">
          <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 4 }}>
            <Descriptions.Item label="是否取得">
              {e.permit.held ? <Tag color="green">已取得</Tag> : <Tag>未取得</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="管理类别">
              {e.permit.permitClass ? PERMIT_CLASS_LABELS[e.permit.permitClass] : EMPTY}
            </Descriptions.Item>
            <Descriptions.Item label="许可证/登记编号">{text(e.permit.number)}</Descriptions.Item>
            <Descriptions.Item label="有效期至">{text(e.permit.validUntil)}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title="变更记录" extra={<Typography.Text type="secondary">按时间倒序，最新的在上</Typography.Text>}>
          {history.error ? (
            <Alert type="error" showIcon message="读取变更记录失败" description={history.error} />
          ) : history.loading && !history.data ? (
            <Skeleton active />
          ) : (
            <HistoryList records={history.data ?? []} />
          )}
        </Card>
      </Space>
    </>
  );
}
