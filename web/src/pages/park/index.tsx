import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { getPark } from '../../api/parks';
import type { ParkApproval, ParkYearlyFigure } from '../../api/types';
import { EMPTY, decimal, text } from '../../components/formatting';
import { PageHeader } from '../../components/PageHeader';
import { useRemote } from '../../components/useRemote';
import { PARK_APPROVAL_KIND_LABELS } from '../../labels';
import { useAccess } from '../../access';
import { usePark } from '../../park/ParkContext';
import { ParkEditModal } from './components/ParkEditModal';

const approvalColumns: ColumnsType<ParkApproval & { key: number }> = [
  { title: '序号', key: 'i', width: 64, align: 'center', render: (_: unknown, r) => r.key + 1 },
  { title: '类别', dataIndex: 'kind', width: 110, render: (k: string) => <Tag>{PARK_APPROVAL_KIND_LABELS[k] ?? k}</Tag> },
  { title: '名称', dataIndex: 'title' },
  { title: '文号', dataIndex: 'documentNumber', width: 200, render: (v: string | null) => text(v) },
  { title: '批复日期', dataIndex: 'approvedOn', width: 120, render: (v: string | null) => text(v) },
  { title: '审批机关', dataIndex: 'authority', width: 200, render: (v: string | null) => text(v) },
];

const figureColumns: ColumnsType<ParkYearlyFigure> = [
  { title: '年度', dataIndex: 'year', width: 100, render: (y: number) => `${y}年` },
  { title: '工业总产值（亿元）', dataIndex: 'industrialOutputYiYuan', align: 'right', render: (v: ParkYearlyFigure['industrialOutputYiYuan']) => decimal(v) },
  { title: '工业增加值（亿元）', dataIndex: 'industrialAddedValueYiYuan', align: 'right', render: (v: ParkYearlyFigure['industrialAddedValueYiYuan']) => decimal(v) },
];

export default function ParkPage() {
  const { park: current, reload: reloadParks } = usePark();
  const code = current?.code ?? '';
  const profile = useRemote((signal) => getPark(code, signal), [code]);
  const [editing, setEditing] = useState(false);
  const { canWrite } = useAccess();
  const p = profile.data;

  return (
    <>
      <PageHeader
        title="园区信息"
        subTitle="园区概况、规划及规划环评批复、年度经济指标"
        extra={
          canWrite ? (
            <Button type="primary" icon={<EditOutlined />} disabled={!p} onClick={() => setEditing(true)}>
              编辑
            </Button>
          ) : null
        }
      />
      {profile.error ? <Alert type="error" showIcon message="读取园区信息失败" description={profile.error} /> : null}
      {!p ? (
        profile.error ? null : <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card title="园区概况">
            <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }}>
              <Descriptions.Item label="园区名称">{p.name}</Descriptions.Item>
              <Descriptions.Item label="园区代码">{p.code}</Descriptions.Item>
              <Descriptions.Item label="园区级别">{p.level}</Descriptions.Item>
              <Descriptions.Item label="所在行政区">
                {p.divisionName ? `${p.divisionName}（${p.divisionCode}）` : p.divisionCode}
              </Descriptions.Item>
              <Descriptions.Item label="地理位置" span={2}>
                {text(p.location)}
              </Descriptions.Item>
              <Descriptions.Item label="主导产业" span={3}>
                {p.leadingIndustries.length > 0
                  ? p.leadingIndustries.map((s) => (
                      <Tag key={s} color="blue">
                        {s}
                      </Tag>
                    ))
                  : EMPTY}
              </Descriptions.Item>
              <Descriptions.Item label="核准面积">{decimal(p.approvedAreaKm2, ' km²')}</Descriptions.Item>
              <Descriptions.Item label="拓展面积">{decimal(p.extendedAreaKm2, ' km²')}</Descriptions.Item>
              <Descriptions.Item label="拓展范围批复文件">{text(p.extensionDocument)}</Descriptions.Item>
              <Descriptions.Item label="园区沿革" span={3}>
                {p.history ? (
                  <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{p.history}</Typography.Paragraph>
                ) : (
                  EMPTY
                )}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title="规划及规划环评批复">
            <Table
              size="small"
              bordered
              rowKey="key"
              pagination={false}
              columns={approvalColumns}
              dataSource={p.approvals.map((a, key) => ({ ...a, key }))}
              locale={{ emptyText: '暂无批复记录' }}
              scroll={{ x: 900 }}
            />
          </Card>
          <Card title="年度经济指标">
            <Table
              size="small"
              bordered
              rowKey="year"
              pagination={false}
              columns={figureColumns}
              dataSource={[...p.yearlyFigures].sort((a, b) => b.year - a.year)}
              locale={{ emptyText: '暂无年度经济指标' }}
              style={{ maxWidth: 720 }}
            />
          </Card>
          {canWrite ? (
            <ParkEditModal
              park={p}
              open={editing}
              onClose={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
                profile.reload();
                reloadParks();
              }}
            />
          ) : null}
        </Space>
      )}
    </>
  );
}
