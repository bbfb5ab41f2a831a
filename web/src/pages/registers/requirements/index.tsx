import { EditOutlined, PlusOutlined, ReloadOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { CONTROL_DIMENSIONS, LINKED_FIGURE_LABELS } from '../../../../../src/domain/registers/requirements/requirementTerms';
import { useAccess } from '../../../access';
import { errorMessage } from '../../../api/client';
import { getRequirementRegister, startYearFromLastYear, type RequirementView, type SourceView } from '../../../api/requirements';
import { yearOptions } from '../../../components/formatting';
import { PageHeader } from '../../../components/PageHeader';
import { useReportYear } from '../../../components/useReportYear';
import { useRemote } from '../../../components/useRemote';
import { useCurrentPark } from '../../../park/ParkContext';
import { ImplementationCell } from './ImplementationCell';
import { RequirementFormModal } from './RequirementFormModal';
import { SourceFormModal } from './SourceFormModal';
import { SourceDescriptions, UnitParticulars } from './UnitParticulars';

/** A tab's label: 规划环评 湘环评函[2014]89号, 管控单元 ZH43042620004. */
function tabLabel(s: SourceView): string {
  const short = { planEia: '规划环评', followUp: '跟踪评价', controlUnit: '管控单元', other: '其他' }[s.kind];
  return `${short} ${s.unit?.code ?? s.documentNumber ?? s.title}`;
}

/**
 * 要求与落实: the approvals (规划环评、跟踪评价) and 三线一单 control units the park must meet, one tab each; a control
 * unit's particulars and its requirements by dimension; for the chosen year each requirement's implementation and
 * verdict, edited in place, text carried over from last year marked 沿用上年; and the button that starts the year
 * from last year's texts (the annual report's tables 1, 2, 4 and 5).
 */
export default function RequirementsPage() {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const { message } = App.useApp();
  const [year, setYear] = useReportYear();
  const register = useRemote((signal) => getRequirementRegister(park.code, year, signal), [park.code, year]);
  const [tab, setTab] = useState<string | undefined>(undefined);
  const [starting, setStarting] = useState(false);
  const [addingSource, setAddingSource] = useState(false);
  // The requirement form: closed, or open on a source for a new requirement (null) or one to edit.
  const [editing, setEditing] = useState<{ source: SourceView; requirement: RequirementView | null } | null>(null);

  const sources = register.data?.sources ?? [];
  const total = sources.reduce((n, s) => n + s.requirements.length, 0);

  const start = async () => {
    setStarting(true);
    try {
      const r = await startYearFromLastYear(park.code, year);
      message.success(`已沿用${r.fromYear}年的落实情况${r.copied}条${r.kept ? `，本年已填写的${r.kept}条保持不变` : ''}`);
      register.reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setStarting(false);
    }
  };

  const columns = (source: SourceView, numbered: 'index' | 'number'): ColumnsType<RequirementView> => [
    {
      title: '序号',
      key: 'n',
      width: 70,
      align: 'center',
      render: (_: unknown, r, i) => (numbered === 'number' && r.number ? `（${r.number}）` : i + 1),
    },
    {
      title: '要求',
      key: 'text',
      width: '42%',
      render: (_: unknown, r) => (
        <Space direction="vertical" size={4}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>{r.text}</Typography.Paragraph>
          <Space size={4} wrap>
            {r.linkedFigure ? <Tag color="blue">关联数据：{LINKED_FIGURE_LABELS[r.linkedFigure]}</Tag> : null}
            {canWrite ? (
              <Button type="link" size="small" icon={<EditOutlined />} style={{ paddingInline: 0 }} onClick={() => setEditing({ source, requirement: r })}>
                编辑要求
              </Button>
            ) : null}
          </Space>
        </Space>
      ),
    },
    {
      title: `${year}年落实情况 / 符合性`,
      key: 'implementation',
      render: (_: unknown, r) => <ImplementationCell parkCode={park.code} year={year} requirement={r} canWrite={canWrite} onSaved={register.reload} />,
    },
  ];

  const requirementTable = (source: SourceView, rows: RequirementView[], numbered: 'index' | 'number') => (
    <Table<RequirementView> rowKey="id" size="middle" bordered pagination={false} columns={columns(source, numbered)} dataSource={rows} loading={register.loading} />
  );

  const tabContent = (s: SourceView) => (
    <>
      <SourceDescriptions source={s} />
      {s.unit ? <UnitParticulars unit={s.unit} /> : null}
      {s.requirements.length === 0 ? (
        <Empty description="尚无要求" />
      ) : s.kind === 'controlUnit' ? (
        CONTROL_DIMENSIONS.filter((d) => s.requirements.some((r) => r.dimension === d)).map((d) => (
          <div key={d} style={{ marginBottom: 16 }}>
            <Typography.Title level={5} style={{ marginTop: 8 }}>
              {d}
            </Typography.Title>
            {requirementTable(s, s.requirements.filter((r) => r.dimension === d), 'number')}
          </div>
        ))
      ) : (
        requirementTable(s, s.requirements, 'index')
      )}
      {canWrite ? (
        <Button icon={<PlusOutlined />} style={{ marginTop: 12 }} onClick={() => setEditing({ source: s, requirement: null })}>
          新增要求
        </Button>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader
        title="要求与落实"
        subTitle="规划环评、跟踪评价审查意见和“三线一单”管控要求，及其逐年落实情况（年度报告表1、表2、表4、表5）"
        extra={
          <>
            <Select aria-label="落实年度" style={{ width: 120 }} value={year} onChange={setYear} options={yearOptions()} />
            <Button icon={<ReloadOutlined />} onClick={register.reload}>
              刷新
            </Button>
            {canWrite ? (
              <>
                <Button icon={<RollbackOutlined />} loading={starting} onClick={() => void start()}>
                  从上一年开始本年
                </Button>
                <Button icon={<PlusOutlined />} onClick={() => setAddingSource(true)}>
                  新增要求来源
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {register.error ? <Alert type="error" showIcon message="读取要求与落实台账失败" description={register.error} style={{ marginBottom: 16 }} /> : null}
      {register.data && total > 0 ? (
        <Alert
          style={{ marginBottom: 16 }}
          type={register.data.missing || register.data.carried ? 'warning' : 'success'}
          showIcon
          message={`${year}年：共${total}条要求，未填写落实情况${register.data.missing}条，沿用上年未修改${register.data.carried}条`}
          description={register.data.missing || register.data.carried ? '“从上一年开始本年”复制此前最近一年的落实情况（不覆盖本年已填写的），再逐条按本年情况修改。' : undefined}
        />
      ) : null}
      <Card styles={{ body: { padding: 16 } }}>
        {sources.length === 0 && !register.loading ? (
          <Empty description="尚无要求来源（规划环评批复、跟踪评价或环境管控单元）" />
        ) : (
          <Tabs activeKey={tab ?? (sources[0] ? String(sources[0].id) : undefined)} onChange={setTab} items={sources.map((s) => ({ key: String(s.id), label: tabLabel(s), children: tabContent(s) }))} />
        )}
      </Card>
      {canWrite ? (
        <>
          <SourceFormModal
            parkCode={park.code}
            open={addingSource}
            onClose={() => setAddingSource(false)}
            onSaved={(id) => {
              setAddingSource(false);
              setTab(String(id));
              register.reload();
            }}
          />
          {editing ? (
            <RequirementFormModal
              parkCode={park.code}
              source={editing.source}
              requirement={editing.requirement}
              open
              onClose={() => setEditing(null)}
              onSaved={() => {
                setEditing(null);
                register.reload();
              }}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
